package com.callannotator.lambda;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.tests.EventLoader;
import com.callannotator.security.PublicUrl;
import com.callannotator.security.SignatureCalculator;
import com.callannotator.security.SignatureVerifier;
import com.callannotator.webhook.FormParameters;
import com.callannotator.webhook.WebhookRequest;
import com.twilio.security.RequestValidator;
import java.net.URI;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** How a REST API (payload 1.0) event becomes the URL Twilio signed, checked against Twilio's own library. */
final class RestApiEventsTest {

    private static final PublicUrl REBUILT = new PublicUrl(Optional.empty());
    private static final String EVENT = "events/rest-api-status-callback.json";

    @Test
    void toRequest_stagePathAndMultiValueQuery_rebuildsTheSignedUrl() {
        APIGatewayProxyRequestEvent event = EventLoader.loadApiGatewayRestEvent(EVENT);

        WebhookRequest request = RestApiEvents.toRequest(event, REBUILT, true);

        String url = "https://abc123def4.execute-api.us-east-1.amazonaws.com/Prod/status-callback"
                + "?leg=parent&campaign=spring+sale";
        assertEquals(url, request.publicUrl());
        assertEquals("/status-callback", request.route());
        assertTrue(new RequestValidator("12345").validate(url, single(event.getBody()),
                event.getHeaders().get("X-Twilio-Signature")));
    }

    @Test
    void toRequest_publicBaseUrl_replacesSchemeHostAndBasePath() {
        APIGatewayProxyRequestEvent event = EventLoader.loadApiGatewayRestEvent(EVENT);
        PublicUrl custom = new PublicUrl(Optional.of(URI.create("https://hooks.example.com/twilio")));

        WebhookRequest request = RestApiEvents.toRequest(event, custom, true);

        assertEquals("https://hooks.example.com/twilio/status-callback?leg=parent&campaign=spring+sale",
                request.publicUrl());
    }

    @Test
    void toRequest_nonDefaultForwardedPort_isKept() {
        APIGatewayProxyRequestEvent event = EventLoader.loadApiGatewayRestEvent(EVENT);
        event.setHeaders(Map.of("host", "hooks.example.com", "x-forwarded-port", "8443"));
        event.setMultiValueHeaders(null);
        event.setMultiValueQueryStringParameters(null);
        event.setQueryStringParameters(null);

        WebhookRequest request = RestApiEvents.toRequest(event, REBUILT, true);

        assertEquals("https://hooks.example.com:8443/Prod/status-callback", request.publicUrl());
    }

    @Test
    void toRequest_onlyMultiValueHeaders_readsThemInAnyCase() {
        APIGatewayProxyRequestEvent event = EventLoader.loadApiGatewayRestEvent(EVENT);
        event.setHeaders(null);
        event.setMultiValueHeaders(Map.of("HOST", List.of("hooks.example.com"),
                "x-twilio-signature", List.of("abc=")));

        WebhookRequest request = RestApiEvents.toRequest(event, REBUILT, true);

        assertTrue(request.publicUrl().startsWith("https://hooks.example.com/Prod/"), request.publicUrl());
        assertEquals(Optional.of("abc="), request.headers().get("X-Twilio-Signature"));
    }

    @Test
    void toRequest_base64Body_isDecoded() {
        APIGatewayProxyRequestEvent event = EventLoader.loadApiGatewayRestEvent(EVENT);
        String form = event.getBody();
        event.setBody(Base64.getEncoder().encodeToString(form.getBytes(UTF_8)));
        event.setIsBase64Encoded(true);

        assertArrayEquals(form.getBytes(UTF_8), RestApiEvents.toRequest(event, REBUILT, true).body());
    }

    @Test
    void toRequest_encodedQueryValues_areSignedInTheSpellingTwilioUsed() {
        APIGatewayProxyRequestEvent event = EventLoader.loadApiGatewayRestEvent(EVENT);
        // API Gateway decodes "name=William%20O%27Hara&tag=a%2Bb" into these values; the spelling is lost.
        Map<String, List<String>> query = new LinkedHashMap<>();
        query.put("name", List.of("William O'Hara"));
        query.put("tag", List.of("a+b"));
        event.setMultiValueQueryStringParameters(query);
        String configured = "https://abc123def4.execute-api.us-east-1.amazonaws.com/Prod/status-callback"
                + "?name=William%20O'Hara&tag=a%2Bb";
        String signature = new SignatureCalculator("12345").sign(configured, List.of());

        WebhookRequest request = RestApiEvents.toRequest(event, REBUILT, true);

        assertEquals("https://abc123def4.execute-api.us-east-1.amazonaws.com/Prod/status-callback"
                + "?name=William+O%27Hara&tag=a%2Bb", request.publicUrl());
        assertTrue(new RequestValidator("12345").validate(configured, Map.of(), signature));
        assertTrue(new SignatureVerifier("12345").verifyForm(request.publicUrl(), List.of(), signature));
    }

    /** The form body as Twilio's library takes it (one value per name). */
    static Map<String, String> single(String body) {
        Map<String, String> fields = new LinkedHashMap<>();
        form(body).forEach(entry -> fields.put(entry.getKey(), entry.getValue()));
        return fields;
    }

    static List<Map.Entry<String, String>> form(String body) {
        return FormParameters.parse(body).entries();
    }
}
