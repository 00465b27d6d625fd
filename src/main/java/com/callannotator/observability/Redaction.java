package com.callannotator.observability;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Removes anything that looks like a phone number from free text before it is logged (e.g. Twilio messages). */
public final class Redaction {

    /** Seven or more digits, optionally with a leading + and separators: phone numbers in any common notation. */
    private static final Pattern PHONE_LIKE = Pattern.compile("\\+?\\d(?:[\\s\\-().]*\\d){6,}");
    /** A UUID (an SQS message id, a request id) is kept whole: its digit runs are not phone numbers. */
    private static final Pattern UUID = Pattern.compile(
            "\\b[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\\b");

    private Redaction() {
    }

    /** {@code text} with each phone-like sequence outside a UUID replaced by {@code [redacted]}. */
    public static String scrub(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder scrubbed = new StringBuilder(text.length());
        Matcher uuid = UUID.matcher(text);
        int from = 0;
        while (uuid.find()) {
            scrubbed.append(scrubPhones(text.substring(from, uuid.start()))).append(uuid.group());
            from = uuid.end();
        }
        return scrubbed.append(scrubPhones(text.substring(from))).toString();
    }

    private static String scrubPhones(String text) {
        return PHONE_LIKE.matcher(text).replaceAll("[redacted]");
    }
}
