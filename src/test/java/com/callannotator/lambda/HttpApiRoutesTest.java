package com.callannotator.lambda;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.amazonaws.services.lambda.runtime.tests.EventLoader;
import com.callannotator.testutils.InsightsStandIn;
import com.callannotator.testutils.QuietCallAnnotator;
import com.fasterxml.jackson.jr.ob.JSON;
import com.github.tomakehurst.wiremock.client.WireMock;
import java.io.IOException;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The survey and {@code /annotations} end to end through the HTTP API entry point, with the signed sample events. */
final class HttpApiRoutesTest {

    private static final String CALL = "CA0123456789abcdef0123456789abcdef";
    private static final String SURVEY = "https://abc123def4.execute-api.us-east-1.amazonaws.com/survey";
    private static final String SAY = "<Say voice=\"Polly.Joanna\" language=\"en-US\">";
    private static final String QUALITY_PROMPT = "Did you notice a problem? Press every key that applies, then the "
            + "pound key. 1 for low volume, 2 for choppy or robotic audio, 3 for echo, 4 for problems with keypad "
            + "tones, 5 for delay, 6 if only one side could be heard, 7 for static or noise, or 0 if there was no "
            + "problem.";

    @RegisterExtension
    final InsightsStandIn insights = InsightsStandIn.forEachTest();
    private HttpApiHandler handler;

    @BeforeEach
    void start() {
        handler = new HttpApiHandler(QuietCallAnnotator.from(insights.localEnvironment()).webhook());
    }

    @Test
    void surveyStart_signedEvent_asksForTheScore() {
        APIGatewayV2HTTPResponse response = handle("events/survey-start.json");

        assertEquals(200, response.getStatusCode());
        assertEquals("text/xml; charset=utf-8", response.getHeaders().get("Content-Type"));
        assertEquals("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response>"
                + "<Gather input=\"dtmf speech\" action=\"" + SURVEY + "?question=score&amp;language=en-US\" "
                + "method=\"POST\" "
                + "numDigits=\"1\" finishOnKey=\"#\" timeout=\"5\" actionOnEmptyResult=\"true\" language=\"en-US\" "
                + "hints=\"one, two, three, four, five, excellent, good, fair, poor, bad\">"
                + SAY + "Please rate the quality of this call from 1 to 5, where 5 is excellent and 1 is bad. Press "
                + "a key or say a number.</Say></Gather>"
                + "<Redirect method=\"POST\">" + SURVEY + "?question=score&amp;language=en-US</Redirect></Response>",
                response.getBody());
        assertEquals(List.of(), insights.posts());
    }

    @Test
    void surveyScore_digitFour_postsScoreAndAsksForQualityCarryingIt() {
        APIGatewayV2HTTPResponse response = handle("events/survey-score.json");

        assertEquals(200, response.getStatusCode());
        assertEquals(List.of(post(Map.of("CallScore", "4"))), insights.posts());
        assertEquals("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response>"
                + "<Gather input=\"dtmf\" action=\"" + SURVEY + "?question=quality&amp;language=en-US&amp;score=4\" "
                + "method=\"POST\" "
                + "finishOnKey=\"#\" timeout=\"5\" actionOnEmptyResult=\"true\">"
                + SAY + QUALITY_PROMPT + "</Say></Gather>"
                + "<Redirect method=\"POST\">" + SURVEY + "?question=quality&amp;language=en-US&amp;score=4</Redirect>"
                + "</Response>",
                response.getBody());
    }

    @Test
    void surveyScore_spokenExcellent_postsFive() {
        APIGatewayV2HTTPResponse response = handle("events/survey-score-speech.json");

        assertEquals(200, response.getStatusCode());
        assertEquals(List.of(post(Map.of("CallScore", "5"))), insights.posts());
        assertTrue(response.getBody().contains("?question=quality&amp;language=en-US&amp;score=5\""),
                response.getBody());
    }

    @Test
    void surveyQuality_keysOneAndThree_postsIssuesWithTheEarlierScore() {
        APIGatewayV2HTTPResponse response = handle("events/survey-quality.json");

        assertEquals(List.of(post(Map.of("CallScore", "4", "QualityIssues", "low_volume,echo"))), insights.posts());
        assertTrue(response.getBody().contains("action=\"" + SURVEY
                + "?question=spam&amp;language=en-US&amp;score=4&amp;quality=13\""),
                response.getBody());
    }

    @Test
    void surveySpam_keyTwo_postsEverythingAndSaysGoodbye() {
        APIGatewayV2HTTPResponse response = handle("events/survey-spam.json");

        assertEquals(List.of(post(Map.of("CallScore", "4", "QualityIssues", "low_volume,echo", "Spam", "false"))),
                insights.posts());
        assertEquals("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response>" + SAY
                + "Thank you for your feedback. Goodbye.</Say><Hangup/></Response>", response.getBody());
    }

    @Test
    void surveyStartSpanish_signedEvent_asksInSpanish() {
        APIGatewayV2HTTPResponse response = handle("events/survey-start-spanish.json");

        assertEquals(200, response.getStatusCode());
        assertTrue(response.getBody().contains("action=\"" + SURVEY + "?question=score&amp;language=es-US\""),
                response.getBody());
        assertTrue(response.getBody().contains("<Say voice=\"Polly.Lupe-Neural\" language=\"es-US\">Por favor, "
                + "califique"), response.getBody());
        assertEquals(List.of(), insights.posts());
    }

    @Test
    void surveyScoreSpanish_spokenCinco_postsFiveAndAsksInSpanish() {
        APIGatewayV2HTTPResponse response = handle("events/survey-score-speech-spanish.json");

        assertEquals(List.of(post(Map.of("CallScore", "5"))), insights.posts());
        assertTrue(response.getBody().contains("?question=quality&amp;language=es-US&amp;score=5\""),
                response.getBody());
        assertTrue(response.getBody().contains("¿Notó algún problema?"), response.getBody());
    }

    @Test
    void surveyScore_twilioRefuses_stillAnswersTheNextQuestion() {
        insights.revoke(InsightsStandIn.ACCOUNT_SID);

        APIGatewayV2HTTPResponse response = handle("events/survey-score.json");

        assertEquals(200, response.getStatusCode());
        assertTrue(response.getBody().contains("?question=quality&amp;language=en-US&amp;score=4"), response.getBody());
        assertEquals(List.of(), insights.posts());
    }

    @Test
    void survey_badSignature_is403WithHangup() {
        APIGatewayV2HTTPEvent event = EventLoader.loadApiGatewayHttpEvent("events/survey-score.json");
        event.setRawQueryString("question=score&score=1");

        APIGatewayV2HTTPResponse response = handler.handleRequest(event, null);

        assertEquals(403, response.getStatusCode());
        assertEquals("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response><Hangup/></Response>", response.getBody());
        assertEquals(List.of(), insights.posts());
    }

    @Test
    void annotationsStudioJson_signedWithBodySha256_returnsWhatTwilioStored() throws IOException {
        APIGatewayV2HTTPResponse response = handle("events/annotations-studio-json.json");

        assertEquals(200, response.getStatusCode());
        assertEquals(List.of(post(Map.of("CallScore", "4", "QualityIssues", "echo,latency", "Spam", "false",
                "Comment", "Rated in the Studio IVR"))), insights.posts());
        Map<String, Object> body = JSON.std.mapFrom(response.getBody());
        assertEquals(CALL, body.get("call_sid"));
        assertEquals(4, body.get("call_score"));
        assertEquals(List.of("echo", "latency"), body.get("quality_issues"));
        assertEquals(false, body.get("spam"));
    }

    @Test
    void annotationsStudioJson_bodyChanged_is403() {
        APIGatewayV2HTTPEvent event = EventLoader.loadApiGatewayHttpEvent("events/annotations-studio-json.json");
        event.setBody(event.getBody().replace("\"4\"", "\"5\""));

        APIGatewayV2HTTPResponse response = handler.handleRequest(event, null);

        assertEquals(403, response.getStatusCode());
        assertEquals("application/json", response.getHeaders().get("Content-Type"));
        assertEquals(List.of(), insights.posts());
    }

    @Test
    void annotationsForm_repeatedQualityIssues_postsThemJoinedAndIgnoresTwilioParameters() {
        APIGatewayV2HTTPResponse response = handle("events/annotations-form.json");

        assertEquals(200, response.getStatusCode(), response.getBody());
        assertEquals(List.of(post(Map.of("CallScore", "2", "QualityIssues", "choppy_robotic,latency",
                "Comment", "Agent reported robotic audio",
                "Incident", "https://support.example.com/tickets/4711"))), insights.posts());
    }

    @Test
    void annotationsForm_twilioRefuses_is502WithTwilioCode() throws IOException {
        // A permanent refusal (a 401 is no longer one: the credentials are re-read and the annotation deferred).
        insights.server().stubFor(WireMock.post(anyUrl()).atPriority(1).willReturn(aResponse().withStatus(403)
                .withBody("{\"code\":17007,\"message\":\"Voice Insights Advanced Features not enabled\"}")));

        APIGatewayV2HTTPResponse response = handle("events/annotations-form.json");

        assertEquals(502, response.getStatusCode());
        Map<String, Object> body = JSON.std.mapFrom(response.getBody());
        assertEquals(17007, body.get("twilio_code"));
        assertEquals(403, body.get("twilio_status"));
    }

    @Test
    void annotations_wrongMethod_is405WithAllowAndJson() {
        APIGatewayV2HTTPEvent event = EventLoader.loadApiGatewayHttpEvent("events/annotations-form.json");
        event.getRequestContext().getHttp().setMethod("GET");

        APIGatewayV2HTTPResponse response = handler.handleRequest(event, null);

        assertEquals(405, response.getStatusCode());
        assertEquals("POST", response.getHeaders().get("Allow"));
        assertEquals("{\"error\":\"method not allowed\"}", response.getBody());
    }

    @Test
    void survey_brokenBase64_is400WithHangup() {
        APIGatewayV2HTTPEvent event = EventLoader.loadApiGatewayHttpEvent("events/survey-score.json");
        event.setBody("not base64!");

        APIGatewayV2HTTPResponse response = handler.handleRequest(event, null);

        assertEquals(400, response.getStatusCode());
        assertEquals("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response><Hangup/></Response>", response.getBody());
    }

    @Test
    void annotations_headerNamesInAnyCase_areRead() {
        APIGatewayV2HTTPEvent event = EventLoader.loadApiGatewayHttpEvent("events/annotations-form.json");
        Map<String, String> headers = new HashMap<>();
        event.getHeaders().forEach((name, value) -> headers.put(name.toUpperCase(Locale.ROOT), value));
        event.setHeaders(headers);

        assertEquals(200, handler.handleRequest(event, null).getStatusCode());
    }

    @Test
    void annotationsForm_decodedBody_isTheFormTwilioSent() {
        APIGatewayV2HTTPEvent event = EventLoader.loadApiGatewayHttpEvent("events/annotations-form.json");

        String form = new String(Base64.getDecoder().decode(event.getBody()), UTF_8);

        assertTrue(form.contains("QualityIssues=latency&QualityIssues=choppy_robotic"), form);
    }

    private APIGatewayV2HTTPResponse handle(String event) {
        return handler.handleRequest(EventLoader.loadApiGatewayHttpEvent(event), null);
    }

    private static InsightsStandIn.RecordedPost post(Map<String, String> fields) {
        return new InsightsStandIn.RecordedPost(CALL, fields, InsightsStandIn.ACCOUNT_SID);
    }
}
