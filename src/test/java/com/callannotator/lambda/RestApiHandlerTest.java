package com.callannotator.lambda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.amazonaws.services.lambda.runtime.tests.EventLoader;
import com.callannotator.security.SignatureCalculator;
import com.callannotator.testutils.InsightsStandIn;
import com.callannotator.testutils.QuietCallAnnotator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** End to end through the REST API (payload 1.0) entry point, with events loaded the way the Lambda runtime does. */
final class RestApiHandlerTest {

    private static final String CALL = "CA0123456789abcdef0123456789abcdef";
    private static final String EVENT = "events/rest-api-status-callback.json";
    private static final String SURVEY_EVENT = "events/rest-api-survey-score.json";
    /** The template's REST stage (scripts/lint-template checks the template and the events agree). */
    private static final String STAGE_SURVEY_URL = "https://abc123def4.execute-api.us-east-1.amazonaws.com/Prod/survey";

    @RegisterExtension
    final InsightsStandIn insights = InsightsStandIn.forEachTest();

    @Test
    void statusCallback_stageInRequestContextPath_postsAnsweredByMachine() {
        APIGatewayProxyRequestEvent event = EventLoader.loadApiGatewayRestEvent(EVENT);

        APIGatewayProxyResponseEvent response = handler(Map.of()).handleRequest(event, null);

        assertEquals(204, response.getStatusCode());
        assertEquals("", response.getBody());
        assertEquals(List.of(new InsightsStandIn.RecordedPost(CALL, Map.of("AnsweredBy", "machine"),
                InsightsStandIn.ACCOUNT_SID)), insights.posts());
    }

    @Test
    void surveyAnswer_signedWithTheStage_postsTheScoreAndAsksTheNextQuestionUnderTheStage() {
        APIGatewayProxyRequestEvent event = EventLoader.loadApiGatewayRestEvent(SURVEY_EVENT);

        APIGatewayProxyResponseEvent response = handler(Map.of()).handleRequest(event, null);

        assertEquals(200, response.getStatusCode(), response.getBody());
        assertTrue(response.getBody().contains("action=\"" + STAGE_SURVEY_URL + "?question=quality&amp;language=en-US&amp;score=4\""),
                response.getBody());
        assertEquals(List.of(new InsightsStandIn.RecordedPost(CALL, Map.of("CallScore", "4"),
                InsightsStandIn.ACCOUNT_SID)), insights.posts());
    }

    @Test
    void surveyAnswer_stageLeftOutOfThePath_is403() {
        APIGatewayProxyRequestEvent event = EventLoader.loadApiGatewayRestEvent(SURVEY_EVENT);
        event.getRequestContext().setPath("/survey");  // What a handler reading the top-level path would sign.

        assertEquals(403, handler(Map.of()).handleRequest(event, null).getStatusCode());
        assertEquals(List.of(), insights.posts());
    }

    @Test
    void statusCallback_queryValueChanged_is403() {
        APIGatewayProxyRequestEvent event = EventLoader.loadApiGatewayRestEvent(EVENT);
        event.setMultiValueQueryStringParameters(Map.of("leg", List.of("child"), "campaign", List.of("spring sale")));

        assertEquals(403, handler(Map.of()).handleRequest(event, null).getStatusCode());
        assertEquals(List.of(), insights.posts());
    }

    @Test
    void statusCallback_customDomainWithPublicBaseUrl_isAccepted() {
        APIGatewayProxyRequestEvent event = EventLoader.loadApiGatewayRestEvent(EVENT);
        Map<String, String> headers = new HashMap<>(event.getHeaders());
        headers.put("Host", "hooks.example.com");
        headers.put("X-Twilio-Signature", new SignatureCalculator(InsightsStandIn.AUTH_TOKEN).sign(
                "https://hooks.example.com/twilio/status-callback?leg=parent&campaign=spring+sale",
                RestApiEventsTest.form(event.getBody())));
        event.setHeaders(headers);
        event.getRequestContext().setPath("/twilio/status-callback");

        APIGatewayProxyResponseEvent response = handler(Map.of("PUBLIC_BASE_URL", "https://hooks.example.com/twilio/"))
                .handleRequest(event, null);

        assertEquals(204, response.getStatusCode());
        assertEquals(1, insights.posts().size());
    }

    @Test
    void statusCallback_lowerCaseMethodAndPut_is405WithAllow() {
        APIGatewayProxyRequestEvent event = EventLoader.loadApiGatewayRestEvent(EVENT);
        event.setHttpMethod("put");

        APIGatewayProxyResponseEvent response = handler(Map.of()).handleRequest(event, null);

        assertEquals(405, response.getStatusCode());
        assertEquals(2, response.getHeaders().get("Allow").split(", ").length);
    }

    @Test
    void statusCallback_brokenBase64_is400() {
        APIGatewayProxyRequestEvent event = EventLoader.loadApiGatewayRestEvent(EVENT);
        event.setIsBase64Encoded(true);
        event.setBody("%%%");

        APIGatewayProxyResponseEvent response = handler(Map.of()).handleRequest(event, null);

        assertEquals(400, response.getStatusCode());
        assertEquals(List.of(), insights.posts());
    }

    @Test
    void unknownRoute_is404() {
        APIGatewayProxyRequestEvent event = EventLoader.loadApiGatewayRestEvent(EVENT);
        event.getRequestContext().setPath("/Prod/elsewhere");

        assertEquals(404, handler(Map.of()).handleRequest(event, null).getStatusCode());
    }

    private RestApiHandler handler(Map<String, String> more) {
        Map<String, String> environment = insights.localEnvironment();
        environment.putAll(more);
        return new RestApiHandler(QuietCallAnnotator.from(environment).webhook());
    }
}
