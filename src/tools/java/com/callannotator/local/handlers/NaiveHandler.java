package com.callannotator.local.handlers;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.twilio.http.NetworkHttpClient;
import com.twilio.http.Request;
import com.twilio.http.Response;
import com.twilio.http.TwilioRestClient;
import com.twilio.rest.insights.v1.call.Annotation;
import com.twilio.rest.insights.v1.call.AnnotationUpdater;
import com.twilio.security.RequestValidator;
import java.net.URLDecoder;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;

/**
 * The naive baseline of {@code scripts/benchmark-cold-start}: the status-callback path written the obvious way, with
 * twilio-java and the AWS SDK's defaults. It reads the secret from Secrets Manager on its first request, checks
 * the signature with Twilio's {@link RequestValidator} and posts the annotation with twilio-java's
 * {@link AnnotationUpdater}, to {@code TWILIO_INSIGHTS_BASE_URL} (the stand-in) instead of insights.twilio.com. Its
 * package is {@code src/tools/naive-baseline/pom.xml}'s dependencies; it is never part of Call Annotator's.
 *
 * <p>Naive on purpose, in what it costs: a default {@code SecretsManagerClient} built at class initialisation, no
 * CRaC hooks, everything else built on first use. Not in what it does: a forged request is refused and a failed
 * post is an error, so the benchmark times the same work as Call Annotator's.
 */
public final class NaiveHandler implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {
    private static final SecretsManagerClient SECRETS = SecretsManagerClient.create();
    private static final ObjectMapper JSON = new ObjectMapper();

    private TwilioRestClient twilio;
    private RequestValidator validator;

    @Override
    public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
        if (twilio == null) {
            readCredentials();
        }
        String body = event.getBody() == null ? "" : event.getBody();
        if (event.getIsBase64Encoded()) {
            body = new String(Base64.getDecoder().decode(body), UTF_8);
        }
        Map<String, String> form = decodeForm(body);
        String url = "https://" + event.getRequestContext().getDomainName() + event.getRawPath();
        if (!validator.validate(url, form, event.getHeaders().get("x-twilio-signature"))) {
            return response(403);
        }
        AnnotationUpdater annotation = new AnnotationUpdater(form.get("CallSid"));
        String answeredBy = form.getOrDefault("AnsweredBy", "unknown");
        annotation.setAnsweredBy(answeredBy.equals("human") ? Annotation.AnsweredBy.HUMAN
                : answeredBy.startsWith("machine") || answeredBy.equals("fax") ? Annotation.AnsweredBy.MACHINE
                : Annotation.AnsweredBy.UNKNOWN_ANSWERED_BY);
        switch (form.getOrDefault("CallStatus", "")) {
            case "busy", "no-answer" -> annotation.setConnectivityIssue(Annotation.ConnectivityIssue.NUMBER_REACHABILITY);
            case "failed" -> annotation.setConnectivityIssue(Annotation.ConnectivityIssue.INVALID_NUMBER);
            default -> { }
        }
        annotation.update(twilio); // Throws on anything but a 2xx.
        return response(204);
    }

    private void readCredentials() {
        String secret = SECRETS.getSecretValue(request -> request.secretId(System.getenv("TWILIO_SECRET_ID")))
                .secretString();
        JsonNode credentials;
        try {
            credentials = JSON.readTree(secret);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the secret is not JSON", e);
        }
        String authToken = credentials.get("auth_token").asText();
        twilio = new TwilioRestClient.Builder(credentials.get("account_sid").asText(), authToken)
                .httpClient(new BaseUrlHttpClient(System.getenv("TWILIO_INSIGHTS_BASE_URL")))
                .build();
        validator = new RequestValidator(authToken);
    }

    private static Map<String, String> decodeForm(String body) {
        Map<String, String> form = new LinkedHashMap<>();
        for (String pair : body.split("&", -1)) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = equals < 0 ? pair : pair.substring(0, equals);
            String value = equals < 0 ? "" : pair.substring(equals + 1);
            form.put(URLDecoder.decode(name, UTF_8), URLDecoder.decode(value, UTF_8));
        }
        return form;
    }

    private static APIGatewayV2HTTPResponse response(int status) {
        return APIGatewayV2HTTPResponse.builder().withStatusCode(status).build();
    }

    /** twilio-java's default HTTP client, sending each request to another base URL with the same path and form. */
    private static final class BaseUrlHttpClient extends NetworkHttpClient {
        private final String baseUrl;

        BaseUrlHttpClient(String baseUrl) {
            if (baseUrl == null || baseUrl.isEmpty()) {
                throw new IllegalStateException("TWILIO_INSIGHTS_BASE_URL is not set");
            }
            this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        }

        @Override
        public Response makeRequest(Request request) {
            Request redirected = new Request(request.getMethod(), baseUrl + request.constructURL().getPath());
            request.getPostParams().forEach((name, values) -> values.forEach(value -> redirected.addPostParam(name,
                    value)));
            request.getHeaderParams().forEach((name, values) -> values.forEach(value -> redirected.addHeaderParam(
                    name, value)));
            if (request.getAuthStrategy() != null) {
                redirected.setAuth(request.getAuthStrategy());
            } else {
                redirected.setAuth(request.getUsername(), request.getPassword()); // Basic, as the client set it.
            }
            return super.makeRequest(redirected);
        }
    }
}
