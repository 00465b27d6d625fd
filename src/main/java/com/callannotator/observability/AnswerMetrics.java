package com.callannotator.observability;

import com.callannotator.annotation.Annotation;
import com.callannotator.annotation.QualityIssue;
import com.callannotator.observability.Report;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * What callers said, as metric values: the call score, whether it is low, spam reports and each quality issue.
 *
 * <p>Counted where an answer is heard, once: on the survey only the field of the question just answered (each survey
 * post repeats the earlier answers), on the other webhook routes every field of the annotation, and never on the
 * retry queue's redelivery. Counted whatever became of the annotation: the caller said it either way.
 */
final class AnswerMetrics {

    /** The routes answers are heard on: the only {@code Route} values of the answer metrics. */
    static final Set<String> ROUTES = Set.of("/status-callback", "/survey", "/annotations");

    private final int lowScoreThreshold;

    AnswerMetrics(int lowScoreThreshold) {
        this.lowScoreThreshold = lowScoreThreshold;
    }

    /** The answer metrics of {@code report} and their values; empty when it carries no answer. */
    Map<Metric, Integer> values(Report report) {
        Map<Metric, Integer> values = new LinkedHashMap<>();
        Annotation annotation = report.annotation();
        if (annotation == null || !ROUTES.contains(report.route())) {
            return values;
        }
        String question = report.question();
        if (annotation.callScore() != null && answers(question, "score")) {
            values.put(Metric.CALL_SCORE, annotation.callScore());
            values.put(Metric.LOW_SCORES, annotation.callScore() <= lowScoreThreshold ? 1 : 0);
        }
        if (annotation.spam() != null && answers(question, "spam")) {
            values.put(Metric.SPAM_REPORTS, annotation.spam() ? 1 : 0);
        }
        if (answers(question, "quality")) {
            annotation.qualityIssues().forEach(issue -> values.put(metric(issue), 1));
        }
        return values;
    }

    /** True when a request that answered {@code question} (null: not a survey answer) tells about {@code field}. */
    private static boolean answers(String question, String field) {
        return question == null || question.equals(field);
    }

    /** The count metric of a quality issue; a new issue kind does not compile until it has one. */
    static Metric metric(QualityIssue issue) {
        return switch (issue) {
            case NONE -> Metric.QUALITY_NO_ISSUE;
            case LOW_VOLUME -> Metric.QUALITY_LOW_VOLUME;
            case CHOPPY_ROBOTIC -> Metric.QUALITY_CHOPPY_ROBOTIC;
            case ECHO -> Metric.QUALITY_ECHO;
            case DTMF -> Metric.QUALITY_DTMF;
            case LATENCY -> Metric.QUALITY_LATENCY;
            case ONE_WAY_AUDIO -> Metric.QUALITY_ONE_WAY_AUDIO;
            case STATIC_NOISE -> Metric.QUALITY_STATIC_NOISE;
        };
    }
}
