package com.callannotator.lambda;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.callannotator.security.PublicUrl;
import com.callannotator.webhook.HttpHeaders;
import com.callannotator.webhook.WebhookRequest;
import com.callannotator.webhook.WebhookResponse;
import java.util.Map;

/** Converts API Gateway HTTP API (payload 2.0) events to webhook requests and responses back. */
final class HttpApiEvents {

    private HttpApiEvents() {
    }

    /**
     * The request Twilio sent. The public URL uses {@code rawPath} and {@code rawQueryString} exactly as received
     * (HTTP APIs lower-case header names and base64-encode form bodies).
     *
     * @param withBody false to leave the body out
     * @throws IllegalArgumentException when a base64 body is malformed
     */
    static WebhookRequest toRequest(APIGatewayV2HTTPEvent event, PublicUrl publicUrl, boolean withBody) {
        HttpHeaders headers = HttpHeaders.of(event.getHeaders());
        String path = event.getRawPath() == null ? "/" : event.getRawPath();
        String query = event.getRawQueryString() == null ? "" : event.getRawQueryString();
        String host = headers.get("Host").orElseGet(() -> domainName(event));
        PublicUrl.RequestLine line = new PublicUrl.RequestLine(host, path, query,
                headers.get("X-Forwarded-Proto").orElse(null), headers.get("X-Forwarded-Port").orElse(null));
        byte[] body = withBody ? Bodies.decode(event.getBody(), event.getIsBase64Encoded()) : null;
        return new WebhookRequest(method(event), publicUrl.of(line), path, headers, query, body);
    }

    static APIGatewayV2HTTPResponse toResponse(WebhookResponse response) {
        return APIGatewayV2HTTPResponse.builder()
                .withStatusCode(response.status())
                .withHeaders(Map.copyOf(response.headers()))
                .withBody(response.body())
                .withIsBase64Encoded(false)
                .build();
    }

    private static String method(APIGatewayV2HTTPEvent event) {
        APIGatewayV2HTTPEvent.RequestContext context = event.getRequestContext();
        if (context != null && context.getHttp() != null && context.getHttp().getMethod() != null) {
            return Bodies.method(context.getHttp().getMethod());
        }
        return "GET";
    }

    private static String domainName(APIGatewayV2HTTPEvent event) {
        APIGatewayV2HTTPEvent.RequestContext context = event.getRequestContext();
        return context == null || context.getDomainName() == null ? "localhost" : context.getDomainName();
    }
}
