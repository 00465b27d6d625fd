package com.callannotator.local;

import static java.util.Objects.requireNonNull;

import java.time.Duration;

/**
 * The outcome of one local invocation, as the Lambda service would report it to a caller.
 *
 * @param kind {@link Kind#RESPONSE} when the handler returned, {@link Kind#ERROR} otherwise
 * @param body the serialized response, or the error JSON ({@code errorMessage}, {@code errorType}, ...)
 * @param errorType for an error, the function error type ({@code Runtime.UserException},
 *     {@code Runtime.BadFunctionCode}, {@code Runtime.ExitError}, {@code Sandbox.Timedout}); null for a response
 * @param sinceStart time from starting the runtime JVM to this reply
 * @param invoke time from handing the event to the runtime to this reply
 * @param coldStart whether this was the first invocation of a freshly started JVM
 */
public record InvocationResult(Kind kind, String body, String errorType, Duration sinceStart, Duration invoke,
        boolean coldStart) {

    /** Whether the runtime answered with a response or with an error. */
    public enum Kind { RESPONSE, ERROR }

    public InvocationResult {
        requireNonNull(kind, "kind == null");
        requireNonNull(body, "body == null");
        requireNonNull(sinceStart, "sinceStart == null");
        requireNonNull(invoke, "invoke == null");
        if (kind == Kind.ERROR) {
            requireNonNull(errorType, "errorType == null for an error");
        }
    }

    /** True when the handler returned normally. */
    public boolean isResponse() {
        return kind == Kind.RESPONSE;
    }
}
