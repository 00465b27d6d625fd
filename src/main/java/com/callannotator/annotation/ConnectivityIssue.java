package com.callannotator.annotation;

import java.util.Map;
import java.util.Optional;

/** Whether and how the call failed to connect: Twilio's {@code annotation_enum_connectivity_issue}. */
public enum ConnectivityIssue implements WireValue {
    UNKNOWN("unknown_connectivity_issue"),
    NONE("no_connectivity_issue"),
    INVALID_NUMBER("invalid_number"),
    CALLER_ID("caller_id"),
    DROPPED_CALL("dropped_call"),
    NUMBER_REACHABILITY("number_reachability");

    private static final Map<String, ConnectivityIssue> BY_WIRE_VALUE = WireValue.index(ConnectivityIssue.class);

    private final String wireValue;

    ConnectivityIssue(String wireValue) {
        this.wireValue = wireValue;
    }

    @Override
    public String wireValue() {
        return wireValue;
    }

    /** Parses Twilio's spelling; empty for anything else. Use this in place of {@code valueOf}. */
    public static Optional<ConnectivityIssue> fromWireValue(String value) {
        return WireValue.lookup(BY_WIRE_VALUE, value);
    }
}
