package com.callannotator.annotation;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The rules of Twilio's Call Annotation contract that a typed value can still break.
 *
 * <p>From the Call Annotation resource: {@code CallScore} is 1 to 5, {@code Comment} and {@code Incident} hold at most
 * 100 characters (counted as Unicode code points, so an emoji is one character). We also refuse
 * {@code no_quality_issue} together with a real issue, because the pair contradicts itself.
 */
final class AnnotationRules {

    public static final int MIN_CALL_SCORE = 1;
    public static final int MAX_CALL_SCORE = 5;
    public static final int MAX_TEXT_LENGTH = 100;

    private AnnotationRules() {
    }

    /** The broken rules, in field order; empty when the values are valid. */
    static List<FieldError> check(Set<QualityIssue> qualityIssues, Integer callScore, String comment,
            String incident) {
        List<FieldError> problems = new ArrayList<>(0);
        if (qualityIssues.contains(QualityIssue.NONE) && qualityIssues.size() > 1) {
            problems.add(new FieldError(AnnotationField.QUALITY_ISSUES.snakeName(), String.valueOf(qualityIssues),
                    "no_quality_issue cannot be combined with other quality issues"));
        }
        if (callScore != null && (callScore < MIN_CALL_SCORE || callScore > MAX_CALL_SCORE)) {
            problems.add(new FieldError(AnnotationField.CALL_SCORE.snakeName(), callScore.toString(),
                    "must be an integer from " + MIN_CALL_SCORE + " to " + MAX_CALL_SCORE));
        }
        checkText(AnnotationField.COMMENT, comment, problems);
        checkText(AnnotationField.INCIDENT, incident, problems);
        return problems;
    }

    private static void checkText(AnnotationField field, String value, List<FieldError> problems) {
        if (value == null) {
            return;
        }
        String name = field.snakeName();
        if (value.isBlank()) {
            problems.add(new FieldError(name, value, "must not be blank"));
        } else if (value.codePointCount(0, value.length()) > MAX_TEXT_LENGTH) {
            problems.add(new FieldError(name, value, "must be at most " + MAX_TEXT_LENGTH + " characters"));
        }
    }
}
