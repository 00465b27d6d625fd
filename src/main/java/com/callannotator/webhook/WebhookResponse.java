package com.callannotator.webhook;

import static java.util.Objects.requireNonNull;

import java.util.HashMap;
import java.util.Map;

/**
 * The answer to Twilio.
 *
 * @param status the HTTP status
 * @param headers response headers, e.g. {@code Content-Type} and {@code Allow}
 * @param body the body; empty for none
 */
public record WebhookResponse(int status, Map<String, String> headers, String body) {

    static final String CONTENT_TYPE = "Content-Type";

    public WebhookResponse {
        headers = Map.copyOf(requireNonNull(headers, "headers == null"));
        requireNonNull(body, "body == null");
    }

    /** {@code 204 No Content}: what Twilio expects from a status callback. */
    public static WebhookResponse noContent() {
        return new WebhookResponse(204, Map.of(), "");
    }

    /** An empty answer with {@code status}. */
    public static WebhookResponse empty(int status) {
        return new WebhookResponse(status, Map.of(), "");
    }

    /** TwiML, which Twilio reads as {@code text/xml}. */
    public static WebhookResponse twiml(int status, String twiml) {
        return new WebhookResponse(status, Map.of(CONTENT_TYPE, "text/xml; charset=utf-8"), twiml);
    }

    /** A JSON document. */
    public static WebhookResponse json(int status, String json) {
        return new WebhookResponse(status, Map.of(CONTENT_TYPE, "application/json"), json);
    }

    /** The same response with one more header. */
    public WebhookResponse withHeader(String name, String value) {
        HashMap<String, String> more = new HashMap<>(headers);
        more.put(name, value);
        return new WebhookResponse(status, more, body);
    }
}
