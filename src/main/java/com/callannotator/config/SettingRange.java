package com.callannotator.config;

/**
 * The numeric settings with the range the function accepts, in one place: {@link Config} validates with it,
 * {@code scripts/lint-template} checks every template parameter wired into one of them against it (through
 * {@link #main}), and the README's settings table states it.
 */
public enum SettingRange {

    INSIGHTS_CONNECT_TIMEOUT_MS(100, 10_000, 2_000, "ms"),
    INSIGHTS_REQUEST_TIMEOUT_MS(100, 14_000, 4_000, "ms"),
    DELIVERY_BUDGET_MS(100, 14_000, 8_000, "ms"),
    SECRET_CACHE_TTL_SECONDS(0, 86_400, 300, "s"),
    RETRY_MAX_ATTEMPTS(1, 20, 5, "attempts"),
    RETRY_BASE_DELAY_SECONDS(0, 900, 60, "s"),
    SECRET_REFRESH_MIN_INTERVAL_SECONDS(0, 3_600, 30, "s"),
    LOW_SCORE_THRESHOLD(1, 5, 2, "call score");

    private final int min;
    private final int max;
    private final int defaultValue;
    private final String unit;

    SettingRange(int min, int max, int defaultValue, String unit) {
        this.min = min;
        this.max = max;
        this.defaultValue = defaultValue;
        this.unit = unit;
    }

    /** The environment variable. */
    public String variable() {
        return name();
    }

    public int min() {
        return min;
    }

    public int max() {
        return max;
    }

    public int defaultValue() {
        return defaultValue;
    }

    public String unit() {
        return unit;
    }

    /** Prints {@code NAME min max default unit}, tab-separated, one setting a line: for scripts/lint-template. */
    public static void main(String[] args) {
        for (SettingRange range : values()) {
            System.out.println(String.join("\t", range.variable(), Integer.toString(range.min),
                    Integer.toString(range.max), Integer.toString(range.defaultValue), range.unit));
        }
    }
}
