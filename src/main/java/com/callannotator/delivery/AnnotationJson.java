package com.callannotator.delivery;

import com.callannotator.annotation.Annotation;
import com.callannotator.annotation.AnnotationField;
import com.callannotator.annotation.AnnotationReader;
import com.callannotator.annotation.CallSid;
import com.callannotator.annotation.FieldError;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * An annotation as a JSON object with the snake_case names and wire values of Twilio's response
 * ({@code call_sid}, {@code answered_by}, {@code quality_issues} as an array, …); only the fields that are set.
 * The retry queue carries it; reading it back, with the same {@link AnnotationReader} as {@code POST /annotations},
 * gives the same annotation.
 */
final class AnnotationJson {

    private AnnotationJson() {
    }

    /** The annotation as a map ready for a JSON writer, in Twilio's field order. */
    public static Map<String, Object> toMap(Annotation annotation) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put(CallSid.SNAKE_NAME, annotation.callSid().value());
        for (AnnotationField field : AnnotationField.values()) {
            Object value = field.jsonValue(annotation);
            if (value != null) {
                json.put(field.snakeName(), value);
            }
        }
        return json;
    }

    /**
     * Reads an annotation written by {@link #toMap} (or by hand, as {@code POST /annotations} takes it).
     *
     * @throws IllegalArgumentException naming every field that is unknown, of the wrong type or invalid
     */
    public static Annotation fromMap(Map<String, Object> json) {
        List<FieldError> problems = new ArrayList<>();
        Optional<Annotation> annotation = AnnotationReader.fromJson(json, problems);
        if (annotation.isEmpty()) {
            throw new IllegalArgumentException("invalid annotation JSON: "
                    + problems.stream().map(AnnotationJson::describe).collect(Collectors.joining("; ")));
        }
        return annotation.get();
    }

    /** Shows the value only of a field with a closed set of values: free text and unknown fields may hold anything. */
    private static String describe(FieldError error) {
        boolean closed = AnnotationField.fromSnakeName(error.field()).filter(field -> !field.isFreeText()).isPresent();
        String value = closed && error.value() != null ? " \"" + error.value() + "\"" : "";
        return error.field() + value + ": " + error.rule();
    }
}
