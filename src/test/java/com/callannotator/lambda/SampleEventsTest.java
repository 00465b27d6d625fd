package com.callannotator.lambda;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.tests.EventLoader;
import com.callannotator.security.PublicUrl;
import com.callannotator.security.SignatureVerifier;
import com.callannotator.webhook.WebhookRequest;
import com.twilio.security.RequestValidator;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every signed HTTP API sample event, signed by {@code scripts/sign-event}, is valid for Twilio's own Java library
 * at the URL we rebuild: the Python and Java URL rules agree. Events with a repeated parameter cannot be given to
 * twilio-java (it takes one value per name); those are checked with our verifier and {@code RepeatedParametersTest}.
 */
final class SampleEventsTest {

    private static final String TOKEN = "12345";
    private static final String HOST = "https://abc123def4.execute-api.us-east-1.amazonaws.com";

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "events/status-callback-human.json, /status-callback",
        "events/status-callback-machine.json, /status-callback",
        "events/status-callback-busy.json, /status-callback",
        "events/status-callback-invalid-number.json, /status-callback",
        "events/survey-start.json, /survey",
        "events/survey-score.json, /survey?question=score",
        "events/survey-score-speech.json, /survey?question=score",
        "events/survey-quality.json, /survey?question=quality&score=4",
        "events/survey-spam.json, /survey?question=spam&score=4&quality=13",
        "events/survey-start-spanish.json, /survey?language=es-US",
        "events/survey-score-speech-spanish.json, /survey?question=score&language=es-US"})
    void formEvent_signature_isValidForTwilioLibraryAtTheRebuiltUrl(String file, String pathAndQuery) {
        WebhookRequest request = request(file);

        assertEquals(HOST + pathAndQuery, request.publicUrl());
        assertTrue(new RequestValidator(TOKEN).validate(request.publicUrl(),
                RestApiEventsTest.single(new String(request.body(), UTF_8)), signature(request)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource("events/annotations-studio-json.json")
    void jsonEvent_bodySha256Signature_isValidForTwilioLibrary(String file) throws URISyntaxException {
        WebhookRequest request = request(file);
        String body = new String(request.body(), UTF_8);

        assertTrue(request.rawQuery().startsWith("bodySHA256="), request.rawQuery());
        assertTrue(new RequestValidator(TOKEN).validate(request.publicUrl(), body, signature(request)));
        assertTrue(new SignatureVerifier(TOKEN).verifyJson(request.publicUrl(), request.body(), signature(request)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource("events/annotations-form.json")
    void repeatedParameterEvent_signature_isValidForOurVerifier(String file) {
        WebhookRequest request = request(file);

        assertTrue(new SignatureVerifier(TOKEN).verifyForm(request.publicUrl(),
                RestApiEventsTest.form(new String(request.body(), UTF_8)), signature(request)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource("events/survey-score.json")
    void httpApiEvent_publicBaseUrl_replacesSchemeHostAndBasePath(String file) {
        APIGatewayV2HTTPEvent event = EventLoader.loadApiGatewayHttpEvent(file);
        PublicUrl custom = new PublicUrl(Optional.of(URI.create("https://hooks.example.com/twilio")));

        WebhookRequest request = HttpApiEvents.toRequest(event, custom, true);

        assertEquals("https://hooks.example.com/twilio/survey?question=score", request.publicUrl());
    }

    private static WebhookRequest request(String file) {
        APIGatewayV2HTTPEvent event = EventLoader.loadApiGatewayHttpEvent(file);
        return HttpApiEvents.toRequest(event, new PublicUrl(Optional.empty()), true);
    }

    private static String signature(WebhookRequest request) {
        return request.headers().get("X-Twilio-Signature").orElseThrow();
    }
}
