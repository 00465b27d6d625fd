package com.callannotator.observability;

import java.util.List;

/**
 * The dimension sets our metrics are emitted with. Each set multiplies the metrics that use it by its values (custom
 * metrics are billed per name and dimension values), so every dimension here has few values: never a CallSid or a
 * phone number. {@code scripts/lint-template} reads this file: keep one constant per line.
 */
enum DimensionSet {
    /** The webhook route, or {@code retry-queue}. */
    ROUTE("Route"),
    /** A survey answer: {@code /survey} and the question it answers. */
    ROUTE_QUESTION("Route", "Question"),
    /** Twilio's error code, or {@code HTTP 503} when its answer had none. */
    TWILIO_CODE("TwilioCode");

    @SuppressWarnings("ImmutableEnumChecker") // List.of: unmodifiable, though its type does not say so.
    private final List<String> names;

    DimensionSet(String... names) {
        this.names = List.of(names);
    }

    /** The dimension names, in the order EMF lists them. */
    public List<String> names() {
        return names;
    }
}
