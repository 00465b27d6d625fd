package com.callannotator.lambda;

import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Writes JSON exactly as Python's {@code json.dumps(value, indent=2)} does, the format of the files in
 * {@code events/}: two-space indent, {@code ": "} after a key, {@code {}} and {@code []} when empty, every character
 * outside printable ASCII escaped as {@code \}{@code uXXXX}. So a re-signed sample event differs from the file only
 * where its signature (or {@code bodySHA256}) changed.
 */
final class IndentedJson {

    private static final String INDENT = "  ";

    private IndentedJson() {
    }

    /** The text of {@code value} (maps, lists, strings, numbers, booleans and null, as jackson-jr reads them). */
    static String write(Object value) {
        StringBuilder out = new StringBuilder();
        write(value, "", out);
        return out.toString();
    }

    private static void write(Object value, String indent, StringBuilder out) {
        if (value instanceof Map<?, ?> map) {
            writeObject(map, indent, out);
        } else if (value instanceof List<?> list) {
            writeArray(list, indent, out);
        } else if (value instanceof String text) {
            writeString(text, out);
        } else {
            out.append(value == null ? "null" : value.toString());
        }
    }

    private static void writeObject(Map<?, ?> map, String indent, StringBuilder out) {
        if (map.isEmpty()) {
            out.append("{}");
            return;
        }
        String inner = indent + INDENT;
        out.append("{\n");
        for (Iterator<? extends Map.Entry<?, ?>> entries = map.entrySet().iterator(); entries.hasNext(); ) {
            Map.Entry<?, ?> entry = entries.next();
            out.append(inner);
            writeString(String.valueOf(entry.getKey()), out);
            out.append(": ");
            write(entry.getValue(), inner, out);
            out.append(entries.hasNext() ? ",\n" : "\n");
        }
        out.append(indent).append('}');
    }

    private static void writeArray(List<?> list, String indent, StringBuilder out) {
        if (list.isEmpty()) {
            out.append("[]");
            return;
        }
        String inner = indent + INDENT;
        out.append("[\n");
        for (int i = 0; i < list.size(); i++) {
            out.append(inner);
            write(list.get(i), inner, out);
            out.append(i < list.size() - 1 ? ",\n" : "\n");
        }
        out.append(indent).append(']');
    }

    private static void writeString(String text, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < ' ' || c > '~') {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
