package com.callannotator.annotation;

import java.util.Map;
import java.util.Optional;

/**
 * A subjective quality problem of the call. These are the values the {@code QualityIssues} request field accepts
 * (Twilio's schema also knows {@code unknown_quality_issue}, but only in responses).
 */
public enum QualityIssue implements WireValue {
    NONE("no_quality_issue"),
    LOW_VOLUME("low_volume"),
    CHOPPY_ROBOTIC("choppy_robotic"),
    ECHO("echo"),
    DTMF("dtmf"),
    LATENCY("latency"),
    ONE_WAY_AUDIO("owa"),
    STATIC_NOISE("static_noise");

    private static final Map<String, QualityIssue> BY_WIRE_VALUE = WireValue.index(QualityIssue.class);

    private final String wireValue;

    QualityIssue(String wireValue) {
        this.wireValue = wireValue;
    }

    @Override
    public String wireValue() {
        return wireValue;
    }

    /** Parses Twilio's spelling; empty for anything else. Use this in place of {@code valueOf}. */
    public static Optional<QualityIssue> fromWireValue(String value) {
        return WireValue.lookup(BY_WIRE_VALUE, value);
    }
}
