package com.callannotator.lambda;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.tests.EventLoader;
import com.callannotator.AwsClients;
import com.callannotator.CallAnnotator;
import com.callannotator.config.AwsSettings;
import com.callannotator.delivery.Timing;
import com.callannotator.security.SignatureCalculator;
import com.callannotator.testutils.EventBusProbe;
import com.callannotator.testutils.FakeContext;
import com.callannotator.testutils.InsightsStandIn;
import com.callannotator.testutils.MotoServer;
import com.callannotator.webhook.FormParameters;
import com.fasterxml.jackson.jr.ob.JSON;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A caller scores a call 1 and reports echo, and the call's status callback follows, through the HTTP API handler
 * with {@code EVENT_BUS_NAME} set: the EMF lines carry the survey metrics, and moto's EventBridge routes one event per
 * posted annotation to a rule's queue.
 */
final class DashboardAndEventsFlowTest {

    @RegisterExtension
    static final MotoServer MOTO = new MotoServer();

    @RegisterExtension
    final InsightsStandIn insights = InsightsStandIn.forEachTest();

    private static final String CALL = "CA0123456789abcdef0123456789abcdef";
    private static final String SURVEY = "https://abc123def4.execute-api.us-east-1.amazonaws.com/survey";

    @Test
    void surveyAndStatusCallback_busSet_metricsInTheLogAndOneEventPerPostedAnnotation() throws IOException {
        AwsClients aws = AwsClients.from(AwsSettings.from(MOTO.awsEnvironment()));
        EventBusProbe probe = EventBusProbe.create(EventBusProbe.eventBridge(MOTO.awsEnvironment()), aws.sqs(),
                "annotations",
                "{\"source\":[\"call-annotator\"]}");
        Map<String, String> environment = new HashMap<>(MOTO.awsEnvironment());
        environment.putAll(insights.localEnvironment());
        environment.put("EVENT_BUS_NAME", "annotations");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CallAnnotator app = CallAnnotator.fromEnvironment(environment, Timing.system(),
                new PrintStream(out, true, UTF_8));
        HttpApiHandler handler = new HttpApiHandler(app.webhook());

        handler.handleRequest(survey("question=score", "1"), new FakeContext("req-score", 14_000));
        handler.handleRequest(survey("question=quality&score=1", "3"), new FakeContext("req-quality", 14_000));
        handler.handleRequest(EventLoader.loadApiGatewayHttpEvent("events/status-callback-machine.json"),
                new FakeContext("req-callback", 14_000));

        List<Map<String, Object>> lines = lines(out);
        assertEquals(3, lines.size(), lines.toString());
        Map<String, Object> score = lines.get(0);
        assertEquals("posted", score.get("outcome"));
        assertEquals(1, score.get("CallScore"));
        assertEquals(1, score.get("LowScores"));
        assertEquals("score", score.get("Question"));
        Map<String, Object> quality = lines.get(1);
        assertEquals(1, quality.get("QualityEcho"));
        assertEquals("quality", quality.get("Question"));
        assertNull(quality.get("CallScore"), "the score was counted with its own answer");
        Map<String, Object> callback = lines.get(2);
        assertNull(callback.get("CallScore"));
        for (Map<String, Object> line : lines) {
            assertEquals("sent", line.get("event"), line.toString());
            assertEquals(0, line.get("EventsFailed"));
            assertFalse(line.toString().contains("+1415"), "no phone number in " + line);
        }

        List<Map<String, Object>> events = probe.events();
        assertEquals(3, events.size(), events.toString());
        List<Object> details = new ArrayList<>();
        for (Map<String, Object> event : events) {
            assertEquals("call-annotator", event.get("source"));
            assertEquals("Call Annotation Posted", event.get("detail-type"));
            details.add(event.get("detail"));
        }
        assertEquals(detail(Map.of("call_score", 1, "route", "/survey", "question", "score")),
                find(details, "score"));
        assertEquals(detail(Map.of("call_score", 1, "quality_issues", List.of("echo"), "route", "/survey",
                "question", "quality")), find(details, "quality"));
        assertFalse(events.toString().contains("+1415"), "no phone number in the events");
    }

    /** The detail of a posted annotation of {@link #CALL} with {@code fields}. */
    private static Map<String, Object> detail(Map<String, Object> fields) {
        Map<String, Object> detail = new HashMap<>(fields);
        detail.put("call_sid", CALL);
        detail.put("outcome", "posted");
        detail.put("twilio_code", null);
        detail.put("twilio_status", 200);
        return detail;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> find(List<Object> details, String question) {
        return details.stream().map(d -> (Map<String, Object>) d).filter(d -> question.equals(d.get("question")))
                .findFirst().orElseThrow(() -> new AssertionError("no event for " + question + " in " + details));
    }

    /** The sample survey answer, with {@code query} and {@code digits}, signed again as Twilio would. */
    private static APIGatewayV2HTTPEvent survey(String query, String digits) {
        APIGatewayV2HTTPEvent event = EventLoader.loadApiGatewayHttpEvent("events/survey-quality.json");
        String body = new String(Base64.getDecoder().decode(event.getBody()), UTF_8)
                .replace("Digits=13", "Digits=" + digits);
        event.setRawQueryString(query);
        event.setQueryStringParameters(null);
        event.setBody(Base64.getEncoder().encodeToString(body.getBytes(UTF_8)));
        String signature = new SignatureCalculator(InsightsStandIn.AUTH_TOKEN)
                .sign(SURVEY + "?" + query, FormParameters.parse(body).entries());
        Map<String, String> headers = new HashMap<>(event.getHeaders());
        headers.put("x-twilio-signature", signature);
        event.setHeaders(headers);
        return event;
    }

    private static List<Map<String, Object>> lines(ByteArrayOutputStream out) throws IOException {
        List<Map<String, Object>> lines = new ArrayList<>();
        for (String line : out.toString(UTF_8).lines().toList()) {
            lines.add(JSON.std.mapFrom(line));
        }
        return lines;
    }
}
