package com.callannotator.delivery;

import com.callannotator.annotation.Annotation;
import com.callannotator.annotation.AnsweredBy;
import com.callannotator.annotation.CallSid;
import com.callannotator.annotation.ConnectivityIssue;
import com.callannotator.annotation.FieldError;
import com.callannotator.annotation.QualityIssue;
import com.callannotator.annotation.WireValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * An annotation as a JSON object with the snake_case names and wire values of Twilio's response
 * ({@code call_sid}, {@code answered_by}, {@code quality_issues} as an array, …); only the fields that are set.
 * The retry queue carries it; reading it back gives the same annotation.
 */
public final class AnnotationJson {

    private static final Set<String> NAMES = Set.of("call_sid", "answered_by", "connectivity_issue",
            "quality_issues", "spam", "call_score", "comment", "incident");

    private AnnotationJson() {
    }

    /** The annotation as a map ready for a JSON writer, in Twilio's field order. */
    public static Map<String, Object> toMap(Annotation annotation) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("call_sid", annotation.callSid().value());
        if (annotation.answeredBy() != null) json.put("answered_by", annotation.answeredBy().wireValue());
        if (annotation.connectivityIssue() != null) {
            json.put("connectivity_issue", annotation.connectivityIssue().wireValue());
        }
        if (!annotation.qualityIssues().isEmpty()) {
            json.put("quality_issues", annotation.qualityIssues().stream().map(QualityIssue::wireValue).toList());
        }
        if (annotation.spam() != null) json.put("spam", annotation.spam());
        if (annotation.callScore() != null) json.put("call_score", annotation.callScore());
        if (annotation.comment() != null) json.put("comment", annotation.comment());
        if (annotation.incident() != null) json.put("incident", annotation.incident());
        return json;
    }

    /**
     * Reads an annotation written by {@link #toMap}.
     *
     * @throws IllegalArgumentException naming every field that is unknown, of the wrong type or invalid
     */
    public static Annotation fromMap(Map<String, Object> json) {
        List<String> problems = new ArrayList<>();
        json.keySet().stream().filter(name -> !NAMES.contains(name)).sorted()
                .forEach(name -> problems.add("unknown field " + name));
        Object sid = json.get("call_sid");
        Optional<CallSid> callSid = sid instanceof String text ? CallSid.parse(text) : Optional.empty();
        if (callSid.isEmpty()) {
            problems.add("call_sid must match " + CallSid.PATTERN_TEXT);
            throw new IllegalArgumentException("invalid annotation JSON: " + String.join("; ", problems));
        }
        Annotation.Builder builder = Annotation.builder(callSid.get())
                .answeredBy(wire(json, "answered_by", AnsweredBy::fromWireValue, AnsweredBy.class, problems))
                .connectivityIssue(wire(json, "connectivity_issue", ConnectivityIssue::fromWireValue,
                        ConnectivityIssue.class, problems))
                .qualityIssues(qualityIssues(json.get("quality_issues"), problems))
                .spam(typed(json, "spam", Boolean.class, problems))
                .callScore(typed(json, "call_score", Integer.class, problems))
                .comment(typed(json, "comment", String.class, problems))
                .incident(typed(json, "incident", String.class, problems));
        builder.problems().stream().map(AnnotationJson::describe).forEach(problems::add);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("invalid annotation JSON: " + String.join("; ", problems));
        }
        return builder.build();
    }

    private static <E extends Enum<E> & WireValue> E wire(Map<String, Object> json, String name,
            Function<String, Optional<E>> parse, Class<E> type, List<String> problems) {
        Object value = json.get(name);
        if (value == null) {
            return null;
        }
        Optional<E> parsed = value instanceof String text ? parse.apply(text) : Optional.empty();
        if (parsed.isEmpty()) {
            problems.add(name + " must be one of " + WireValue.accepted(type) + ": " + value);
        }
        return parsed.orElse(null);
    }

    private static List<QualityIssue> qualityIssues(Object value, List<String> problems) {
        List<QualityIssue> issues = new ArrayList<>();
        if (value == null) {
            return issues;
        }
        if (!(value instanceof List<?> list)) {
            problems.add("quality_issues must be an array");
            return issues;
        }
        for (Object item : list) {
            Optional<QualityIssue> issue = item instanceof String text ? QualityIssue.fromWireValue(text)
                    : Optional.empty();
            issue.ifPresentOrElse(issues::add, () -> problems.add("quality_issues items must be one of "
                    + WireValue.accepted(QualityIssue.class) + ": " + item));
        }
        return issues;
    }

    private static <T> T typed(Map<String, Object> json, String name, Class<T> type, List<String> problems) {
        Object value = json.get(name);
        if (value == null || type.isInstance(value)) {
            return type.cast(value);
        }
        if (type == Integer.class && value instanceof Number number && number.doubleValue() == number.intValue()) {
            return type.cast(number.intValue());
        }
        problems.add(name + " must be a JSON " + type.getSimpleName().toLowerCase(Locale.ROOT));
        return null;
    }

    private static String describe(FieldError error) {
        return error.field() + " " + error.rule();
    }
}
