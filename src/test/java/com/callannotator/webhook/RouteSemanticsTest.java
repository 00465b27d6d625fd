package com.callannotator.webhook;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.callannotator.annotation.Deadline;
import com.callannotator.annotation.DeliveryOutcome;
import com.callannotator.annotation.StoredAnnotation;
import com.callannotator.mapping.StatusCallbackMapper;
import com.callannotator.survey.SurveySettings;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** HTTP semantics on every route, each refusing in its own style: empty, TwiML or JSON. */
final class RouteSemanticsTest {

    private static final String HANGUP = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response><Hangup/></Response>";

    private final FixedDelivery delivery = new FixedDelivery(
            new DeliveryOutcome.Posted(new StoredAnnotation("{}"), 1));
    private final WebhookService service = new WebhookService(SignedRequests.credentials(), List.of(
            new StatusCallbackRoute(new StatusCallbackMapper(false), delivery),
            new SurveyRoute(SurveySettings.defaults(), delivery),
            new AnnotationsRoute(delivery)));

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', value = {
        "/status-callback | PUT | 405 | ''",
        "/survey | GET | 405 | " + HANGUP,
        "/annotations | DELETE | 405 | {\"error\":\"method not allowed\"}"})
    void handle_wrongMethod_is405WithAllow(String route, String method, int status, String body) {
        WebhookRequest request = SignedRequests.request(method, SignedRequests.HOST + route, MediaTypes.FORM, "x",
                new byte[0]);

        WebhookResponse response = service.handle(request, Deadline.NONE).response();

        assertEquals(status, response.status());
        assertEquals(body, response.body());
        assertEquals(route.equals("/status-callback") ? 2 : 1, response.headers().get("Allow").split(", ").length);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "/status-callback | ''",
        "/survey | " + HANGUP,
        "/annotations | {\"error\":\"body over 65536 bytes\"}"})
    void handle_bodyOver64KiB_is413(String route, String body) {
        byte[] big = ("CallSid=" + "a".repeat(WebhookService.MAX_BODY_BYTES)).getBytes(UTF_8);
        WebhookRequest request = SignedRequests.request("POST", SignedRequests.HOST + route, MediaTypes.FORM, "x",
                big);

        WebhookResponse response = service.handle(request, Deadline.NONE).response();

        assertEquals(413, response.status());
        assertEquals(body, response.body());
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', value = {
        "/status-callback | application/json | ''",
        "/survey | application/json | " + HANGUP,
        "/annotations | text/plain | {\"error\":\"Content-Type text/plain\"}"})
    void handle_unsupportedContentType_is415(String route, String contentType, String body) {
        WebhookRequest request = SignedRequests.request("POST", SignedRequests.HOST + route, contentType, "x",
                "{}".getBytes(UTF_8));

        WebhookResponse response = service.handle(request, Deadline.NONE).response();

        assertEquals(415, response.status());
        assertEquals(body, response.body());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "/status-callback | ''",
        "/survey | " + HANGUP,
        "/annotations | {\"error\":\"missing or invalid X-Twilio-Signature\"}"})
    void handle_badSignature_is403BeforeAnythingIsRead(String route, String body) {
        WebhookRequest request = SignedRequests.request("POST", SignedRequests.HOST + route, MediaTypes.FORM,
                "bm90IGEgc2lnbmF0dXJl", "CallSid=CA1&Digits=4".getBytes(UTF_8));

        Handled handled = service.handle(request, Deadline.NONE);

        assertEquals(403, handled.response().status());
        assertEquals(body, handled.response().body());
        assertEquals("forbidden", handled.report().outcome().logName());
        assertEquals("missing or invalid X-Twilio-Signature; checked against " + SignedRequests.HOST + route,
                handled.report().detail());
        assertEquals(List.of(), delivery.delivered());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"/survey?From=%2B14155551212&question=score", "/status-callback?token=secret"})
    void handle_badSignatureWithQuery_logsTheUrlCheckedWithoutTheQuery(String pathAndQuery) {
        WebhookRequest request = SignedRequests.request("POST", SignedRequests.HOST + pathAndQuery, MediaTypes.FORM,
                "bm90IGEgc2lnbmF0dXJl", "CallSid=CA1&Digits=4".getBytes(UTF_8));

        Handled handled = service.handle(request, Deadline.NONE);

        String path = pathAndQuery.substring(0, pathAndQuery.indexOf('?'));
        assertEquals(403, handled.response().status());
        assertEquals("missing or invalid X-Twilio-Signature; checked against " + SignedRequests.HOST + path
                + "?… (query not shown)", handled.report().detail());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "/status-callback | ''",
        "/survey | " + HANGUP,
        "/annotations | {\"error\":\"malformed form encoding\"}"})
    void handle_malformedFormEncoding_is400(String route, String body) {
        // Form parameters are part of what is signed, so an undecodable form is refused before the signature check.
        WebhookRequest request = SignedRequests.request("POST", SignedRequests.HOST + route, MediaTypes.FORM, "x",
                "CallSid=%zz".getBytes(UTF_8));

        WebhookResponse response = service.handle(request, Deadline.NONE).response();

        assertEquals(400, response.status());
        assertEquals(body, response.body());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"/nowhere", "/", "/survey/extra"})
    void handle_unknownRoute_is404(String path) {
        WebhookRequest request = SignedRequests.form(path, "CallSid=CA1");

        assertEquals(404, service.handle(request, Deadline.NONE).response().status());
    }
}
