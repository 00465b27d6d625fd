package com.callannotator.annotation;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Quality issues: an array or a comma-separated string, each issue once; a JSON array, comma-joined in a form. */
final class QualityIssuesType implements FieldType<Set<QualityIssue>> {

    @Override
    public Set<QualityIssue> read(String field, Object raw, List<FieldError> problems) {
        List<?> items = raw instanceof String text ? List.of(text.split(",", -1))
                : raw instanceof List<?> list ? list : List.of();
        if (items.isEmpty()) {
            problems.add(new FieldError(field, String.valueOf(raw), "must be " + accepts()));
            return null;
        }
        Set<QualityIssue> issues = EnumSet.noneOf(QualityIssue.class);
        for (Object item : items) {
            Optional<QualityIssue> issue = item instanceof String text
                    ? QualityIssue.fromWireValue(text.trim()) : Optional.empty();
            if (issue.isEmpty() || !issues.add(issue.get())) {
                problems.add(new FieldError(field, String.valueOf(item), "must be " + accepts()));
            }
        }
        return issues;
    }

    @Override
    public String toText(Set<QualityIssue> value) {
        return joined(value);
    }

    @Override
    public Object toJson(Set<QualityIssue> value) {
        return value.stream().map(QualityIssue::wireValue).toList();
    }

    @Override
    public boolean isSet(Set<QualityIssue> value) {
        return value != null && !value.isEmpty();
    }

    @Override
    public boolean isList() {
        return true;
    }

    @Override
    public String accepts() {
        return "one or more of " + WireValue.accepted(QualityIssue.class)
                + ", as an array or comma-separated, each once";
    }

    @Override
    public String placeholder() {
        return "VALUE,...";
    }

    /** Twilio's comma-joined wire value, in the enum's order. */
    static String joined(Collection<QualityIssue> issues) {
        return issues.stream().map(QualityIssue::wireValue).collect(Collectors.joining(","));
    }
}
