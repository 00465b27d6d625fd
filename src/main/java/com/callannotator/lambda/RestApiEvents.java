package com.callannotator.lambda;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.callannotator.security.PublicUrl;
import com.callannotator.webhook.HttpHeaders;
import com.callannotator.webhook.WebhookRequest;
import com.callannotator.webhook.WebhookResponse;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Converts API Gateway REST API (Lambda proxy, payload 1.0) events to webhook requests and responses back.
 *
 * @see <a href="https://docs.aws.amazon.com/apigateway/latest/developerguide/set-up-lambda-proxy-integrations.html">
 *     Lambda proxy integration input format</a>
 */
final class RestApiEvents {

    private RestApiEvents() {
    }

    /**
     * The request Twilio sent. The public URL is {@code X-Forwarded-Proto} + {@code Host} + a non-default
     * {@code X-Forwarded-Port} + {@code requestContext.path} (which keeps the stage, e.g. {@code /Prod/survey}, unlike
     * the top-level {@code path}) + the query rebuilt from {@code multiValueQueryStringParameters}.
     *
     * @param withBody false to leave the body out
     * @throws IllegalArgumentException when a base64 body is malformed
     */
    static WebhookRequest toRequest(APIGatewayProxyRequestEvent event, PublicUrl publicUrl, boolean withBody) {
        HttpHeaders headers = HttpHeaders.of(headers(event));
        String path = path(event);
        String query = PublicUrl.queryOf(queryParameters(event));
        String host = headers.get("Host").orElseGet(() -> domainName(event));
        PublicUrl.RequestLine line = new PublicUrl.RequestLine(host, path, query,
                headers.get("X-Forwarded-Proto").orElse(null), headers.get("X-Forwarded-Port").orElse(null));
        byte[] body = withBody ? Bodies.decode(event.getBody(), Boolean.TRUE.equals(event.getIsBase64Encoded())) : null;
        String method = event.getHttpMethod() == null ? "GET" : Bodies.method(event.getHttpMethod());
        return new WebhookRequest(method, publicUrl.of(line), path, headers, query, body);
    }

    static APIGatewayProxyResponseEvent toResponse(WebhookResponse response) {
        return new APIGatewayProxyResponseEvent()
                .withStatusCode(response.status())
                .withHeaders(Map.copyOf(response.headers()))
                .withBody(response.body())
                .withIsBase64Encoded(false);
    }

    /** Single-value headers, completed from {@code multiValueHeaders} (first value) for names missing there. */
    private static Map<String, String> headers(APIGatewayProxyRequestEvent event) {
        Map<String, String> headers = new HashMap<>();
        Map<String, List<String>> multi = event.getMultiValueHeaders();
        if (multi != null) {
            multi.forEach((name, values) -> {
                if (name != null && values != null && !values.isEmpty()) {
                    headers.put(name, values.get(0));
                }
            });
        }
        if (event.getHeaders() != null) {
            headers.putAll(event.getHeaders());
        }
        return headers;
    }

    private static Map<String, List<String>> queryParameters(APIGatewayProxyRequestEvent event) {
        if (event.getMultiValueQueryStringParameters() != null) {
            return event.getMultiValueQueryStringParameters();
        }
        Map<String, List<String>> single = new LinkedHashMap<>();
        if (event.getQueryStringParameters() != null) {
            // A null value ({"a": null}) is a name without a value; List.of would refuse it.
            event.getQueryStringParameters().forEach((name, value) -> single.put(name,
                    Collections.singletonList(value)));
        }
        return single;
    }

    private static String path(APIGatewayProxyRequestEvent event) {
        APIGatewayProxyRequestEvent.ProxyRequestContext context = event.getRequestContext();
        if (context != null && context.getPath() != null) {
            return context.getPath();
        }
        return event.getPath() == null ? "/" : event.getPath();
    }

    private static String domainName(APIGatewayProxyRequestEvent event) {
        APIGatewayProxyRequestEvent.ProxyRequestContext context = event.getRequestContext();
        return context == null || context.getDomainName() == null ? "localhost" : context.getDomainName();
    }
}
