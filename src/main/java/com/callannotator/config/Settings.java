package com.callannotator.config;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads typed values out of an environment map, collecting every problem instead of stopping at the first.
 * An empty or blank value counts as unset, because templates pass {@code ''} for "not given".
 */
final class Settings {

    private final Map<String, String> environment;
    private final List<String> problems = new ArrayList<>();

    Settings(Map<String, String> environment) {
        this.environment = Map.copyOf(environment);
    }

    Optional<String> text(String name) {
        String value = environment.get(name);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
    }

    Optional<URI> httpUrl(String name) {
        return text(name).flatMap(value -> {
            try {
                URI uri = URI.create(value);
                if (uri.getHost() != null && ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))) {
                    return Optional.of(uri);
                }
            } catch (IllegalArgumentException e) {
                // reported below
            }
            problems.add(name + " must be an absolute http(s) URL: " + value);
            return Optional.empty();
        });
    }

    boolean flag(String name, boolean defaultValue) {
        return text(name).map(value -> switch (value.toLowerCase(Locale.ROOT)) {
            case "true", "1", "yes", "on" -> true;
            case "false", "0", "no", "off" -> false;
            default -> {
                problems.add(name + " must be true or false: " + value);
                yield defaultValue;
            }
        }).orElse(defaultValue);
    }

    /** The value of {@code range}'s variable in milliseconds, or its default; out of range is a problem. */
    Duration millis(SettingRange range) {
        return Duration.ofMillis(integer(range));
    }

    /** The value of {@code range}'s variable in seconds, or its default; out of range is a problem. */
    Duration seconds(SettingRange range) {
        return Duration.ofSeconds(integer(range));
    }

    /** The value of {@code range}'s variable, or its default; out of range is a problem. */
    int integer(SettingRange range) {
        return integer(range.variable(), range.defaultValue(), range.min(), range.max(), range.unit())
                .orElse(range.defaultValue());
    }

    Optional<Integer> integer(String name, int defaultValue, int min, int max, String unit) {
        Optional<String> value = text(name);
        if (value.isEmpty()) {
            return Optional.of(defaultValue);
        }
        try {
            int parsed = Integer.parseInt(value.get());
            if (parsed >= min && parsed <= max) {
                return Optional.of(parsed);
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.add(name + " must be an integer from " + min + " to " + max + " (" + unit + "): " + value.get());
        return Optional.empty();
    }

    void problem(String problem) {
        problems.add(problem);
    }

    /** @throws ConfigException when any value was missing or invalid */
    void throwIfInvalid() {
        if (!problems.isEmpty()) {
            throw new ConfigException(problems);
        }
    }
}
