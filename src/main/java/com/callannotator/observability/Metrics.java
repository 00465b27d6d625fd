package com.callannotator.observability;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns a report into CloudWatch Embedded Metric Format fields, so the request's log line is also its metrics: an
 * {@code _aws} block naming the metrics (all from {@link Metric}), and the metric and dimension values as top-level
 * fields. Thread-safe.
 *
 * @see <a href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/
 *     CloudWatch_Embedded_Metric_Format_Specification.html">EMF specification</a>
 */
final class Metrics {

    /** The count metrics of outcomes: each line carries all of them, 1 for its outcome's, 0 for the others. */
    private static final Set<Metric> COUNTS = outcomeMetrics();

    private final AnswerMetrics answers;

    /** @param lowScoreThreshold a call score at or below this counts in {@code LowScores} */
    Metrics(int lowScoreThreshold) {
        this.answers = new AnswerMetrics(lowScoreThreshold);
    }

    /** The EMF fields of {@code report}, to merge into its log line. */
    Map<String, Object> fields(Report report, EventOutcome event, long timestampMillis, double latencyMillis) {
        Map<String, Object> fields = new LinkedHashMap<>();
        List<Object> directives = new ArrayList<>(3);
        fields.put("_aws", Map.of("Timestamp", timestampMillis, "CloudWatchMetrics", directives));
        fields.put("Route", report.route());

        Map<Metric, Object> perRoute = new EnumMap<>(Metric.class);
        Optional<Metric> counted = report.outcome().metric();
        COUNTS.forEach(metric -> perRoute.put(metric, counted.filter(metric::equals).isPresent() ? 1 : 0));
        perRoute.put(Metric.LATENCY, latencyMillis);
        if (event.attempted()) {
            perRoute.put(Metric.EVENTS_FAILED, event.isFailed() ? 1 : 0);
        }
        add(DimensionSet.ROUTE, perRoute, directives, fields);

        String twilioCode = twilioCode(report);
        if (twilioCode != null) {
            fields.put("TwilioCode", twilioCode);
            add(DimensionSet.TWILIO_CODE, Map.of(Metric.TWILIO_ERRORS, 1), directives, fields);
        }
        Map<Metric, Integer> answered = answers.values(report);
        if (!answered.isEmpty()) {
            DimensionSet dimensions = report.question() == null ? DimensionSet.ROUTE : DimensionSet.ROUTE_QUESTION;
            if (report.question() != null) {
                fields.put("Question", report.question());
            }
            add(dimensions, answered, directives, fields);
        }
        return fields;
    }

    /** One directive naming {@code values}' metrics under {@code dimensions}, and the values as fields. */
    private static void add(DimensionSet dimensions, Map<Metric, ?> values, List<Object> directives,
            Map<String, Object> fields) {
        List<Map<String, String>> metrics = new ArrayList<>(values.size());
        values.forEach((metric, value) -> {
            if (!metric.dimensionSets().contains(dimensions)) {
                throw new IllegalStateException(metric + " is not catalogued with " + dimensions);
            }
            Map<String, String> named = new LinkedHashMap<>();
            named.put("Name", metric.metricName());
            named.put("Unit", metric.unit());
            metrics.add(named);
            fields.put(metric.metricName(), value);
        });
        Map<String, Object> directive = new LinkedHashMap<>();
        directive.put("Namespace", Metric.NAMESPACE);
        directive.put("Dimensions", List.of(dimensions.names()));
        directive.put("Metrics", metrics);
        directives.add(directive);
    }

    /** Twilio's error code as a dimension value ({@code HTTP 503} when the answer had none); null when none. */
    private static String twilioCode(Report report) {
        if (report.twilioCode() != 0) {
            return Integer.toString(report.twilioCode());
        }
        return report.twilioStatus() >= 400 ? "HTTP " + report.twilioStatus() : null;
    }

    private static Set<Metric> outcomeMetrics() {
        Set<Metric> counts = EnumSet.noneOf(Metric.class);
        for (Outcome outcome : Outcome.values()) {
            outcome.metric().ifPresent(counts::add);
        }
        return counts;
    }
}
