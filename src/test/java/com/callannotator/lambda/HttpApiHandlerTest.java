package com.callannotator.lambda;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.amazonaws.services.lambda.runtime.tests.EventLoader;
import com.callannotator.CallAnnotator;
import com.callannotator.delivery.Timing;
import com.callannotator.testutils.FakeContext;
import com.callannotator.testutils.InsightsStandIn;
import com.callannotator.testutils.QuietCallAnnotator;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** End to end through the HTTP API entry point, with events loaded the way the Lambda runtime loads them. */
final class HttpApiHandlerTest {

    private static final String CALL = "CA0123456789abcdef0123456789abcdef";

    @RegisterExtension
    final InsightsStandIn insights = InsightsStandIn.forEachTest();
    private HttpApiHandler handler;

    @BeforeEach
    void start() {
        handler = new HttpApiHandler(QuietCallAnnotator.from(insights.localEnvironment()).webhook());
    }

    @Test
    void statusCallback_answeredByMachine_postsAnsweredByMachine() {
        APIGatewayV2HTTPEvent event = EventLoader.loadApiGatewayHttpEvent("events/status-callback-machine.json");

        APIGatewayV2HTTPResponse response = handler.handleRequest(event, null);

        assertEquals(204, response.getStatusCode());
        assertEquals("", response.getBody());
        assertEquals(List.of(new InsightsStandIn.RecordedPost(CALL, Map.of("AnsweredBy", "machine"),
                InsightsStandIn.ACCOUNT_SID)), insights.posts());
    }

    @Test
    void statusCallback_human_postsAnsweredByHuman() {
        handler.handleRequest(EventLoader.loadApiGatewayHttpEvent("events/status-callback-human.json"), null);

        assertEquals(Map.of("AnsweredBy", "human"), insights.posts().get(0).fields());
    }

    @Test
    void statusCallback_failedInvalidNumber_postsConnectivityIssue() {
        APIGatewayV2HTTPResponse response = handler.handleRequest(
                EventLoader.loadApiGatewayHttpEvent("events/status-callback-invalid-number.json"), null);

        assertEquals(204, response.getStatusCode());
        assertEquals(Map.of("ConnectivityIssue", "invalid_number"), insights.posts().get(0).fields());
    }

    @Test
    void statusCallback_busy_postsNothing() {
        APIGatewayV2HTTPResponse response = handler.handleRequest(
                EventLoader.loadApiGatewayHttpEvent("events/status-callback-busy.json"), null);

        assertEquals(204, response.getStatusCode());
        assertEquals(List.of(), insights.posts());
    }

    @Test
    void statusCallback_withoutSignature_is403AndPostsNothing() {
        APIGatewayV2HTTPEvent event = EventLoader.loadApiGatewayHttpEvent("events/status-callback-machine.json");
        Map<String, String> headers = new HashMap<>(event.getHeaders());
        headers.remove("x-twilio-signature");
        event.setHeaders(headers);

        APIGatewayV2HTTPResponse response = handler.handleRequest(event, null);

        assertEquals(403, response.getStatusCode());
        assertEquals(List.of(), insights.posts());
        assertEquals(0, insights.server().getAllServeEvents().size());
    }

    @Test
    void statusCallback_tamperedBody_is403AndPostsNothing() {
        APIGatewayV2HTTPEvent event = EventLoader.loadApiGatewayHttpEvent("events/status-callback-human.json");
        String form = new String(Base64.getDecoder().decode(event.getBody()), UTF_8);
        event.setBody(Base64.getEncoder().encodeToString(form.replace("AnsweredBy=human", "AnsweredBy=fax")
                .getBytes(UTF_8)));

        APIGatewayV2HTTPResponse response = handler.handleRequest(event, null);

        assertEquals(403, response.getStatusCode());
        assertEquals(List.of(), insights.posts());
    }

    @Test
    void statusCallback_wrongHost_is403() {
        APIGatewayV2HTTPEvent event = EventLoader.loadApiGatewayHttpEvent("events/status-callback-machine.json");
        Map<String, String> headers = new HashMap<>(event.getHeaders());
        headers.put("host", "evil.example.com");
        event.setHeaders(headers);

        assertEquals(403, handler.handleRequest(event, null).getStatusCode());
        assertEquals(List.of(), insights.posts());
    }

    @Test
    void statusCallback_twilioRefusesForGood_answers502AndLogsTheCode() {
        insights.server().stubFor(post(anyUrl()).atPriority(1).willReturn(aResponse().withStatus(403)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"code\":17007,\"message\":\"Voice Insights Advanced Features not enabled\","
                        + "\"status\":403}")));
        ByteArrayOutputStream logs = new ByteArrayOutputStream();
        handler = new HttpApiHandler(CallAnnotator.fromEnvironment(insights.localEnvironment(), Timing.system(),
                new PrintStream(logs, true, UTF_8)).webhook());

        APIGatewayV2HTTPResponse response = handler.handleRequest(
                EventLoader.loadApiGatewayHttpEvent("events/status-callback-machine.json"), null);

        assertEquals(502, response.getStatusCode());
        String log = logs.toString(UTF_8);
        assertTrue(log.contains("\"twilio_code\":17007"), log);
        assertTrue(log.contains("\"outcome\":\"rejected\""), log);
        assertFalse(log.contains(InsightsStandIn.AUTH_TOKEN + "\""), log);
    }

    @Test
    void statusCallback_credentialsRefusedAndNoQueue_answers503() {
        insights.revoke(InsightsStandIn.ACCOUNT_SID);

        APIGatewayV2HTTPResponse response = handler.handleRequest(
                EventLoader.loadApiGatewayHttpEvent("events/status-callback-machine.json"), null);

        assertEquals(503, response.getStatusCode());
        assertEquals(List.of(), insights.posts());
    }

    @Test
    void statusCallback_invocationAlmostOutOfTime_doesNotCallTwilioAndAsksForRetry() {
        APIGatewayV2HTTPEvent event = EventLoader.loadApiGatewayHttpEvent("events/status-callback-machine.json");

        APIGatewayV2HTTPResponse response = handler.handleRequest(event, new FakeContext("req-1", 1_500));

        assertEquals(503, response.getStatusCode());
        assertEquals(0, insights.server().getAllServeEvents().size());
    }

    @Test
    void statusCallback_invocationWithTimeLeft_posts() {
        APIGatewayV2HTTPEvent event = EventLoader.loadApiGatewayHttpEvent("events/status-callback-machine.json");

        APIGatewayV2HTTPResponse response = handler.handleRequest(event, new FakeContext("req-2", 14_000));

        assertEquals(204, response.getStatusCode());
        assertEquals(1, insights.posts().size());
    }

    @Test
    void unknownRoute_is404() {
        APIGatewayV2HTTPEvent event = EventLoader.loadApiGatewayHttpEvent("events/status-callback-machine.json");
        event.setRawPath("/nowhere");

        assertEquals(404, handler.handleRequest(event, null).getStatusCode());
    }
}
