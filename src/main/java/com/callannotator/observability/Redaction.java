package com.callannotator.observability;

import java.util.regex.Pattern;

/** Removes anything that looks like a phone number from free text before it is logged (e.g. Twilio messages). */
public final class Redaction {

    /** Seven or more digits, optionally with a leading + and separators: phone numbers in any common notation. */
    private static final Pattern PHONE_LIKE = Pattern.compile("\\+?\\d(?:[\\s\\-().]*\\d){6,}");

    private Redaction() {
    }

    /** {@code text} with each phone-like sequence replaced by {@code [redacted]}. */
    public static String scrub(String text) {
        return text == null ? null : PHONE_LIKE.matcher(text).replaceAll("[redacted]");
    }
}
