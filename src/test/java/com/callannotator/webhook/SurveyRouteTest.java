package com.callannotator.webhook;

import static com.callannotator.webhook.SignedRequests.CALL;
import static com.callannotator.webhook.SignedRequests.HOST;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.callannotator.annotation.Annotation;
import com.callannotator.annotation.CallSid;
import com.callannotator.config.Config;
import com.callannotator.delivery.DeliveryOutcome;
import com.callannotator.survey.SurveySettings;
import com.callannotator.twilio.StoredAnnotation;
import com.callannotator.twilio.TwilioError;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The survey's flow, re-prompts and failure answers, with a fake delivery. */
final class SurveyRouteTest {

    private static final String FORM = "AccountSid=AC1&CallSid=" + CALL + "&CallStatus=in-progress";
    private static final String SAY = "<Say voice=\"Polly.Joanna\" language=\"en-US\">";
    private static final String GOODBYE = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response>" + SAY
            + "Thank you for your feedback. Goodbye.</Say><Hangup/></Response>";
    private static final String HANGUP = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response><Hangup/></Response>";

    private final FixedDelivery posted = new FixedDelivery(new DeliveryOutcome.Posted(new StoredAnnotation("{}"), 1));

    @ParameterizedTest(name = "attempt {0} -> next action {1}")
    @CsvSource({"1, question=score&amp;attempt=2&amp;language=en-US",
        "2, question=score&amp;attempt=3&amp;language=en-US",
        "3, question=quality&amp;language=en-US"})
    void answer_invalidScore_repromptsTwiceThenMovesOn(int attempt, String nextQuery) {
        String query = attempt == 1 ? "" : "&attempt=" + attempt;

        WebhookResponse response = handle(posted, "/survey?question=score" + query, FORM + "&Digits=9").response();

        assertEquals(200, response.status());
        assertTrue(response.body().contains("action=\"" + HOST + "/survey?" + nextQuery + "\""), response.body());
        assertEquals(attempt <= 2, response.body().contains(SAY + "Sorry, I didn&apos;t get that.</Say>"),
                response.body());
        assertEquals(List.of(), posted.delivered());
    }

    @Test
    void answer_invalidLastQuestionThirdTime_saysGoodbye() {
        WebhookResponse response = handle(posted, "/survey?question=spam&attempt=3&score=4", FORM + "&Digits=7")
                .response();

        assertEquals(GOODBYE, response.body());
        assertEquals(List.of(), posted.delivered());
    }

    @Test
    void answer_silence_isAnInvalidAnswer() {
        Handled handled = handle(posted, "/survey?question=spam", FORM);

        assertTrue(handled.response().body().contains("question=spam&amp;attempt=2"), handled.response().body());
        assertEquals("invalid_answer", handled.report().outcome());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"rejected", "failed", "deferred"})
    void answer_deliveryNotPosted_stillAsksTheNextQuestion(String kind) {
        TwilioError error = new TwilioError(403, 17007, "Advanced Features not enabled", "");
        DeliveryOutcome outcome = switch (kind) {
            case "rejected" -> new DeliveryOutcome.Rejected(error, 1);
            case "failed" -> new DeliveryOutcome.Failed("timeout", null, 3);
            default -> new DeliveryOutcome.Deferred("queued", 1);
        };

        Handled handled = handle(new FixedDelivery(outcome), "/survey?question=score", FORM + "&Digits=3");

        assertEquals(200, handled.response().status());
        assertEquals("text/xml; charset=utf-8", handled.response().headers().get("Content-Type"));
        assertTrue(handled.response().body().contains("question=quality&amp;language=en-US&amp;score=3"),
                handled.response().body());
        assertEquals(kind, handled.report().outcome());
    }

    @Test
    void answer_callSidInQuery_annotatesThatCallAndCarriesIt() {
        String other = "CAffffffffffffffffffffffffffffffff";

        WebhookResponse response = handle(posted, "/survey?question=score&call_sid=" + other, FORM + "&Digits=5")
                .response();

        assertEquals(List.of(Annotation.builder(new CallSid(other)).callScore(5).build()), posted.delivered());
        assertTrue(response.body().contains("question=quality&amp;call_sid=" + other
                + "&amp;language=en-US&amp;score=5"),
                response.body());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"/survey?question=score&call_sid=CA123", "/survey?question=mood", "/survey?question=score&attempt=x"})
    void handle_malformedSurveyQuery_saysGoodbyeAndPostsNothing(String pathAndQuery) {
        Handled handled = handle(posted, pathAndQuery, FORM + "&Digits=5");

        assertEquals(200, handled.response().status());
        assertEquals(GOODBYE, handled.response().body());
        assertEquals("invalid", handled.report().outcome());
        assertEquals(List.of(), posted.delivered());
    }

    @ParameterizedTest(name = "DialCallStatus={0} -> asks {1}")
    @CsvSource({"completed, true", "busy, false", "no-answer, false", "failed, false"})
    void start_afterDial_surveysOnlyConnectedCalls(String dialStatus, boolean asks) {
        WebhookResponse response = handle(posted, "/survey", FORM + "&DialCallStatus=" + dialStatus).response();

        assertEquals(200, response.status());
        assertEquals(asks, response.body().contains("<Gather"), response.body());
        assertEquals(asks, !response.body().equals(HANGUP), response.body());
    }

    @Test
    void start_customSettings_areSpokenEscaped() {
        Map<String, String> environment = new HashMap<>(Map.of("TWILIO_ACCOUNT_SID", "AC1", "TWILIO_AUTH_TOKEN", "t",
                "SURVEY_QUESTIONS", "spam, score", "SURVEY_VOICE", "default", "SURVEY_LANGUAGE", "en-GB",
                "SURVEY_PROMPT_SPAM", "Spam? Press 1 for \"yes\" & 2 for <no>."));
        SurveySettings settings = Config.from(environment).survey();
        WebhookService service = new WebhookService(SignedRequests.credentials(),
                List.of(new SurveyRoute(settings, posted)));

        WebhookResponse response = service.handle(SignedRequests.form("/survey", FORM)).response();

        assertEquals("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response><Gather input=\"dtmf speech\" action=\""
                + HOST + "/survey?question=spam&amp;language=en-GB\" method=\"POST\" numDigits=\"1\" finishOnKey=\"#\" "
                + "timeout=\"5\" "
                + "actionOnEmptyResult=\"true\" language=\"en-GB\" hints=\"yes, no\"><Say language=\"en-GB\">"
                + "Spam? Press 1 for &quot;yes&quot; &amp; 2 for &lt;no&gt;.</Say></Gather><Redirect method=\"POST\">"
                + HOST + "/survey?question=spam&amp;language=en-GB</Redirect></Response>", response.body());
    }

    @Test
    void refusal_internalError_answersGoodbyeWith200() {
        WebhookResponse response = new SurveyRoute(SurveySettings.defaults(), posted).refusal(500, "boom");

        assertEquals(200, response.status());
        assertEquals(GOODBYE, response.body());
    }

    @Test
    void actionBase_queryAndFragment_areCut() {
        assertEquals(HOST + "/Prod/survey", SurveyRoute.actionBase(HOST + "/Prod/survey?question=score#rc=2"));
        assertEquals(HOST + "/survey", SurveyRoute.actionBase(HOST + "/survey"));
    }

    private static Handled handle(FixedDelivery delivery, String pathAndQuery, String form) {
        WebhookService service = new WebhookService(SignedRequests.credentials(),
                List.of(new SurveyRoute(SurveySettings.defaults(), delivery)));
        return service.handle(SignedRequests.form(pathAndQuery, form));
    }
}
