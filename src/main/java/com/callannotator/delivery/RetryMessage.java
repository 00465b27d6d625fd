package com.callannotator.delivery;

import static java.util.Objects.requireNonNull;

import com.callannotator.annotation.Annotation;
import com.fasterxml.jackson.jr.ob.JSON;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An annotation waiting in the retry queue, with what happened so far. Its JSON is the queue message body:
 * <pre>{@code {"annotation":{"call_sid":"CA…","answered_by":"machine"},"attempts":1,
 *  "reason":"Twilio answered 503 (code 0)","accepted_at":"2026-11-24T21:00:00Z"}}</pre>
 *
 * @param annotation the annotation, exactly as accepted
 * @param attempts delivery rounds made so far (the webhook's is the first)
 * @param reason why the last round did not post it
 * @param acceptedAt when the webhook accepted it
 */
public record RetryMessage(Annotation annotation, int attempts, String reason, Instant acceptedAt) {

    public RetryMessage {
        requireNonNull(annotation, "annotation == null");
        requireNonNull(reason, "reason == null");
        requireNonNull(acceptedAt, "acceptedAt == null");
        if (attempts < 1) {
            throw new IllegalArgumentException("attempts must be at least 1: " + attempts);
        }
    }

    /** The message after one more round that ended for {@code why}. The annotation never changes. */
    public RetryMessage next(String why) {
        return new RetryMessage(annotation, attempts + 1, why, acceptedAt);
    }

    /** The message as a map ready for a JSON writer. */
    public Map<String, Object> toMap() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("annotation", AnnotationJson.toMap(annotation));
        json.put("attempts", attempts);
        json.put("reason", reason);
        json.put("accepted_at", acceptedAt.toString());
        return json;
    }

    /** The JSON body for the queue. */
    public String toJson() {
        try {
            return JSON.std.asString(toMap());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads a queue message body.
     *
     * @throws IllegalArgumentException when it is not a retry message, saying what is wrong
     */
    @SuppressWarnings("unchecked")
    public static RetryMessage parse(String json) {
        Map<String, Object> fields;
        try {
            fields = JSON.std.mapFrom(json);
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("not a JSON object");
        }
        if (fields == null || !(fields.get("annotation") instanceof Map<?, ?> annotation)) {
            throw new IllegalArgumentException("no \"annotation\" object");
        }
        if (!(fields.get("attempts") instanceof Number attempts) || attempts.intValue() < 1) {
            throw new IllegalArgumentException("\"attempts\" must be a number of at least 1");
        }
        Object reason = fields.getOrDefault("reason", "");
        Instant acceptedAt;
        try {
            acceptedAt = Instant.parse(String.valueOf(fields.get("accepted_at")));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("\"accepted_at\" must be an ISO-8601 instant");
        }
        // The one strict reader, as for /annotations: it refuses an annotation that sets nothing, among the rest.
        Annotation parsed = AnnotationJson.fromMap((Map<String, Object>) annotation);
        return new RetryMessage(parsed, attempts.intValue(), String.valueOf(reason), acceptedAt);
    }
}
