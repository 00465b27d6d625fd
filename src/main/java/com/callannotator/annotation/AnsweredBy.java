package com.callannotator.annotation;

import java.util.Map;
import java.util.Optional;

/** Who answered the call: Twilio's {@code annotation_enum_answered_by}. */
public enum AnsweredBy implements WireValue {
    UNKNOWN("unknown_answered_by"),
    HUMAN("human"),
    MACHINE("machine");

    private static final Map<String, AnsweredBy> BY_WIRE_VALUE = WireValue.index(AnsweredBy.class);

    private final String wireValue;

    AnsweredBy(String wireValue) {
        this.wireValue = wireValue;
    }

    @Override
    public String wireValue() {
        return wireValue;
    }

    /** Parses Twilio's spelling; empty for anything else. Use this in place of {@code valueOf}. */
    public static Optional<AnsweredBy> fromWireValue(String value) {
        return WireValue.lookup(BY_WIRE_VALUE, value);
    }
}
