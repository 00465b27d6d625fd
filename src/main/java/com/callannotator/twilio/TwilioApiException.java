package com.callannotator.twilio;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/** Thrown by {@link InsightsClient} when Twilio answers with an error status; carries Twilio's error. */
public final class TwilioApiException extends RuntimeException {

    private final TwilioError error;
    private final String retryAfter;

    /**
     * @param error Twilio's error
     * @param retryAfter the {@code Retry-After} header as received; may be null
     */
    public TwilioApiException(TwilioError error, String retryAfter) {
        super("Twilio answered " + error.status() + " with code " + error.code() + ": " + error.message());
        this.error = requireNonNull(error, "error == null");
        this.retryAfter = retryAfter;
    }

    /** Twilio's error. */
    public TwilioError error() {
        return error;
    }

    /** The {@code Retry-After} header Twilio sent with the error (seconds or an HTTP date), if any. */
    public Optional<String> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
