package com.callannotator.observability;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.callannotator.annotation.Annotation;
import com.callannotator.annotation.CallSid;
import com.callannotator.delivery.RetryMessage;
import com.callannotator.observability.Report;
import com.fasterxml.jackson.jr.ob.JSON;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

final class RequestLogTest {

    private static final String CALL = "CA0123456789abcdef0123456789abcdef";
    private static final Instant NOW = Instant.parse("2026-11-24T21:00:00Z");

    private ByteArrayOutputStream out;
    private RequestLog log;

    @BeforeEach
    void setUp() {
        out = new ByteArrayOutputStream();
        log = new RequestLog(new PrintStream(out, true, UTF_8), Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private Map<String, Object> onlyLine() throws IOException {
        List<String> lines = out.toString(UTF_8).lines().toList();
        assertEquals(1, lines.size(), lines.toString());
        return JSON.std.mapFrom(lines.get(0));
    }

    @Test
    void write_posted_isAnEmfDocumentCountingOnePostedOnTheRoute() throws IOException {
        log.write(Report.builder("/status-callback", Outcome.POSTED).callSid(CALL).fields(List.of("answered_by"))
                .twilio(200, 0).attempts(1).detail("").build(), "req-1",
                12.345);

        Map<String, Object> line = onlyLine();

        assertEquals(Map.of("Timestamp", NOW.toEpochMilli(), "CloudWatchMetrics", List.of(Map.of(
                "Namespace", "CallAnnotator",
                "Dimensions", List.of(List.of("Route")),
                "Metrics", List.of(
                        Map.of("Name", "AnnotationsPosted", "Unit", "Count"),
                        Map.of("Name", "AnnotationsDeferred", "Unit", "Count"),
                        Map.of("Name", "AnnotationsFailed", "Unit", "Count"),
                        Map.of("Name", "AnnotationsRejected", "Unit", "Count"),
                        Map.of("Name", "SignaturesRejected", "Unit", "Count"),
                        Map.of("Name", "InvalidInput", "Unit", "Count"),
                        Map.of("Name", "Latency", "Unit", "Milliseconds"))))), line.get("_aws"));
        assertEquals("/status-callback", line.get("Route"));
        assertEquals(1, line.get("AnnotationsPosted"));
        assertEquals(0, line.get("AnnotationsDeferred"));
        assertEquals(12.35, line.get("Latency"));
        assertEquals("posted", line.get("outcome"));
        assertEquals(CALL, line.get("call_sid"));
        assertNull(line.get("TwilioCode"));
    }

    @Test
    void write_rejectedWithCode_countsATwilioErrorByCode() throws IOException {
        log.write(Report.builder("/status-callback", Outcome.REJECTED).callSid(CALL).fields(List.of("spam"))
                .twilio(403, 17007).attempts(1).detail("Advanced Features not enabled").build(), "req-2", 5);

        Map<String, Object> line = onlyLine();

        assertEquals("17007", line.get("TwilioCode"));
        assertEquals(1, line.get("TwilioErrors"));
        assertEquals(1, line.get("AnnotationsRejected"));
        assertEquals("WARN", line.get("level"));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> directives = (List<Map<String, Object>>) ((Map<String, Object>) line.get("_aws"))
                .get("CloudWatchMetrics");
        assertEquals(List.of(List.of("TwilioCode")), directives.get(1).get("Dimensions"));
    }

    @Test
    void write_forbidden_countsARejectedSignature() throws IOException {
        log.write(Report.refused("/status-callback", Outcome.FORBIDDEN, "missing or invalid X-Twilio-Signature"),
                null, 1);

        Map<String, Object> line = onlyLine();

        assertEquals(1, line.get("SignaturesRejected"));
        assertEquals(0, line.get("AnnotationsFailed"));
    }

    @Test
    void write_detailWithPhoneNumber_isScrubbed() throws IOException {
        log.write(Report.refused("/status-callback", Outcome.INVALID, "bad value +14155551212"), null, 1);

        assertEquals("bad value [redacted]", onlyLine().get("detail"));
    }

    @Test
    void unsent_logsTheAnnotationAsAReplayableMessage() throws IOException {
        RetryMessage message = new RetryMessage(Annotation.builder(new CallSid(CALL)).callScore(3)
                .comment("friendly").build(), 1, "Twilio answered 503 (code 20503)", NOW);

        log.unsent(message.toMap(), "Twilio answered 503 (code 20503); no retry queue configured");

        Map<String, Object> line = onlyLine();
        assertEquals("ERROR", line.get("level"));
        assertEquals(message, RetryMessage.parse(JSON.std.asString(line.get("replay"))));
        assertNull(line.get("withheld"));
    }

    @Test
    void unsent_commentWithPhoneNumber_isWithheldFromTheReplayNotRewritten() throws IOException {
        RetryMessage message = new RetryMessage(Annotation.builder(new CallSid(CALL)).callScore(3)
                .comment("call back on +1 415 555 1212").build(), 1, "no queue", NOW);

        log.unsent(message.toMap(), "no queue");

        Map<String, Object> line = onlyLine();
        assertEquals(List.of("comment"), line.get("withheld"));
        RetryMessage replay = RetryMessage.parse(JSON.std.asString(line.get("replay")));
        assertNull(replay.annotation().comment());
        assertEquals(3, replay.annotation().callScore());
        assertFalse(out.toString(UTF_8).contains("555"));
    }
}
