package com.callannotator.local;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.jr.ob.JSON;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What API Gateway's HTTP API does around a Lambda proxy integration (payload format 2.0): an HTTP request becomes
 * the event (headers lower-cased and comma-joined, raw path and query as received, the body base64-encoded), and the
 * function's response becomes the HTTP answer.
 */
final class HttpApiEvents {
    private HttpApiEvents() {
    }

    /** The payload 2.0 event for a request, with its body. */
    static String event(HttpExchange exchange, byte[] body) throws IOException {
        URI uri = exchange.getRequestURI();
        Map<String, String> headers = new LinkedHashMap<>();
        exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(java.util.Locale.ROOT), String.join(",", values)));
        String rawQuery = uri.getRawQuery() == null ? "" : uri.getRawQuery();
        Instant now = Instant.now();
        Map<String, Object> http = Map.of("method", exchange.getRequestMethod(), "path", uri.getRawPath(),
                "protocol", exchange.getProtocol(), "sourceIp", exchange.getRemoteAddress().getAddress().getHostAddress(),
                "userAgent", headers.getOrDefault("user-agent", ""));
        Map<String, Object> context = new LinkedHashMap<>();
        context.put("accountId", RuntimeLauncher.LOCAL_ACCOUNT_ID);
        context.put("apiId", "local");
        context.put("domainName", headers.getOrDefault("host", "127.0.0.1"));
        context.put("http", http);
        context.put("requestId", UUID.randomUUID().toString());
        context.put("routeKey", "$default");
        context.put("stage", "$default");
        context.put("timeEpoch", now.toEpochMilli());
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("version", "2.0");
        event.put("routeKey", "$default");
        event.put("rawPath", uri.getRawPath());
        event.put("rawQueryString", rawQuery);
        event.put("headers", headers);
        if (!rawQuery.isEmpty()) {
            event.put("queryStringParameters", queryParameters(rawQuery));
        }
        event.put("requestContext", context);
        event.put("body", Base64.getEncoder().encodeToString(body));
        event.put("isBase64Encoded", true);
        return JSON.std.asString(event);
    }

    /** As API Gateway does: a repeated name's values comma-joined. */
    private static Map<String, String> queryParameters(String rawQuery) {
        Map<String, String> parameters = new LinkedHashMap<>();
        for (String pair : rawQuery.split("&", -1)) {
            String[] nameValue = pair.split("=", 2);
            String name = URLDecoder.decode(nameValue[0], UTF_8);
            String value = nameValue.length > 1 ? URLDecoder.decode(nameValue[1], UTF_8) : "";
            parameters.merge(name, value, (a, b) -> a + "," + b);
        }
        return parameters;
    }

    /** Writes the function's payload 2.0 response; a body that is not a response object is sent as 200 JSON. */
    static void answer(HttpExchange exchange, String response) throws IOException {
        Object parsed = JSON.std.anyFrom(response);
        if (!(parsed instanceof Map<?, ?> map) || !(map.get("statusCode") instanceof Number status)) {
            send(exchange, 200, Map.of("content-type", "application/json"), response.getBytes(UTF_8));
            return;
        }
        Map<String, String> headers = new LinkedHashMap<>();
        if (map.get("headers") instanceof Map<?, ?> given) {
            given.forEach((name, value) -> headers.put(String.valueOf(name), String.valueOf(value)));
        }
        Object body = map.get("body");
        String text = body == null ? "" : String.valueOf(body);
        byte[] bytes = Boolean.TRUE.equals(map.get("isBase64Encoded")) ? Base64.getDecoder().decode(text)
                : text.getBytes(UTF_8);
        if (map.get("cookies") instanceof List<?> cookies) {
            cookies.forEach(cookie -> exchange.getResponseHeaders().add("set-cookie", String.valueOf(cookie)));
        }
        send(exchange, status.intValue(), headers, bytes);
    }

    /** API Gateway's own answer when the function failed. */
    static void internalError(HttpExchange exchange) throws IOException {
        send(exchange, 500, Map.of("content-type", "application/json"),
                "{\"message\":\"Internal Server Error\"}".getBytes(UTF_8));
    }

    private static void send(HttpExchange exchange, int status, Map<String, String> headers, byte[] body)
            throws IOException {
        headers.forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            exchange.getResponseBody().write(body);
        }
        exchange.close();
    }
}
