package com.callannotator.observability;

import static java.util.Objects.requireNonNull;

import com.callannotator.webhook.Report;
import com.fasterxml.jackson.jr.ob.JSON;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes one JSON line per request to a stream (stdout in Lambda, where CloudWatch Logs picks it up).
 * Only the fields of a {@link Report} are written, and a report holds no phone number, token or signature.
 * Thread-safe.
 */
public final class RequestLog {

    private final PrintStream out;

    public RequestLog(PrintStream out) {
        this.out = requireNonNull(out, "out == null");
    }

    /**
     * Logs {@code report}.
     *
     * @param requestId the Lambda request id; may be null
     * @param latencyMillis how long the request took
     */
    public void write(Report report, String requestId, double latencyMillis) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("level", report.outcome().equals("internal_error") ? "ERROR" : "INFO");
        line.put("message", "request " + report.outcome());
        line.put("request_id", requestId);
        line.put("route", report.route());
        line.put("call_sid", report.callSid());
        line.put("fields", report.fields());
        line.put("outcome", report.outcome());
        line.put("twilio_status", report.twilioStatus());
        line.put("twilio_code", report.twilioCode());
        line.put("attempts", report.attempts());
        line.put("latency_ms", Math.round(latencyMillis * 100) / 100.0);
        if (!report.detail().isEmpty()) {
            line.put("detail", Redaction.scrub(report.detail()));
        }
        print(line);
    }

    private void print(Map<String, Object> line) {
        try {
            String json = JSON.std.asString(line);
            synchronized (out) {
                out.println(json);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
