package com.callannotator.fuzz;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.callannotator.lambda.HttpApiHandler;
import com.callannotator.lambda.TestHandlers;
import com.callannotator.webhook.HttpHeaders;
import com.code_intelligence.jazzer.api.SilentCloseable;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * Fuzzes the HTTP API (payload 2.0) entry point with unsigned and correctly signed requests ({@link FuzzInput}).
 * Seeds and reproducers: {@code src/test/resources/com/callannotator/fuzz/HttpApiFuzzTestInputs/webhook/}.
 */
final class HttpApiFuzzTest {

    private static FuzzHarness harness;
    private static HttpApiHandler handler;

    @BeforeAll
    static void start() {
        harness = new FuzzHarness();
        handler = TestHandlers.httpApi(harness.app);
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
        Map<String, String> headers = headers(input);
        HttpHeaders parsed = HttpHeaders.of(headers);
        String query = input.query();
        String signature = "";
        if (input.signed()) {
            byte[] body = FuzzHarness.bodyBytes(input.body(), input.base64());
            query = FuzzHarness.isJson(parsed) && !query.contains("bodySHA256=")
                    ? FuzzHarness.withBodyHash(query, body) : query;
            signature = harness.signature(parsed, input.path(), query, input.method(), body);
            headers.put("x-twilio-signature", signature);
        }
        APIGatewayV2HTTPResponse response = handler.handleRequest(event(input, headers, query), null);

        Invariants.webhookAnswer(harness, input.path(), input.signed(), response.getStatusCode(), response.getBody());
        Invariants.noSecretInLog(harness, new String(data, UTF_8), List.of(signature));
    }

    /** As an HTTP API delivers them: names lower-cased, a repeated header's values joined with commas. */
    private static Map<String, String> headers(FuzzInput input) {
        Map<String, String> headers = new LinkedHashMap<>();
        input.headers().forEach(header -> headers.merge(header.getKey().toLowerCase(Locale.ROOT), header.getValue(),
                (first, second) -> first + "," + second));
        return headers;
    }

    /** Bodies of form posts arrive base64-encoded, as HTTP APIs deliver them; others as text. */
    static APIGatewayV2HTTPEvent event(FuzzInput input, Map<String, String> headers, String query) {
        boolean encode = !input.base64() && !input.body().isEmpty() && !FuzzHarness.isJson(HttpHeaders.of(headers));
        String body = encode ? Base64.getEncoder().encodeToString(input.body().getBytes(UTF_8)) : input.body();
        return APIGatewayV2HTTPEvent.builder()
                .withRawPath(input.path())
                .withRawQueryString(query)
                .withHeaders(headers)
                .withBody(body.isEmpty() ? null : body)
                .withIsBase64Encoded(input.base64() || encode)
                .withRequestContext(APIGatewayV2HTTPEvent.RequestContext.builder()
                        .withDomainName("hooks.example.com")
                        .withHttp(APIGatewayV2HTTPEvent.RequestContext.Http.builder()
                                .withMethod(input.method()).withPath(input.path()).build())
                        .build())
                .build();
    }
}
