package com.callannotator.annotation;

import static java.util.Objects.requireNonNull;

/**
 * One broken rule of the annotation contract.
 *
 * @param field the field's snake_case name as Twilio returns it (e.g. {@code call_score})
 * @param value the offending value as received; may be null when the value was missing
 * @param rule what the value must be, in words a caller can act on
 */
public record FieldError(String field, String value, String rule) {

    public FieldError {
        requireNonNull(field, "field == null");
        requireNonNull(rule, "rule == null");
    }
}
