package com.callannotator.twilio;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.callannotator.annotation.Annotation;
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
        if (annotation.answeredBy() != null) fields.put("AnsweredBy", annotation.answeredBy().wireValue());
        if (annotation.connectivityIssue() != null) {
            fields.put("ConnectivityIssue", annotation.connectivityIssue().wireValue());
        }
        if (!annotation.qualityIssues().isEmpty()) fields.put("QualityIssues", annotation.qualityIssuesWireValue());
        if (annotation.spam() != null) fields.put("Spam", annotation.spam().toString());
        if (annotation.callScore() != null) fields.put("CallScore", annotation.callScore().toString());
        if (annotation.comment() != null) fields.put("Comment", annotation.comment());
        if (annotation.incident() != null) fields.put("Incident", annotation.incident());
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
