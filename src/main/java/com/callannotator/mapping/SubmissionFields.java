package com.callannotator.mapping;

import com.callannotator.annotation.Annotation;
import com.callannotator.annotation.AnsweredBy;
import com.callannotator.annotation.CallSid;
import com.callannotator.annotation.ConnectivityIssue;
import com.callannotator.annotation.FieldError;
import com.callannotator.annotation.QualityIssue;
import com.callannotator.annotation.WireValue;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Converts the snake_case fields of one submission to typed values, collecting a {@link FieldError} for each value
 * of the wrong type or outside its set. Values may be native JSON or text; a null value means "not set".
 * Not thread-safe; use once.
 */
final class SubmissionFields {

    private static final String TEXT_FIELDS = "answered_by, connectivity_issue, quality_issues, spam, call_score, "
            + "comment, incident";

    /** Stands in for a missing or malformed {@code call_sid}, so the other fields' rules are still checked. */
    private static final CallSid RULES_ONLY = new CallSid("CA" + "0".repeat(32));

    private final Map<String, Object> fields;
    private final List<FieldError> problems;

    SubmissionFields(Map<String, Object> fields, List<FieldError> problems) {
        this.fields = fields;
        this.problems = new ArrayList<>(problems);
    }

    Submission.Parsed parse() {
        Optional<CallSid> callSid = callSid();
        Annotation.Builder builder = Annotation.builder(callSid.orElse(RULES_ONLY))
                .answeredBy(enumValue("answered_by", AnsweredBy.class, AnsweredBy::fromWireValue))
                .connectivityIssue(enumValue("connectivity_issue", ConnectivityIssue.class,
                        ConnectivityIssue::fromWireValue))
                .qualityIssues(qualityIssues())
                .spam(spam())
                .callScore(callScore())
                .comment(text("comment"))
                .incident(text("incident"));
        problems.addAll(builder.problems());
        if (problems.isEmpty() && callSid.isPresent()) {
            Annotation annotation = builder.build();
            if (!annotation.isEmpty()) {
                return new Submission.Parsed(Optional.of(annotation), List.of());
            }
            problems.add(new FieldError("annotation", null, "must set at least one of " + TEXT_FIELDS));
        }
        return new Submission.Parsed(Optional.empty(), problems);
    }

    private Optional<CallSid> callSid() {
        Object value = fields.get("call_sid");
        Optional<CallSid> callSid = value instanceof String text ? CallSid.parse(text.trim()) : Optional.empty();
        if (callSid.isEmpty()) {
            problems.add(new FieldError("call_sid", value == null ? null : String.valueOf(value),
                    "is required and must match " + CallSid.PATTERN_TEXT));
        }
        return callSid;
    }

    private <E extends Enum<E> & WireValue> E enumValue(String field, Class<E> type,
            Function<String, Optional<E>> parse) {
        Object value = fields.get(field);
        if (value == null) {
            return null;
        }
        Optional<E> parsed = value instanceof String text ? parse.apply(text.trim()) : Optional.empty();
        if (parsed.isEmpty()) {
            problems.add(new FieldError(field, String.valueOf(value), "must be one of " + WireValue.accepted(type)));
        }
        return parsed.orElse(null);
    }

    private Set<QualityIssue> qualityIssues() {
        Object value = fields.get("quality_issues");
        if (value == null) {
            return Set.of();
        }
        List<?> items = value instanceof String text ? List.of(text.split(",", -1)) : value instanceof List<?> list
                ? list : null;
        String rule = "must be one or more of " + WireValue.accepted(QualityIssue.class)
                + ", as an array or comma-separated, each once";
        if (items == null || items.isEmpty()) {
            problems.add(new FieldError("quality_issues", String.valueOf(value), rule));
            return Set.of();
        }
        Set<QualityIssue> issues = EnumSet.noneOf(QualityIssue.class);
        for (Object item : items) {
            Optional<QualityIssue> issue = item instanceof String text
                    ? QualityIssue.fromWireValue(text.trim()) : Optional.empty();
            if (issue.isEmpty() || !issues.add(issue.get())) {
                problems.add(new FieldError("quality_issues", String.valueOf(item), rule));
            }
        }
        return issues;
    }

    private Boolean spam() {
        Object value = fields.get("spam");
        if (value == null || value instanceof Boolean) {
            return (Boolean) value;
        }
        String text = value instanceof String string ? string.trim() : "";
        if (text.equals("true") || text.equals("false")) {
            return Boolean.valueOf(text);
        }
        problems.add(new FieldError("spam", String.valueOf(value), "must be true or false"));
        return null;
    }

    private Integer callScore() {
        Object value = fields.get("call_score");
        if (value == null || value instanceof Integer) {
            return (Integer) value;
        }
        String text = value instanceof String string ? string.trim() : "";
        if (text.matches("-?[0-9]{1,9}")) {
            return Integer.valueOf(text);
        }
        problems.add(new FieldError("call_score", String.valueOf(value), "must be an integer from 1 to 5"));
        return null;
    }

    private String text(String field) {
        Object value = fields.get(field);
        if (value == null || value instanceof String) {
            return (String) value;
        }
        problems.add(new FieldError(field, String.valueOf(value), "must be a string"));
        return null;
    }
}
