package com.callannotator.annotation;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** An enum constant that has a spelling on the wire, independent of its Java name. */
public interface WireValue {

    /** The exact value Twilio sends and expects. */
    String wireValue();

    /** Builds the wire-value lookup table of an enum once; use it in {@code fromWireValue}. */
    static <E extends Enum<E> & WireValue> Map<String, E> index(Class<E> type) {
        return Arrays.stream(type.getEnumConstants())
                .collect(Collectors.toUnmodifiableMap(WireValue::wireValue, Function.identity()));
    }

    /** Looks up untrusted input in a table built by {@link #index}. */
    static <E> Optional<E> lookup(Map<String, E> index, String value) {
        return value == null ? Optional.empty() : Optional.ofNullable(index.get(value));
    }

    /** The accepted spellings, for error messages. */
    static <E extends Enum<E> & WireValue> String accepted(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(WireValue::wireValue).collect(Collectors.joining(", "));
    }
}
