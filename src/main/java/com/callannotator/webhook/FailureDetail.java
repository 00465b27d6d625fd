package com.callannotator.webhook;

import com.callannotator.security.TokensUnavailableException;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The {@code detail} of an {@code internal_error} line: enough for an operator to act on, never a secret.
 *
 * <ul>
 *   <li>credentials that cannot be read: the {@link TokensUnavailableException}'s message, which names the secret and
 *       key or the cause, never a value;
 *   <li>anything else: the exception's class, its message (at most {@value #MESSAGE_CHARS} characters) and the top
 *       stack frames.
 * </ul>
 * The log scrubs phone-like text out of every detail ({@code RequestLog}).
 */
public final class FailureDetail {

    /** Stack frames kept: enough to find the line, short enough for one log line. */
    static final int FRAMES = 3;
    /** Message characters kept. */
    static final int MESSAGE_CHARS = 200;

    private FailureDetail() {
    }

    /** What went wrong with {@code failure}, for one log line. */
    public static String of(Throwable failure) {
        if (failure instanceof TokensUnavailableException) {
            return "credentials unavailable: " + failure.getMessage();
        }
        String text = failure.getMessage();
        String message = text == null ? "" : ": " + (text.length() <= MESSAGE_CHARS ? text
                : text.substring(0, MESSAGE_CHARS) + "…");
        String frames = Arrays.stream(failure.getStackTrace()).limit(FRAMES).map(StackTraceElement::toString)
                .collect(Collectors.joining(" < "));
        return failure.getClass().getName() + message + (frames.isEmpty() ? "" : " at " + frames);
    }
}
