package com.callannotator.twilio;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.callannotator.annotation.Annotation;
import com.callannotator.annotation.AnnotationField;
import java.net.URLEncoder;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Encodes an annotation as the form Twilio's {@code UpdateAnnotation} takes: PascalCase names, only the fields that
 * are set, {@code QualityIssues} as one comma-joined value (FACTS-twilio.md §1).
 */
final class AnnotationForm {

    private AnnotationForm() {
    }

    /** The form fields in Twilio's order. */
    static Map<String, String> fields(Annotation annotation) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (AnnotationField field : AnnotationField.values()) {
            String value = field.formValue(annotation);
            if (value != null) {
                fields.put(field.pascalName(), value);
            }
        }
        return fields;
    }

    /** The {@code application/x-www-form-urlencoded} body. */
    static String encode(Annotation annotation) {
        return fields(annotation).entrySet().stream()
                .map(field -> URLEncoder.encode(field.getKey(), UTF_8) + "="
                        + URLEncoder.encode(field.getValue(), UTF_8))
                .collect(Collectors.joining("&"));
    }
}
