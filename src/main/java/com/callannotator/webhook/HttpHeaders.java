package com.callannotator.webhook;

import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Request headers, looked up by name in any case (API Gateway HTTP APIs lower-case them, REST APIs do not). */
public final class HttpHeaders {

    private static final HttpHeaders EMPTY = new HttpHeaders(Map.of());

    private final Map<String, String> byName;

    private HttpHeaders(Map<String, String> headers) {
        TreeMap<String, String> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.forEach((name, value) -> {
            if (name != null && value != null) {
                copy.put(name, value);
            }
        });
        this.byName = Collections.unmodifiableMap(copy);
    }

    /** Headers from a map whose keys may be in any case; null keys and values are dropped. */
    public static HttpHeaders of(Map<String, String> headers) {
        return headers == null || headers.isEmpty() ? EMPTY : new HttpHeaders(headers);
    }

    /** The value of header {@code name}, in any case. */
    public Optional<String> get(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /** The media type of {@code Content-Type} without parameters, lower-cased; empty when absent. */
    public String mediaType() {
        String contentType = byName.getOrDefault("Content-Type", "");
        int semicolon = contentType.indexOf(';');
        return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).trim().toLowerCase(Locale.ROOT);
    }

    /** The header names, for logs; values are left out because some carry signatures. */
    @Override
    public String toString() {
        return "HttpHeaders" + byName.keySet();
    }
}
