package com.callannotator.lambda;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.tests.EventLoader;
import com.callannotator.AwsClients;
import com.callannotator.CallAnnotator;
import com.callannotator.config.AwsSettings;
import com.callannotator.delivery.RetryMessage;
import com.callannotator.testutils.FakeClock;
import com.callannotator.testutils.FakeContext;
import com.callannotator.testutils.InsightsStandIn;
import com.callannotator.testutils.LocalQueues;
import com.callannotator.testutils.MotoServer;
import com.callannotator.testutils.QuietCallAnnotator;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;

/**
 * An accepted annotation from the webhook to its end: posted, or in the queue and then the dead-letter queue with
 * its reason; never lost, never posted with different values. Real local Secrets Manager and SQS
 * ({@code moto_server}), the Insights stand-in with injected faults, fake time.
 */
final class AnnotationLifecycleTest {

    @RegisterExtension
    static final MotoServer MOTO = new MotoServer();

    private static final String CALL = "CA0123456789abcdef0123456789abcdef";
    private static final String SECRET = "call-annotator/twilio";
    private static final String KEY = "SK0123456789abcdef0123456789abcdef";

    @RegisterExtension
    final InsightsStandIn insights = InsightsStandIn.forEachTest();
    private SqsClient sqs;
    private SecretsManagerClient secrets;
    private LocalQueues queues;
    private FakeClock clock;
    private HttpApiHandler webhook;
    private RetryQueueHandler retries;

    @BeforeEach
    void start() {
        AwsClients aws = AwsClients.from(AwsSettings.from(MOTO.awsEnvironment()));
        sqs = aws.sqs();
        secrets = MOTO.secretsManager();
        queues = LocalQueues.create(sqs, "call-annotator-retry", 5);
        secrets.createSecret(b -> b.name(SECRET).secretString(secret("key-1")));
        insights.accept(KEY, "key-1");
        Map<String, String> environment = new HashMap<>(MOTO.awsEnvironment());
        environment.putAll(Map.of(
                "TWILIO_SECRET_ID", SECRET,
                "TWILIO_INSIGHTS_BASE_URL", insights.baseUrl(),
                "RETRY_QUEUE_URL", queues.queueUrl(),
                "RETRY_BASE_DELAY_SECONDS", "0",
                "DELIVERY_BUDGET_MS", "2000"));
        clock = FakeClock.start();
        CallAnnotator app = QuietCallAnnotator.from(environment, clock.timing(0.5));
        webhook = new HttpApiHandler(app.webhook());
        retries = new RetryQueueHandler(app.retryQueue(), clock);
    }

    @AfterEach
    void stop() {
        sqs.close();
        secrets.close();
    }

    private static String secret(String keySecret) {
        return "{\"account_sid\":\"" + InsightsStandIn.ACCOUNT_SID + "\",\"auth_token\":\"" + InsightsStandIn.AUTH_TOKEN
                + "\",\"api_key_sid\":\"" + KEY + "\",\"api_key_secret\":\"" + keySecret + "\"}";
    }

    private int callback() {
        APIGatewayV2HTTPEvent event = EventLoader.loadApiGatewayHttpEvent("events/status-callback-machine.json");
        return webhook.handleRequest(event, new FakeContext("req-webhook", 15_000)).getStatusCode();
    }

    private void pump() {
        queues.pump(event -> retries.handleRequest(event, new FakeContext("req-retry", 60_000)), 30);
    }

    private void failFirst(int times, int status, int code) {
        String state = STARTED;
        for (int i = 1; i <= times; i++) {
            String next = i == times ? "healed" : "fault-" + i;
            insights.server().stubFor(post(anyUrl()).atPriority(1).inScenario("young").whenScenarioStateIs(state)
                    .willReturn(aResponse().withStatus(status)
                            .withBody("{\"code\":" + code + ",\"message\":\"injected\",\"status\":" + status + "}"))
                    .willSetStateTo(next));
            state = next;
        }
    }

    @Test
    void youngCall404ThenKnown_deferredThenPostedOnceFromTheQueue() {
        failFirst(3, 404, 20404);

        int status = callback();
        pump();

        assertEquals(204, status);
        assertEquals(List.of(new InsightsStandIn.RecordedPost(CALL, Map.of("AnsweredBy", "machine"), KEY)),
                insights.posts());
        assertEquals(List.of(), queues.peek());
        assertEquals(List.of(), queues.deadLetters());
    }

    @Test
    void twilioDownForGood_endsInTheDeadLetterQueueWithItsReason() {
        insights.server().stubFor(post(anyUrl()).atPriority(1).willReturn(aResponse().withStatus(503)
                .withBody("{\"code\":20503,\"message\":\"Service Unavailable\",\"status\":503}")));

        int status = callback();
        int callsPerRound = insights.server().getAllServeEvents().size();
        pump();

        assertEquals(204, status);
        assertEquals(List.of(), queues.peek());
        List<Message> dead = queues.deadLetters();
        assertEquals(1, dead.size());
        RetryMessage message = RetryMessage.parse(dead.get(0).body());
        assertEquals(CALL, message.annotation().callSid().value());
        // RETRY_MAX_ATTEMPTS (5) rounds in all, the webhook's included; none more while SQS counts its receives.
        assertEquals(5, message.attempts());
        assertEquals("5", dead.get(0).messageAttributes().get("attempts").stringValue());
        assertEquals(5 * callsPerRound, insights.server().getAllServeEvents().size());
        assertEquals("Twilio answered 503 (code 20503)", message.reason());
        assertEquals(message.reason(), dead.get(0).messageAttributes().get("reason").stringValue());
        assertEquals(List.of(), insights.posts());
    }

    @Test
    void keyRevokedUntilTheSecretIsRotated_deferredThenPostedWithTheNewKey() {
        insights.revoke(KEY);
        insights.accept(KEY, "key-2");

        int status = callback();
        secrets.putSecretValue(b -> b.secretId(SECRET).secretString(secret("key-2")));
        clock.advance(Duration.ofSeconds(31));
        pump();

        assertEquals(204, status);
        assertEquals(List.of(new InsightsStandIn.RecordedPost(CALL, Map.of("AnsweredBy", "machine"), KEY)),
                insights.posts());
        assertEquals(List.of(), queues.deadLetters());
    }

    @Test
    void advancedFeaturesOff_answers502AndNothingIsQueued() {
        insights.server().stubFor(post(anyUrl()).atPriority(1).willReturn(aResponse().withStatus(403)
                .withBody("{\"code\":17007,\"message\":\"Voice Insights Advanced Features not enabled\"}")));

        int status = callback();

        assertEquals(502, status);
        assertEquals(List.of(), queues.peek());
    }

    @Test
    void duplicateCallback_sameIdempotencyToken_postsTheSameValuesAndStoresTheSame() {
        callback();
        Map<String, Object> afterFirst = insights.storedAnnotation(CALL);

        int status = callback();

        assertEquals(204, status);
        assertEquals(afterFirst, insights.storedAnnotation(CALL));
        assertEquals(2, insights.posts().size());
        assertEquals(insights.posts().get(0), insights.posts().get(1));
        assertTrue(afterFirst.containsKey("answered_by"));
    }
}
