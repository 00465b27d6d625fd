package com.callannotator.observability;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every CloudWatch metric the function emits, in namespace {@value #NAMESPACE}: its name, unit and the dimension sets
 * it is emitted with. The EMF writer names metrics only through this catalogue, and the template's dashboard and
 * alarms are checked against it ({@code DashboardMetricsTest}, {@code scripts/lint-template}, which reads this file:
 * keep one constant per line), so a renamed metric fails the build instead of leaving an empty chart.
 */
enum Metric {
    ANNOTATIONS_POSTED("AnnotationsPosted", "Count", DimensionSet.ROUTE),
    ANNOTATIONS_DEFERRED("AnnotationsDeferred", "Count", DimensionSet.ROUTE),
    ANNOTATIONS_FAILED("AnnotationsFailed", "Count", DimensionSet.ROUTE),
    ANNOTATIONS_REJECTED("AnnotationsRejected", "Count", DimensionSet.ROUTE),
    SIGNATURES_REJECTED("SignaturesRejected", "Count", DimensionSet.ROUTE),
    INVALID_INPUT("InvalidInput", "Count", DimensionSet.ROUTE),
    LATENCY("Latency", "Milliseconds", DimensionSet.ROUTE),
    TWILIO_ERRORS("TwilioErrors", "Count", DimensionSet.TWILIO_CODE),
    CALL_SCORE("CallScore", "None", DimensionSet.ROUTE_QUESTION, DimensionSet.ROUTE),
    LOW_SCORES("LowScores", "Count", DimensionSet.ROUTE_QUESTION, DimensionSet.ROUTE),
    SPAM_REPORTS("SpamReports", "Count", DimensionSet.ROUTE_QUESTION, DimensionSet.ROUTE),
    QUALITY_NO_ISSUE("QualityNoIssue", "Count", DimensionSet.ROUTE_QUESTION, DimensionSet.ROUTE),
    QUALITY_LOW_VOLUME("QualityLowVolume", "Count", DimensionSet.ROUTE_QUESTION, DimensionSet.ROUTE),
    QUALITY_CHOPPY_ROBOTIC("QualityChoppyRobotic", "Count", DimensionSet.ROUTE_QUESTION, DimensionSet.ROUTE),
    QUALITY_ECHO("QualityEcho", "Count", DimensionSet.ROUTE_QUESTION, DimensionSet.ROUTE),
    QUALITY_DTMF("QualityDtmf", "Count", DimensionSet.ROUTE_QUESTION, DimensionSet.ROUTE),
    QUALITY_LATENCY("QualityLatency", "Count", DimensionSet.ROUTE_QUESTION, DimensionSet.ROUTE),
    QUALITY_ONE_WAY_AUDIO("QualityOneWayAudio", "Count", DimensionSet.ROUTE_QUESTION, DimensionSet.ROUTE),
    QUALITY_STATIC_NOISE("QualityStaticNoise", "Count", DimensionSet.ROUTE_QUESTION, DimensionSet.ROUTE),
    EVENTS_FAILED("EventsFailed", "Count", DimensionSet.ROUTE);

    /** The CloudWatch namespace of every metric here. */
    public static final String NAMESPACE = "CallAnnotator";

    private static final Map<String, Metric> BY_NAME = index();

    private final String metricName;
    private final String unit;
    @SuppressWarnings("ImmutableEnumChecker") // List.of: unmodifiable, though its type does not say so.
    private final List<DimensionSet> dimensionSets;

    Metric(String metricName, String unit, DimensionSet... dimensionSets) {
        this.metricName = metricName;
        this.unit = unit;
        this.dimensionSets = List.of(dimensionSets);
    }

    /** The name in CloudWatch. */
    public String metricName() {
        return metricName;
    }

    /** The EMF unit. */
    public String unit() {
        return unit;
    }

    /** The dimension sets it is emitted with; each makes one CloudWatch metric per combination of values. */
    public List<DimensionSet> dimensionSets() {
        return dimensionSets;
    }

    /** The metric named {@code metricName} in CloudWatch; empty for any other name. */
    public static Optional<Metric> fromMetricName(String metricName) {
        return Optional.ofNullable(BY_NAME.get(metricName));
    }

    private static Map<String, Metric> index() {
        Map<String, Metric> byName = new HashMap<>();
        for (Metric metric : values()) {
            byName.put(metric.metricName, metric);
        }
        return Map.copyOf(byName);
    }
}
