package com.callannotator.annotation;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import java.util.regex.Pattern;

/** The SID of a Twilio call, proven to match {@code ^CA[0-9a-fA-F]{32}$}. */
public record CallSid(String value) {

    /** The name of the call SID in Twilio's JSON and in ours. */
    public static final String SNAKE_NAME = "call_sid";

    /** The name of the call SID in a form Twilio posts. */
    public static final String PASCAL_NAME = "CallSid";

    /** The pattern of Twilio's OpenAPI spec for the {@code CallSid} path parameter. */
    public static final String PATTERN_TEXT = "^CA[0-9a-fA-F]{32}$";

    private static final Pattern PATTERN = Pattern.compile(PATTERN_TEXT);

    public CallSid {
        requireNonNull(value, "value == null");
        if (!isValid(value)) {
            throw new IllegalArgumentException("CallSid must match " + PATTERN_TEXT + ": " + value);
        }
    }

    /** True when {@code value} is a well-formed call SID. */
    public static boolean isValid(String value) {
        return value != null && PATTERN.matcher(value).matches();
    }

    /** Parses untrusted input; empty when it is not a call SID. */
    public static Optional<CallSid> parse(String value) {
        return isValid(value) ? Optional.of(new CallSid(value)) : Optional.empty();
    }

    @Override
    public String toString() {
        return value;
    }
}
