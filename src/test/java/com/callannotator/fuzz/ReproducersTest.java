package com.callannotator.fuzz;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.callannotator.CallAnnotator;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.callannotator.lambda.TestHandlers;
import com.callannotator.security.SignatureCalculator;
import com.callannotator.security.SignatureVerifier;
import com.callannotator.testutils.QuietCallAnnotator;
import com.callannotator.testutils.TruncatingServer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The inputs a fuzzing campaign found (issue 8 §2), each with the answer it must get. */
final class ReproducersTest {

    private static final String CALL = "CA0123456789abcdef0123456789abcdef";

    private FuzzHarness harness;

    @BeforeEach
    void start() {
        harness = new FuzzHarness();
    }

    @AfterEach
    void stop() {
        harness.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"host: h?%", "x-forwarded-proto: a?%", "x-forwarded-port: 1?%"})
    void malformedEscapeInTheRebuiltUrl_is403WithoutAnErrorLine(String header) {
        String text = "POST /annotations\n" + (header.startsWith("host") ? "" : "host: h\n") + header
                + "\ncontent-type: application/json\nx-twilio-signature: x\n\n{}";
        FuzzInput input = FuzzInput.parse(text.getBytes(UTF_8));

        assertEquals(403, httpApi(input));
        assertNoErrorLine();
        assertEquals(403, restApi(input, null));
        assertNoErrorLine();
    }

    @Test
    void getWithJsonBodyAndMalformedHost_is403WithoutAnErrorLine() {
        FuzzInput input = FuzzInput.parse(("GET /status-callback\nhost: h?%\ncontent-type: application/json\n"
                + "x-twilio-signature: x\n\n{}").getBytes(UTF_8));

        assertEquals(403, httpApi(input));
        assertNoErrorLine();
        assertEquals(403, restApi(input, null));
        assertNoErrorLine();
    }

    @Test
    void restQueryParameterWithNullValue_isAnsweredNotThrown() {
        FuzzInput input = FuzzInput.parse(("POST /Prod/status-callback\nhost: hooks.example.com\n"
                + "content-type: application/x-www-form-urlencoded\nx-twilio-signature: x\n\nCallSid=x")
                .getBytes(UTF_8));
        Map<String, String> single = new HashMap<>();
        single.put("a", null);

        assertEquals(403, restApi(input, single));
    }

    @Test
    void signedJsonUrlReplayedWithAnEmptyBody_is403() {
        String original = "{\"call_sid\": \"" + CALL + "\", \"call_score\": 4}";
        String query = "bodySHA256=" + SignatureVerifier.sha256Hex(original.getBytes(UTF_8));
        String signature = new SignatureCalculator(FuzzHarness.AUTH_TOKEN)
                .sign("https://hooks.example.com/Prod/annotations?" + query, List.of());
        FuzzInput input = FuzzInput.parse(("POST /Prod/annotations?" + query + "\nhost: hooks.example.com\n"
                + "content-type: application/json\nx-twilio-signature: " + signature + "\n\n").getBytes(UTF_8));

        assertEquals(403, httpApi(input));
        assertEquals(List.of(), harness.insights.posts());
    }

    @Test
    void retryMessageWhoseAnnotationSetsNoField_isKeptForTheDlqAndNeverPosted() {
        SQSEvent.SQSMessage message = new SQSEvent.SQSMessage();
        message.setMessageId("m-1");
        message.setBody("{\"annotation\":{\"call_sid\":\"" + CALL + "\"},\"attempts\":1,\"reason\":\"r\","
                + "\"accepted_at\":\"2026-11-24T21:00:00Z\"}");
        message.setAttributes(Map.of("ApproximateReceiveCount", "1"));
        SQSEvent event = new SQSEvent();
        event.setRecords(List.of(message));

        SQSBatchResponse response = TestHandlers.retryQueue(harness.app).handleRequest(event, null);

        assertEquals(List.of("m-1"), response.getBatchItemFailures().stream()
                .map(SQSBatchResponse.BatchItemFailure::getItemIdentifier).toList());
        assertEquals(List.of(), harness.insights.server().getAllServeEvents());
        assertTrue(harness.logText().contains("\"outcome\":\"invalid\""), harness.logText());
        assertTrue(harness.logText().contains("must set at least one of"), harness.logText());
    }

    @Test
    void truncatedInsightsAnswer_isAFailedAttemptNotA200() throws Exception {
        try (TruncatingServer twilio = new TruncatingServer()) {
            Map<String, String> environment = harness.insights.localEnvironment();
            environment.put("TWILIO_AUTH_TOKEN", FuzzHarness.AUTH_TOKEN);
            environment.put("TWILIO_INSIGHTS_BASE_URL", twilio.baseUrl());
            environment.put("DELIVERY_BUDGET_MS", "1000");
            CallAnnotator app = QuietCallAnnotator.from(environment);
            String body = "{\"call_sid\": \"" + CALL + "\", \"answered_by\": \"human\"}";
            String query = "bodySHA256=" + SignatureVerifier.sha256Hex(body.getBytes(UTF_8));
            String signature = new SignatureCalculator(FuzzHarness.AUTH_TOKEN)
                    .sign("https://hooks.example.com/Prod/annotations?" + query, List.of());
            FuzzInput input = FuzzInput.parse(("POST /Prod/annotations?" + query + "\nhost: hooks.example.com\n"
                    + "content-type: application/json\nx-twilio-signature: " + signature + "\n\n" + body)
                    .getBytes(UTF_8));
            Map<String, String> headers = new HashMap<>();
            input.headers().forEach(header -> headers.put(header.getKey(), header.getValue()));

            APIGatewayV2HTTPResponse response = TestHandlers.httpApi(app)
                    .handleRequest(HttpApiFuzzTest.event(input, headers, input.query()), null);

            assertEquals(503, response.getStatusCode(), response.getBody());
            assertFalse(response.getBody().contains("{\"a\""), response.getBody());
            Invariants.assertJson(response.getBody());
            assertTrue(twilio.requests() >= 1);
        }
    }

    private int httpApi(FuzzInput input) {
        harness.reset();
        Map<String, String> headers = new HashMap<>();
        input.headers().forEach(header -> headers.put(header.getKey(), header.getValue()));
        return TestHandlers.httpApi(harness.app)
                .handleRequest(HttpApiFuzzTest.event(input, headers, input.query()), null).getStatusCode();
    }

    private int restApi(FuzzInput input, Map<String, String> queryParameters) {
        harness.reset();
        Map<String, String> headers = new HashMap<>();
        input.headers().forEach(header -> headers.put(header.getKey(), header.getValue()));
        APIGatewayProxyRequestEvent event = new APIGatewayProxyRequestEvent().withHttpMethod(input.method())
                .withPath(input.path()).withHeaders(headers).withQueryStringParameters(queryParameters)
                .withBody(input.body());
        return TestHandlers.restApi(harness.app).handleRequest(event, null).getStatusCode();
    }

    private void assertNoErrorLine() {
        assertFalse(harness.logText().contains("\"level\":\"ERROR\""), harness.logText());
        assertTrue(harness.logText().contains("\"outcome\":\"forbidden\""), harness.logText());
    }
}
