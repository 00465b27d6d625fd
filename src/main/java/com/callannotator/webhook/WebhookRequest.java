package com.callannotator.webhook;

import static java.util.Objects.requireNonNull;

import com.callannotator.security.PublicUrl;

/**
 * An HTTP request as Twilio sent it, independent of how API Gateway delivered it.
 *
 * @param method the HTTP method, upper case
 * @param publicUrl the full URL Twilio requested, query included: what Twilio signed
 * @param path the request path; its last segment names the route
 * @param headers the request headers
 * @param rawQuery the query string exactly as received, without {@code ?}; empty when there is none
 * @param body the body bytes, already base64-decoded; empty when there is none
 */
@SuppressWarnings("ArrayRecordComponent") // Never compared or hashed; toString is overridden; body is not mutated.
public record WebhookRequest(
        String method, String publicUrl, String path, HttpHeaders headers, String rawQuery, byte[] body) {

    public WebhookRequest {
        requireNonNull(method, "method == null");
        requireNonNull(publicUrl, "publicUrl == null");
        requireNonNull(path, "path == null");
        requireNonNull(headers, "headers == null");
        rawQuery = rawQuery == null ? "" : rawQuery;
        body = body == null ? new byte[0] : body;
    }

    /** The route name: the last segment of the path, e.g. {@code /survey} for {@code /Prod/survey}. */
    public String route() {
        return PublicUrl.routeOf(path);
    }

    /** Leaves out the body and header values, which carry phone numbers and signatures. */
    @Override
    public String toString() {
        return "WebhookRequest[" + method + " " + path + ", " + body.length + " bytes]";
    }
}
