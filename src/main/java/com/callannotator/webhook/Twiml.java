package com.callannotator.webhook;

import java.util.Map;

/**
 * Writes a TwiML document: {@code <Response>} and the few verbs the survey speaks, with text and attribute values
 * XML-escaped. Attributes with a null or empty value are left out; characters XML 1.0 cannot carry (most control
 * characters, lone surrogates) are dropped. Not thread-safe.
 *
 * @see <a href="https://www.twilio.com/docs/voice/twiml">TwiML for Programmable Voice</a>
 */
final class Twiml {

    static final String DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>";

    private final StringBuilder xml = new StringBuilder(512).append(DECLARATION).append("<Response>");

    /** Appends {@code <Say>text</Say>}. */
    Twiml say(String text, Map<String, String> attributes) {
        return open("Say", attributes).text(text).close("Say");
    }

    /** Opens {@code <Gather>}; close it with {@link #endGather()}. */
    Twiml gather(Map<String, String> attributes) {
        return open("Gather", attributes);
    }

    Twiml endGather() {
        return close("Gather");
    }

    /** Appends {@code <Redirect method="POST">url</Redirect>}. */
    Twiml redirect(String url) {
        return open("Redirect", Map.of("method", "POST")).text(url).close("Redirect");
    }

    /** Appends {@code <Hangup/>}. */
    Twiml hangup() {
        xml.append("<Hangup/>");
        return this;
    }

    /** The document, closed. */
    String toXml() {
        return xml + "</Response>";
    }

    private Twiml open(String verb, Map<String, String> attributes) {
        xml.append('<').append(verb);
        attributes.forEach((name, value) -> {
            if (value != null && !value.isEmpty()) {
                xml.append(' ').append(name).append("=\"");
                escape(value, xml);
                xml.append('"');
            }
        });
        xml.append('>');
        return this;
    }

    private Twiml text(String text) {
        escape(text, xml);
        return this;
    }

    private Twiml close(String verb) {
        xml.append("</").append(verb).append('>');
        return this;
    }

    /** Escapes {@code text} for element content and double-quoted attribute values alike. */
    static void escape(String text, StringBuilder out) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> i = appendIfAllowed(text, i, out);
            }
        }
    }

    /** Appends the character (or surrogate pair) at {@code i} when XML 1.0 allows it; returns the last index used. */
    private static int appendIfAllowed(String text, int i, StringBuilder out) {
        char c = text.charAt(i);
        if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
            out.append(c).append(text.charAt(i + 1));
            return i + 1;
        }
        boolean allowed = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF)
                || (c >= 0xE000 && c <= 0xFFFD);
        if (allowed) {
            out.append(c);
        }
        return i;
    }
}
