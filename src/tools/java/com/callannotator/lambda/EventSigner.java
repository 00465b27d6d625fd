package com.callannotator.lambda;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.serialization.events.LambdaEventSerializers;
import com.callannotator.security.PublicUrl;
import com.callannotator.security.SignatureCalculator;
import com.callannotator.security.SignatureVerifier;
import com.callannotator.webhook.FormParameters;
import com.callannotator.webhook.WebhookRequest;
import com.fasterxml.jackson.jr.ob.JSON;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Signs an API Gateway sample event as Twilio signs the request it stands for, with the function's own rules: the
 * handlers' event converters ({@link HttpApiEvents}, {@link RestApiEvents}) rebuild the public URL, and
 * {@link SignatureCalculator} signs it. It lives in this package because those converters are package-private; so
 * signing and verifying cannot drift apart.
 *
 * <p>For a JSON body it first sets {@code bodySHA256} in the query (Twilio's rule for JSON webhooks); for a POST form
 * body the form parameters are signed; the signature goes into the existing {@code X-Twilio-Signature} header,
 * whatever its case, else a new one ({@code x-twilio-signature} on HTTP APIs, which lower-case header names).
 */
final class EventSigner {

    private final SignatureCalculator calculator;
    private final PublicUrl publicUrl;

    /** @param publicBaseUrl as the function's {@code PUBLIC_BASE_URL}; empty to rebuild the URL from the event */
    EventSigner(String authToken, Optional<URI> publicBaseUrl) {
        this.calculator = new SignatureCalculator(authToken);
        this.publicUrl = new PublicUrl(publicBaseUrl);
    }

    /** True for an HTTP API (payload 2.0) or REST API (payload 1.0) event: only those carry a signature. */
    static boolean isApiGatewayEvent(Object event) {
        return event instanceof Map<?, ?> map && map.get("requestContext") instanceof Map
                && (isHttpApi(map) || map.containsKey("httpMethod"));
    }

    /** Signs {@code event} in place: its JSON fields, as read with jackson-jr (maps keep their order). */
    void sign(Map<String, Object> event) {
        if (!(event.get("headers") instanceof Map)) {
            event.put("headers", new LinkedHashMap<String, Object>());
        }
        WebhookRequest request = toRequest(event);
        List<Map.Entry<String, String>> parameters = List.of();
        if ("application/json".equals(request.headers().mediaType()) && request.body().length > 0) {
            setQuery(event, withBodyHash(request));
            request = toRequest(event);
        } else if ("POST".equals(request.method())) {
            parameters = FormParameters.parse(new String(request.body(), UTF_8)).entries();
        }
        putSignature(event, calculator.sign(request.publicUrl(), parameters));
    }

    private WebhookRequest toRequest(Map<String, Object> event) {
        String json = json(event);
        ClassLoader loader = EventSigner.class.getClassLoader();
        if (isHttpApi(event)) {
            return HttpApiEvents.toRequest(LambdaEventSerializers.serializerFor(APIGatewayV2HTTPEvent.class, loader)
                    .fromJson(json), publicUrl, true);
        }
        return RestApiEvents.toRequest(LambdaEventSerializers.serializerFor(APIGatewayProxyRequestEvent.class, loader)
                .fromJson(json), publicUrl, true);
    }

    /** The query as the function reads it, without any old {@code bodySHA256}, then the body's hash. */
    private static Map<String, List<String>> withBodyHash(WebhookRequest request) {
        Map<String, List<String>> query = grouped(FormParameters.parse(request.rawQuery()).entries());
        query.remove(SignatureVerifier.BODY_SHA256);
        query.put(SignatureVerifier.BODY_SHA256, List.of(SignatureVerifier.sha256Hex(request.body())));
        return query;
    }

    /** Writes the query back where API Gateway delivers it: the raw string (2.0) or the parameter maps (1.0). */
    private static void setQuery(Map<String, Object> event, Map<String, List<String>> query) {
        Map<String, String> single = new LinkedHashMap<>();
        query.forEach((name, values) -> single.put(name, values.get(values.size() - 1)));
        if (isHttpApi(event)) {
            event.put("rawQueryString", PublicUrl.queryOf(query));
        } else {
            event.put("multiValueQueryStringParameters", query.isEmpty() ? null : query);
        }
        event.put("queryStringParameters", single.isEmpty() ? null : single);
    }

    @SuppressWarnings("unchecked") // A JSON object read by jackson-jr.
    private static void putSignature(Map<String, Object> event, String signature) {
        Map<String, Object> headers = (Map<String, Object>) event.get("headers");
        String name = headers.keySet().stream().filter(key -> key.equalsIgnoreCase("X-Twilio-Signature")).findFirst()
                .orElse(isHttpApi(event) ? "x-twilio-signature" : "X-Twilio-Signature");
        headers.put(name, signature);
    }

    private static Map<String, List<String>> grouped(List<Map.Entry<String, String>> entries) {
        Map<String, List<String>> grouped = new LinkedHashMap<>();
        entries.forEach(entry -> grouped.computeIfAbsent(entry.getKey(), name -> new ArrayList<>())
                .add(entry.getValue()));
        return grouped;
    }

    private static boolean isHttpApi(Map<?, ?> event) {
        return "2.0".equals(event.get("version")) || event.containsKey("rawPath");
    }

    private static String json(Map<String, Object> event) {
        try {
            return JSON.std.asString(event);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
