package com.callannotator.observability;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.callannotator.annotation.Annotation;
import com.callannotator.annotation.CallSid;
import com.callannotator.annotation.QualityIssue;
import com.callannotator.observability.Report;
import com.fasterxml.jackson.jr.ob.JSON;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The survey metrics in the EMF line: what callers said, with cheap dimensions, counted once. */
final class AnswerMetricsTest {

    private static final CallSid CALL = new CallSid("CA0123456789abcdef0123456789abcdef");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-24T21:00:00Z"), ZoneOffset.UTC);

    private static Map<String, Object> line(Report report, int threshold, EventOutcome event) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new RequestLog(new PrintStream(out, true, UTF_8), CLOCK, threshold).write(report, "req", 1.5, event);
        return JSON.std.mapFrom(out.toString(UTF_8).strip());
    }

    private static Report answered(Annotation annotation, String question) {
        return Report.builder("/survey", Outcome.POSTED).callSid(CALL.value()).fields(annotation.fieldsSet())
                .twilio(200, 0).attempts(1).detail("").annotation(annotation).question(question).build();
    }

    /** Each metric the line's EMF directives name, as "name [dimensions]". */
    @SuppressWarnings("unchecked")
    private static Map<String, List<String>> directives(Map<String, Object> line) {
        Map<String, List<String>> named = new LinkedHashMap<>();
        Map<String, Object> aws = (Map<String, Object>) line.get("_aws");
        for (Object each : (List<Object>) aws.get("CloudWatchMetrics")) {
            Map<String, Object> directive = (Map<String, Object>) each;
            assertEquals("CallAnnotator", directive.get("Namespace"));
            List<String> dimensions = ((List<List<String>>) directive.get("Dimensions")).get(0);
            for (Object metric : (List<Object>) directive.get("Metrics")) {
                named.put((String) ((Map<String, Object>) metric).get("Name"), dimensions);
            }
        }
        return named;
    }

    @Test
    void write_surveyScoreOne_callScoreAndLowScoreByRouteAndQuestion() throws IOException {
        Annotation annotation = Annotation.builder(CALL).callScore(1).build();

        Map<String, Object> line = line(answered(annotation, "score"), 2, EventOutcome.NONE);

        assertEquals(1, line.get("CallScore"));
        assertEquals(1, line.get("LowScores"));
        assertEquals("score", line.get("Question"));
        assertEquals(List.of("Route", "Question"), directives(line).get("CallScore"));
        assertEquals(List.of("Route", "Question"), directives(line).get("LowScores"));
        assertFalse(line.containsKey("EventsFailed"));
    }

    @Test
    void write_scoreThreeWithThresholdThree_isLow_scoreFourIsNot() throws IOException {
        assertEquals(1, line(answered(Annotation.builder(CALL).callScore(3).build(), "score"), 3, EventOutcome.NONE)
                .get("LowScores"));
        assertEquals(0, line(answered(Annotation.builder(CALL).callScore(4).build(), "score"), 3, EventOutcome.NONE)
                .get("LowScores"));
    }

    @Test
    void write_qualityAnswerCarryingTheEarlierScore_countsOnlyTheIssues() throws IOException {
        Annotation annotation = Annotation.builder(CALL).callScore(1)
                .qualityIssues(Set.of(QualityIssue.ECHO, QualityIssue.LOW_VOLUME)).build();

        Map<String, Object> line = line(answered(annotation, "quality"), 2, EventOutcome.NONE);

        assertEquals(1, line.get("QualityEcho"));
        assertEquals(1, line.get("QualityLowVolume"));
        assertNull(line.get("CallScore"));
        assertNull(line.get("LowScores"));
        assertEquals(List.of("Route", "Question"), directives(line).get("QualityEcho"));
    }

    @Test
    void write_studioAnnotation_everyAnsweredFieldByRouteOnly() throws IOException {
        Annotation annotation = Annotation.builder(CALL).callScore(5).spam(true)
                .qualityIssues(Set.of(QualityIssue.STATIC_NOISE)).build();
        Report report = Report.builder("/annotations", Outcome.DEFERRED).callSid(CALL.value())
                .fields(annotation.fieldsSet()).twilio(0, 0).attempts(1).detail("").annotation(annotation)
                .question(null).build();

        Map<String, Object> line = line(report, 2, EventOutcome.NONE);

        assertEquals(5, line.get("CallScore"));
        assertEquals(0, line.get("LowScores"));
        assertEquals(1, line.get("SpamReports"));
        assertEquals(1, line.get("QualityStaticNoise"));
        assertNull(line.get("Question"));
        assertEquals(List.of("Route"), directives(line).get("CallScore"));
        assertFalse(line.toString().contains("+1"), "no phone number");
    }

    @Test
    void write_redeliveryFromTheQueue_countsNoAnswerAgain() throws IOException {
        Annotation annotation = Annotation.builder(CALL).callScore(1).build();
        Report report = Report.builder("retry-queue", Outcome.POSTED).callSid(CALL.value())
                .fields(annotation.fieldsSet()).twilio(200, 0).attempts(1).detail("").annotation(annotation)
                .question(null).build();

        Map<String, Object> line = line(report, 2, EventOutcome.NONE);

        assertNull(line.get("CallScore"));
        assertEquals(1, line.get("AnnotationsPosted"));
    }

    @Test
    void write_eventFailed_countsItLogsWhyAndWarns() throws IOException {
        Report report = answered(Annotation.builder(CALL).callScore(4).build(), "score");

        Map<String, Object> failed = line(report, 2, EventOutcome.failed("SdkClientException: call +14155551212"));
        Map<String, Object> sent = line(report, 2, EventOutcome.sent());

        assertEquals(1, failed.get("EventsFailed"));
        assertEquals("WARN", failed.get("level"));
        assertEquals("SdkClientException: call [redacted]", failed.get("event_error"));
        assertEquals(List.of("Route"), directives(failed).get("EventsFailed"));
        assertEquals(0, sent.get("EventsFailed"));
        assertEquals("sent", sent.get("event"));
    }

    @Test
    void metric_everyQualityIssueHasItsOwnCountMetric() {
        Set<Metric> metrics = EnumSet.noneOf(Metric.class);
        for (QualityIssue issue : QualityIssue.values()) {
            metrics.add(AnswerMetrics.metric(issue));
        }
        assertEquals(QualityIssue.values().length, metrics.size());
    }
}
