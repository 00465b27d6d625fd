package com.callannotator.fuzz;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.callannotator.lambda.RestApiHandler;
import com.callannotator.lambda.TestHandlers;
import com.callannotator.security.PublicUrl;
import com.callannotator.webhook.HttpHeaders;
import com.code_intelligence.jazzer.api.SilentCloseable;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * Fuzzes the REST API (Lambda proxy, payload 1.0) entry point with unsigned and correctly signed requests
 * ({@link FuzzInput}). The query reaches the function only decoded: {@code queryStringParameters} always, and
 * {@code multiValueQueryStringParameters} only when a name repeats (so a bare {@code ?a} gives {@code {"a": null}}
 * alone). Seeds and reproducers: {@code src/test/resources/com/callannotator/fuzz/RestApiFuzzTestInputs/webhook/}.
 */
final class RestApiFuzzTest {

    private static FuzzHarness harness;
    private static RestApiHandler handler;

    @BeforeAll
    static void start() {
        harness = new FuzzHarness();
        handler = TestHandlers.restApi(harness.app);
    }

    @AfterAll
    static void stop() {
        harness.close();
    }

    @FuzzTest
    void webhook(byte[] data) {
        try (SilentCloseable standInOnly = harness.allowStandInOnly()) {
            fuzzOne(data);
        }
    }

    private void fuzzOne(byte[] data) {
        harness.reset();
        FuzzInput input = FuzzInput.parse(data);
        Map<String, String> headers = new LinkedHashMap<>();
        Map<String, List<String>> multiHeaders = new LinkedHashMap<>();
        input.headers().forEach(header -> {
            headers.put(header.getKey(), header.getValue());
            multiHeaders.computeIfAbsent(header.getKey(), name -> new ArrayList<>()).add(header.getValue());
        });
        HttpHeaders parsed = HttpHeaders.of(headers);
        String query = input.query();
        String signature = "";
        if (input.signed()) {
            byte[] body = FuzzHarness.bodyBytes(input.body(), input.base64());
            query = FuzzHarness.isJson(parsed) && !query.contains("bodySHA256=")
                    ? FuzzHarness.withBodyHash(query, body) : query;
            signature = harness.signature(parsed, input.path(), PublicUrl.queryOf(multi(query)), input.method(), body);
            headers.put("X-Twilio-Signature", signature);
            multiHeaders.put("X-Twilio-Signature", List.of(signature));
        }
        APIGatewayProxyResponseEvent response = handler.handleRequest(event(input, headers, multiHeaders, query), null);

        Invariants.webhookAnswer(harness, input.path(), input.signed(), response.getStatusCode(), response.getBody());
        Invariants.noSecretInLog(harness, new String(data, UTF_8), List.of(signature));
    }

    private static APIGatewayProxyRequestEvent event(FuzzInput input, Map<String, String> headers,
            Map<String, List<String>> multiHeaders, String query) {
        Map<String, List<String>> multi = multi(query);
        Map<String, String> single = new LinkedHashMap<>();
        multi.forEach((name, values) -> single.put(name, values.get(values.size() - 1)));
        boolean repeated = multi.values().stream().anyMatch(values -> values.size() > 1);
        APIGatewayProxyRequestEvent.ProxyRequestContext context = new APIGatewayProxyRequestEvent.ProxyRequestContext()
                .withPath(input.path()).withDomainName("hooks.example.com");
        return new APIGatewayProxyRequestEvent()
                .withHttpMethod(input.method())
                .withPath(input.path())
                .withHeaders(headers)
                .withMultiValueHeaders(multiHeaders)
                .withQueryStringParameters(single.isEmpty() ? null : single)
                .withMultiValueQueryStringParameters(repeated ? multi : null)
                .withBody(input.body().isEmpty() ? null : input.body())
                .withIsBase64Encoded(input.base64())
                .withRequestContext(context);
    }

    /** The decoded parameters as API Gateway hands them over; a name without {@code =} has a null value. */
    static Map<String, List<String>> multi(String query) {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        if (query.isEmpty()) {
            return parameters;
        }
        for (String pair : query.split("&", -1)) {
            int equals = pair.indexOf('=');
            String name = decode(equals < 0 ? pair : pair.substring(0, equals));
            String value = equals < 0 ? null : decode(pair.substring(equals + 1));
            parameters.computeIfAbsent(name, key -> new ArrayList<>()).add(value);
        }
        return parameters;
    }

    /** Decoded as API Gateway decodes; a malformed escape is passed on as written. */
    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return text;
        }
    }
}
