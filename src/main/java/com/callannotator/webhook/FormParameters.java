package com.callannotator.webhook;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.net.URLDecoder;
import java.util.AbstractMap.SimpleImmutableEntry;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The parameters of an {@code application/x-www-form-urlencoded} body or query string, in the order received,
 * repeated names kept.
 */
public final class FormParameters {

    private static final FormParameters EMPTY = new FormParameters(List.of());

    private final List<Map.Entry<String, String>> entries;

    private FormParameters(List<Map.Entry<String, String>> entries) {
        this.entries = List.copyOf(entries);
    }

    /**
     * Parses {@code encoded}, decoding {@code +} and percent escapes as UTF-8.
     *
     * @throws IllegalArgumentException when a percent escape is malformed
     */
    public static FormParameters parse(String encoded) {
        if (encoded == null || encoded.isEmpty()) {
            return EMPTY;
        }
        List<Map.Entry<String, String>> entries = new ArrayList<>();
        for (String pair : encoded.split("&", -1)) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), UTF_8);
            String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), UTF_8);
            entries.add(new SimpleImmutableEntry<>(name, value));
        }
        return new FormParameters(entries);
    }

    /** Parameters from name, value pairs, for tests and callers that build them. */
    public static FormParameters of(List<Map.Entry<String, String>> entries) {
        return new FormParameters(entries);
    }

    /** Every (name, value) pair in the order received. */
    public List<Map.Entry<String, String>> entries() {
        return entries;
    }

    /** The first value of {@code name}; empty when absent. */
    public Optional<String> first(String name) {
        for (Map.Entry<String, String> entry : entries) {
            if (entry.getKey().equals(name)) {
                return Optional.of(entry.getValue());
            }
        }
        return Optional.empty();
    }

    /** Every value of {@code name}, in the order received; empty when absent. */
    public List<String> all(String name) {
        return entries.stream().filter(entry -> entry.getKey().equals(name)).map(Map.Entry::getValue).toList();
    }

    /** The first non-blank value of {@code name}, trimmed; empty when absent or blank. */
    public Optional<String> nonBlank(String name) {
        return first(name).map(String::trim).filter(value -> !value.isEmpty());
    }

    /** The distinct names, in the order first received. */
    public List<String> names() {
        return entries.stream().map(Map.Entry::getKey).distinct().toList();
    }

    /** Every value of each name, names in the order first received. */
    public Map<String, List<String>> byName() {
        Map<String, List<String>> byName = new LinkedHashMap<>();
        for (Map.Entry<String, String> entry : entries) {
            byName.computeIfAbsent(entry.getKey(), name -> new ArrayList<>()).add(entry.getValue());
        }
        return byName;
    }

    /** Names only: values carry phone numbers. */
    @Override
    public String toString() {
        return "FormParameters" + names();
    }
}
