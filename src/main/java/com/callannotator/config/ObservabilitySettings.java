package com.callannotator.config;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What operators and integrations see besides the log line: which scores count as low, and where annotation events
 * go (README, "Dashboard and events").
 *
 * @param lowScoreThreshold a call score at or below this counts in the {@code LowScores} metric; 1 to 5
 * @param eventBusName the EventBridge bus (name or ARN) that receives an event per annotation; empty: no events
 */
public record ObservabilitySettings(int lowScoreThreshold, Optional<String> eventBusName) {

    /** A call score at or below this is a low score; default 2. */
    public static final String LOW_SCORE_THRESHOLD = "LOW_SCORE_THRESHOLD";
    /** EventBridge bus name or ARN for annotation events; default: unset, no events. */
    public static final String EVENT_BUS_NAME = "EVENT_BUS_NAME";

    static final int DEFAULT_LOW_SCORE_THRESHOLD = SettingRange.LOW_SCORE_THRESHOLD.defaultValue();

    /** EventBridge's rule for a bus name, or an event-bus ARN. */
    private static final Pattern BUS = Pattern.compile(
            "[/.\\-_A-Za-z0-9]{1,256}|arn:aws[a-z-]*:events:[a-z0-9-]+:[0-9]{12}:event-bus/[/.\\-_A-Za-z0-9]{1,256}");

    public ObservabilitySettings {
        if (lowScoreThreshold < 1 || lowScoreThreshold > 5) {
            throw new IllegalArgumentException("lowScoreThreshold not in 1..5: " + lowScoreThreshold);
        }
        requireNonNull(eventBusName, "eventBusName == null");
    }

    /** The defaults: low scores are 1 and 2, no events. */
    public static ObservabilitySettings defaults() {
        return new ObservabilitySettings(DEFAULT_LOW_SCORE_THRESHOLD, Optional.empty());
    }

    static ObservabilitySettings from(Settings settings) {
        int threshold = settings.integer(SettingRange.LOW_SCORE_THRESHOLD);
        Optional<String> bus = settings.text(EVENT_BUS_NAME);
        if (bus.isPresent() && !BUS.matcher(bus.get()).matches()) {
            settings.problem(EVENT_BUS_NAME + " must be an event bus name or ARN: " + bus.get());
            bus = Optional.empty();
        }
        return new ObservabilitySettings(threshold, bus);
    }
}
