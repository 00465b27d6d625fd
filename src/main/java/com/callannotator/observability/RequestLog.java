package com.callannotator.observability;

import static java.util.Objects.requireNonNull;

import com.callannotator.annotation.AnnotationField;
import com.callannotator.annotation.CallSid;
import java.io.PrintStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Writes one JSON line per request to a stream (stdout in Lambda, where CloudWatch Logs picks it up). The line is
 * also a CloudWatch Embedded Metric Format document, so the request's metrics cost no extra call.
 * Only the fields of a {@link Report} are written, and a report holds no phone number, token or signature.
 * Also logs an annotation that could be neither posted nor queued ({@link #unsent}). Thread-safe.
 */
public final class RequestLog {

    /** A call score at or below this is a low score unless {@code LOW_SCORE_THRESHOLD} says otherwise. */
    public static final int DEFAULT_LOW_SCORE_THRESHOLD = 2;

    private final PrintStream out;
    private final Clock clock;
    private final Metrics metrics;

    public RequestLog(PrintStream out) {
        this(out, Clock.systemUTC());
    }

    /** @param clock gives the metrics' timestamp */
    public RequestLog(PrintStream out, Clock clock) {
        this(out, clock, DEFAULT_LOW_SCORE_THRESHOLD);
    }

    /**
     * @param clock gives the metrics' timestamp
     * @param lowScoreThreshold a call score at or below this counts in the {@code LowScores} metric
     */
    public RequestLog(PrintStream out, Clock clock, int lowScoreThreshold) {
        this.out = requireNonNull(out, "out == null");
        this.clock = requireNonNull(clock, "clock == null");
        this.metrics = new Metrics(lowScoreThreshold);
    }

    /**
     * Logs {@code report}.
     *
     * @param requestId the Lambda request id; may be null
     * @param latencyMillis how long the request took
     */
    public void write(Report report, String requestId, double latencyMillis) {
        write(report, requestId, latencyMillis, EventOutcome.NONE);
    }

    /**
     * Logs {@code report} and what became of its annotation event.
     *
     * @param requestId the Lambda request id; may be null
     * @param latencyMillis how long the request took
     */
    public void write(Report report, String requestId, double latencyMillis, EventOutcome event) {
        Map<String, Object> line = new LinkedHashMap<>();
        Outcome.Level level = report.outcome().level();
        line.put("level", (event.isFailed() && level == Outcome.Level.INFO ? Outcome.Level.WARN : level).name());
        line.put("message", "request " + report.outcome().logName());
        line.put("request_id", requestId);
        line.put("route", report.route());
        line.put("call_sid", report.callSid());
        line.put("fields", report.fields());
        line.put("outcome", report.outcome().logName());
        line.put("twilio_status", report.twilioStatus());
        line.put("twilio_code", report.twilioCode());
        line.put("attempts", report.attempts());
        double latency = Math.round(latencyMillis * 100) / 100.0;
        line.put("latency_ms", latency);
        if (!report.detail().isEmpty()) {
            line.put("detail", Redaction.scrub(report.detail()));
        }
        if (event.attempted()) {
            line.put("event", event.isFailed() ? "failed" : "sent");
        }
        if (event.isFailed()) {
            line.put("event_error", Redaction.scrub(event.failure()));
        }
        line.putAll(metrics.fields(report, event, clock.millis(), latency));
        print(line);
    }

    /**
     * Logs the whole annotation with the reason, as the retry-queue message {@code replay} (the delivery package's
     * JSON of its message, with {@code annotation} and {@code reason}). A comment or incident
     * that holds anything phone-like is left out of it (and named under {@code withheld}): a replay then sets fewer
     * fields, never different values.
     */
    public void unsent(Map<String, Object> message, String reason) {
        Map<String, Object> replay = new LinkedHashMap<>(message);
        @SuppressWarnings("unchecked")
        Map<String, Object> annotation = new LinkedHashMap<>((Map<String, Object>) replay.get("annotation"));
        List<String> withheld = new ArrayList<>(0);
        for (AnnotationField field : AnnotationField.values()) {
            Object text = field.isFreeText() ? annotation.get(field.snakeName()) : null;
            if (text != null && !Objects.equals(Redaction.scrub(text.toString()), text)) {
                annotation.remove(field.snakeName());
                withheld.add(field.snakeName());
            }
        }
        replay.put("annotation", annotation);
        replay.put("reason", Redaction.scrub(String.valueOf(message.get("reason"))));
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("level", "ERROR");
        line.put("message", "annotation not delivered; to replay, send \"replay\" to the retry queue");
        line.put("call_sid", annotation.get(CallSid.SNAKE_NAME));
        line.put("reason", Redaction.scrub(reason));
        line.put("replay", replay);
        if (!withheld.isEmpty()) {
            line.put("withheld", withheld);
        }
        print(line);
    }

    private void print(Map<String, Object> line) {
        String json = JsonLine.of(line);
        synchronized (out) {
            out.println(json);
        }
    }
}
