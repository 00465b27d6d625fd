package com.callannotator.annotation;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The one reader of an annotation in its snake_case form ({@code {"call_sid": "CA…", "call_score": 4, …}}), used
 * for {@code POST /annotations}, {@code scripts/annotate} and retry-queue messages alike. Strict: every problem is
 * reported, and an annotation comes out only when there is none. Values may be native JSON or text ({@code "4"},
 * {@code "true"}, {@code "echo,latency"}), as Studio sends them and as the README documents; null means not set.
 */
public final class AnnotationReader {

    /** Every name the JSON form may hold, in Twilio's order. */
    private static final String ACCEPTED_NAMES = CallSid.SNAKE_NAME + ", "
            + String.join(", ", AnnotationField.snakeNames());

    /** Stands in for a missing or malformed {@code call_sid}, so the other fields' rules are still checked. */
    private static final CallSid RULES_ONLY = new CallSid("CA" + "0".repeat(32));

    private AnnotationReader() {
    }

    /**
     * Reads a JSON object that must hold nothing but the annotation's names.
     *
     * @param problems receives every broken rule, in the object's order then Twilio's field order
     * @return the annotation; empty when {@code problems} is not empty (also with problems found before the call)
     */
    public static Optional<Annotation> fromJson(Map<String, ?> json, List<FieldError> problems) {
        json.forEach((name, value) -> {
            if (!name.equals(CallSid.SNAKE_NAME) && AnnotationField.fromSnakeName(name).isEmpty()) {
                problems.add(new FieldError(name, value == null ? null : String.valueOf(value),
                        "unknown field; accepted: " + ACCEPTED_NAMES));
            }
        });
        return read(json, problems);
    }

    /**
     * Reads the annotation's names from {@code fields} and ignores any other.
     *
     * @param problems receives every broken rule, in Twilio's field order
     * @return the annotation; empty when {@code problems} is not empty (also with problems found before the call)
     */
    public static Optional<Annotation> read(Map<String, ?> fields, List<FieldError> problems) {
        Optional<CallSid> callSid = callSid(fields.get(CallSid.SNAKE_NAME), problems);
        Annotation.Builder builder = Annotation.builder(callSid.orElse(RULES_ONLY));
        for (AnnotationField field : AnnotationField.values()) {
            Object raw = fields.get(field.snakeName());
            if (raw != null) {
                field.read(raw, builder, problems);
            }
        }
        problems.addAll(builder.problems());
        if (!problems.isEmpty()) {
            return Optional.empty();
        }
        Annotation annotation = builder.build();
        if (annotation.isEmpty()) {
            problems.add(new FieldError("annotation", null, "must set at least one of "
                    + String.join(", ", AnnotationField.snakeNames())));
            return Optional.empty();
        }
        return Optional.of(annotation);
    }

    private static Optional<CallSid> callSid(Object value, List<FieldError> problems) {
        Optional<CallSid> callSid = value instanceof String text ? CallSid.parse(text.trim()) : Optional.empty();
        if (callSid.isEmpty()) {
            problems.add(new FieldError(CallSid.SNAKE_NAME, value == null ? null : String.valueOf(value),
                    "is required and must match " + CallSid.PATTERN_TEXT));
        }
        return callSid;
    }
}
