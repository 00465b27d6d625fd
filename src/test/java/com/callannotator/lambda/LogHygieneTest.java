package com.callannotator.lambda;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.tests.EventLoader;
import com.callannotator.AwsClients;
import com.callannotator.CallAnnotator;
import com.callannotator.WebhookFunction;
import com.callannotator.config.AwsSettings;
import com.callannotator.testutils.FakeClock;
import com.callannotator.testutils.FakeContext;
import com.callannotator.testutils.InsightsStandIn;
import com.callannotator.testutils.LocalQueues;
import com.callannotator.testutils.MotoServer;
import com.fasterxml.jackson.jr.ob.JSON;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.net.URLDecoder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * Runs every sample event in {@code events/} through its entry point, with Twilio healthy, failing and refusing,
 * and checks that no log line holds a phone number, the auth token, the API key secret or a signature.
 */
final class LogHygieneTest {

    @RegisterExtension
    static final MotoServer MOTO = new MotoServer();

    private static final String SECRET = "call-annotator/twilio";
    private static final String KEY = "SK0123456789abcdef0123456789abcdef";
    private static final String KEY_SECRET = "hygiene-key-secret-0f9e8d7c";
    private static final Pattern E164 = Pattern.compile("\\+[1-9]\\d{6,14}");
    private static final Pattern DIGITS = Pattern.compile("^\\+?\\d{7,15}$");

    @RegisterExtension
    final InsightsStandIn insights = InsightsStandIn.forEachTest();
    private SqsClient sqs;
    private SecretsManagerClient secrets;
    private final ByteArrayOutputStream captured = new ByteArrayOutputStream();
    private PrintStream previousOut;

    @BeforeEach
    void start() {
        insights.accept(KEY, KEY_SECRET);
        AwsClients aws = AwsClients.from(AwsSettings.from(MOTO.awsEnvironment()));
        sqs = aws.sqs();
        secrets = MOTO.secretsManager();
        secrets.createSecret(b -> b.name(SECRET).secretString("{\"account_sid\":\"" + InsightsStandIn.ACCOUNT_SID
                + "\",\"auth_token\":\"" + InsightsStandIn.AUTH_TOKEN + "\",\"api_key_sid\":\"" + KEY
                + "\",\"api_key_secret\":\"" + KEY_SECRET + "\"}"));
        previousOut = System.out;
        System.setOut(new PrintStream(captured, true, UTF_8));
    }

    @AfterEach
    void stop() {
        System.setOut(previousOut);
        sqs.close();
        secrets.close();
    }

    private CallAnnotator app(boolean withQueue) {
        Map<String, String> environment = new HashMap<>(MOTO.awsEnvironment());
        environment.put("TWILIO_SECRET_ID", SECRET);
        environment.put("TWILIO_INSIGHTS_BASE_URL", insights.baseUrl());
        environment.put("DELIVERY_BUDGET_MS", "1000");
        if (withQueue) {
            environment.put("RETRY_QUEUE_URL", LocalQueues.create(sqs, "hygiene-" + System.nanoTime(), 5).queueUrl());
        }
        return CallAnnotator.fromEnvironment(environment, FakeClock.start().timing(0.5));
    }

    @Test
    void everySampleEvent_healthyFailingAndRefusing_logsNoSecretOrPhoneNumber() throws Exception {
        List<Path> events = sampleEvents();
        Set<String> forbidden = new LinkedHashSet<>(List.of("\"" + InsightsStandIn.AUTH_TOKEN + "\"", KEY_SECRET));
        for (Path event : events) {
            forbidden.addAll(sensitiveValues(event));
        }

        runAll(events, app(true));
        insights.server().stubFor(post(anyUrl()).atPriority(1).willReturn(aResponse().withStatus(500)
                .withBody("{\"code\":20500,\"message\":\"Internal error for +14155551212\",\"status\":500}")));
        runAll(events, app(false));
        insights.server().stubFor(post(anyUrl()).atPriority(1).willReturn(aResponse().withStatus(403)
                .withBody("{\"code\":17007,\"message\":\"Advanced Features not enabled\",\"status\":403}")));
        runAll(events, app(true));

        String logs = captured.toString(UTF_8);
        assertTrue(logs.lines().count() >= events.size() * 3L, logs);
        assertTrue(logs.contains("\"replay\""), "a failure should log the annotation whole: " + logs);
        Matcher phone = E164.matcher(logs);
        assertFalse(phone.find(), () -> "phone number " + phone.group() + " in:\n" + logs);
        for (String value : forbidden) {
            assertFalse(logs.contains(value), () -> "\"" + value + "\" in:\n" + logs);
        }
    }

    private void runAll(List<Path> events, CallAnnotator app) throws Exception {
        for (Path event : events) {
            Map<String, Object> json = JSON.std.mapFrom(Files.readString(event));
            String file = event.toString();
            if (json.containsKey("Records")) {
                new RetryQueueHandler(app.retryQueue(), FakeClock.start()).handleRequest(EventLoader.loadSQSEvent(file),
                        new FakeContext("req-sqs", 60_000));
            } else if ("2.0".equals(json.get("version"))) {
                APIGatewayV2HTTPEvent http = EventLoader.loadApiGatewayHttpEvent(file);
                new HttpApiHandler(app.webhook()).handleRequest(http, new FakeContext("req-http", 15_000));
                http.setHeaders(withForgedSignature(http.getHeaders()));
                new HttpApiHandler(app.webhook()).handleRequest(http, new FakeContext("req-forged", 15_000));
            } else if (json.containsKey("httpMethod")) {
                invokeRestHandler(app, file);
            }
        }
    }

    /** REST API (payload 1.0) events go through {@code RestApiHandler} once it exists. */
    private static void invokeRestHandler(CallAnnotator app, String file) throws Exception {
        Class<?> type;
        try {
            type = Class.forName("com.callannotator.lambda.RestApiHandler");
        } catch (ClassNotFoundException e) {
            return;
        }
        Constructor<?> constructor = type.getDeclaredConstructor(WebhookFunction.class);
        constructor.setAccessible(true);
        Object handler = constructor.newInstance(app.webhook());
        Object event = EventLoader.loadApiGatewayRestEvent(file);
        Method handle = type.getMethod("handleRequest", event.getClass(),
                com.amazonaws.services.lambda.runtime.Context.class);
        handle.invoke(handler, event, new FakeContext("req-rest", 15_000));
    }

    private static Map<String, String> withForgedSignature(Map<String, String> headers) {
        Map<String, String> forged = new HashMap<>(headers);
        forged.replaceAll((name, value) -> name.equalsIgnoreCase("x-twilio-signature")
                ? "Zm9yZ2VkLXNpZ25hdHVyZQ==" : value);
        return forged;
    }

    private static List<Path> sampleEvents() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("events"))) {
            return files.filter(path -> path.toString().endsWith(".json")).sorted().toList();
        }
    }

    /** The signatures and every phone-number-like value (form fields, JSON strings) in an event. */
    @SuppressWarnings("unchecked")
    private static Set<String> sensitiveValues(Path event) throws IOException {
        Set<String> values = new LinkedHashSet<>();
        Map<String, Object> json = JSON.std.mapFrom(Files.readString(event));
        Object headers = json.get("headers");
        if (headers instanceof Map<?, ?> map) {
            map.forEach((name, value) -> {
                if (String.valueOf(name).equalsIgnoreCase("x-twilio-signature")) {
                    values.add(String.valueOf(value));
                }
            });
        }
        List<String> texts = new ArrayList<>();
        Object body = json.get("body");
        if (body instanceof String text) {
            texts.add(Boolean.TRUE.equals(json.get("isBase64Encoded"))
                    ? new String(Base64.getDecoder().decode(text), UTF_8) : text);
        }
        for (String text : texts) {
            for (String pair : text.split("&", -1)) {
                String value = URLDecoder.decode(pair.substring(pair.indexOf('=') + 1), UTF_8);
                if (DIGITS.matcher(value).matches()) {
                    values.add(value);
                }
            }
        }
        Matcher phones = E164.matcher(Files.readString(event));
        while (phones.find()) {
            values.add(phones.group());
        }
        return values;
    }
}
