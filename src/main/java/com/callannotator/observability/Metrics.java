package com.callannotator.observability;

import com.callannotator.webhook.Report;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a report into CloudWatch Embedded Metric Format fields, so the request's log line is also its metrics: an
 * {@code _aws} block naming the metrics, and the metric and dimension values as top-level fields.
 *
 * @see <a href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/
 *     CloudWatch_Embedded_Metric_Format_Specification.html">EMF specification</a>
 */
final class Metrics {

    static final String NAMESPACE = "CallAnnotator";

    /** Count metrics per route, and the outcomes each counts. */
    private static final Map<String, List<String>> COUNTS = countsByName();

    private Metrics() {
    }

    /** The EMF fields of {@code report}, to merge into its log line. */
    static Map<String, Object> fields(Report report, long timestampMillis, double latencyMillis) {
        List<Object> directives = new ArrayList<>(2);
        List<Map<String, String>> routeMetrics = new ArrayList<>();
        COUNTS.keySet().forEach(name -> routeMetrics.add(metric(name, "Count")));
        routeMetrics.add(metric("Latency", "Milliseconds"));
        directives.add(directive(List.of("Route"), routeMetrics));
        String twilioCode = twilioCode(report);
        if (twilioCode != null) {
            directives.add(directive(List.of("TwilioCode"), List.of(metric("TwilioErrors", "Count"))));
        }

        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("_aws", Map.of("Timestamp", timestampMillis, "CloudWatchMetrics", directives));
        fields.put("Route", report.route());
        COUNTS.forEach((name, outcomes) -> fields.put(name, outcomes.contains(report.outcome()) ? 1 : 0));
        fields.put("Latency", latencyMillis);
        if (twilioCode != null) {
            fields.put("TwilioCode", twilioCode);
            fields.put("TwilioErrors", 1);
        }
        return fields;
    }

    /** Twilio's error code as a dimension value ({@code HTTP 503} when the answer had none); null when none. */
    private static String twilioCode(Report report) {
        if (report.twilioCode() != 0) {
            return Integer.toString(report.twilioCode());
        }
        return report.twilioStatus() >= 400 ? "HTTP " + report.twilioStatus() : null;
    }

    private static Map<String, Object> directive(List<String> dimensions, List<Map<String, String>> metrics) {
        Map<String, Object> directive = new LinkedHashMap<>();
        directive.put("Namespace", NAMESPACE);
        directive.put("Dimensions", List.of(dimensions));
        directive.put("Metrics", metrics);
        return directive;
    }

    private static Map<String, String> metric(String name, String unit) {
        Map<String, String> metric = new LinkedHashMap<>();
        metric.put("Name", name);
        metric.put("Unit", unit);
        return metric;
    }

    private static Map<String, List<String>> countsByName() {
        Map<String, List<String>> counts = new LinkedHashMap<>();
        counts.put("AnnotationsPosted", List.of("posted"));
        counts.put("AnnotationsDeferred", List.of("deferred"));
        counts.put("AnnotationsFailed", List.of("failed", "dead_lettered"));
        counts.put("AnnotationsRejected", List.of("rejected"));
        counts.put("SignaturesRejected", List.of("forbidden"));
        counts.put("InvalidInput", List.of("invalid"));
        return counts;
    }
}
