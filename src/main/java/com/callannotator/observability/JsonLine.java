package com.callannotator.observability;

import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Writes a log line's map as compact JSON: strings, numbers, booleans, nulls, lists and maps.
 *
 * <p>Our own twenty lines instead of Jackson, because the first use of a JSON library costs about 80 ms of class
 * loading on a cold start, and every request writes a log line (README, "Performance").
 */
public final class JsonLine {

    private JsonLine() {
    }

    /** {@code value} as JSON. */
    public static String of(Object value) {
        StringBuilder json = new StringBuilder(512);
        write(value, json);
        return json.toString();
    }

    private static void write(Object value, StringBuilder json) {
        if (value == null) {
            json.append("null");
        } else if (value instanceof String text) {
            string(text, json);
        } else if (value instanceof Number || value instanceof Boolean) {
            json.append(value);
        } else if (value instanceof Map<?, ?> map) {
            object(map, json);
        } else if (value instanceof List<?> list) {
            array(list, json);
        } else {
            string(value.toString(), json);
        }
    }

    private static void object(Map<?, ?> map, StringBuilder json) {
        json.append('{');
        Iterator<? extends Map.Entry<?, ?>> entries = map.entrySet().iterator();
        while (entries.hasNext()) {
            Map.Entry<?, ?> entry = entries.next();
            string(String.valueOf(entry.getKey()), json);
            json.append(':');
            write(entry.getValue(), json);
            json.append(entries.hasNext() ? "," : "");
        }
        json.append('}');
    }

    private static void array(List<?> list, StringBuilder json) {
        json.append('[');
        for (int i = 0; i < list.size(); i++) {
            json.append(i == 0 ? "" : ",");
            write(list.get(i), json);
        }
        json.append(']');
    }

    private static void string(String text, StringBuilder json) {
        json.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x2028 || c == 0x2029) {
                        String hex = Integer.toHexString(c);
                        json.append("\\u").append("0000", hex.length(), 4).append(hex);
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        json.append('"');
    }
}
