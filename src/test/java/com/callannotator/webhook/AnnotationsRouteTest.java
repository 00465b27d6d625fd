package com.callannotator.webhook;

import static com.callannotator.webhook.SignedRequests.CALL;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.callannotator.annotation.Deadline;
import com.callannotator.annotation.Annotation;
import com.callannotator.annotation.CallSid;
import com.callannotator.annotation.DeliveryOutcome;
import com.callannotator.annotation.StoredAnnotation;
import com.callannotator.annotation.TwilioError;
import com.fasterxml.jackson.jr.ob.JSON;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code /annotations}: each delivery outcome and each malformed body, as JSON. */
final class AnnotationsRouteTest {

    private static final String STORED = "{\"call_sid\":\"" + CALL + "\",\"call_score\":4}";
    private static final String BODY = "{\"call_sid\":\"" + CALL + "\",\"call_score\":\"4\"}";

    @Test
    void handle_posted_is200WithWhatTwilioStored() {
        FixedDelivery delivery = new FixedDelivery(new DeliveryOutcome.Posted(new StoredAnnotation(STORED), 1));

        WebhookResponse response = handle(delivery, SignedRequests.json("/annotations", BODY));

        assertEquals(200, response.status());
        assertEquals(STORED, response.body());
        assertEquals(List.of(Annotation.builder(new CallSid(CALL)).callScore(4).build()), delivery.delivered());
    }

    @Test
    void handle_deferred_is202() throws IOException {
        WebhookResponse response = handle(new FixedDelivery(new DeliveryOutcome.Deferred("Twilio timed out", 2)),
                SignedRequests.json("/annotations", BODY));

        assertEquals(202, response.status());
        assertEquals(Map.of("status", "deferred", "call_sid", CALL, "reason", "Twilio timed out"),
                JSON.std.mapFrom(response.body()));
    }

    @Test
    void handle_rejected_is502WithTwilioCode() throws IOException {
        TwilioError error = new TwilioError(403, 17007, "Voice Insights Advanced Features not enabled",
                "https://www.twilio.com/docs/errors/17007");

        WebhookResponse response = handle(new FixedDelivery(new DeliveryOutcome.Rejected(error, 1)),
                SignedRequests.json("/annotations", BODY));

        assertEquals(502, response.status());
        assertEquals(Map.of("error", "Twilio refused the annotation", "twilio_status", 403, "twilio_code", 17007,
                "twilio_message", "Voice Insights Advanced Features not enabled",
                "more_info", "https://www.twilio.com/docs/errors/17007"), JSON.std.mapFrom(response.body()));
    }

    @Test
    void handle_failed_is503() throws IOException {
        WebhookResponse response = handle(new FixedDelivery(new DeliveryOutcome.Failed("Twilio did not answer", null,
                3)), SignedRequests.json("/annotations", BODY));

        assertEquals(503, response.status());
        assertEquals(Map.of("error", "Twilio could not be reached; try again", "reason", "Twilio did not answer"),
                JSON.std.mapFrom(response.body()));
    }

    @Test
    void handle_invalidFields_is400NamingEveryProblemAndPostsNothing() throws IOException {
        FixedDelivery delivery = new FixedDelivery(new DeliveryOutcome.Posted(new StoredAnnotation(STORED), 1));
        String body = "{\"call_sid\":\"" + CALL + "\",\"call_score\":6,\"mood\":\"happy\"}";

        WebhookResponse response = handle(delivery, SignedRequests.json("/annotations", body));

        assertEquals(400, response.status());
        assertEquals(Map.of("error", "invalid annotation", "problems", List.of(
                Map.of("field", "mood", "value", "happy", "rule", "unknown field; accepted: call_sid, answered_by, "
                        + "connectivity_issue, quality_issues, spam, call_score, comment, incident"),
                Map.of("field", "call_score", "value", "6", "rule", "must be an integer from 1 to 5"))),
                JSON.std.mapFrom(response.body()));
        assertEquals(List.of(), delivery.delivered());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"[1] ", "{\"a\":1} trailing", "{\"a\":1,\"a\":2}", "not json", "\"text\""})
    void handle_bodyNotOneJsonObject_is400(String body) {
        WebhookResponse response = handle(new FixedDelivery(null), SignedRequests.json("/annotations", body));

        assertEquals(400, response.status());
        assertEquals("{\"error\":\"body is not one JSON object\"}", response.body());
    }

    private static WebhookResponse handle(FixedDelivery delivery, WebhookRequest request) {
        return new WebhookService(SignedRequests.credentials(), List.of(new AnnotationsRoute(delivery)))
                .handle(request, Deadline.NONE).response();
    }
}
