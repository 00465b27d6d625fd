package com.callannotator.lambda;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
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
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;

/** The retry-queue entry point over a real local SQS ({@code moto_server}) and the Insights stand-in. */
final class RetryQueueHandlerTest {

    @RegisterExtension
    static final MotoServer MOTO = new MotoServer();

    @RegisterExtension
    final InsightsStandIn insights = InsightsStandIn.forEachTest();
    private SqsClient sqs;
    private LocalQueues queues;
    private RetryQueueHandler handler;

    @BeforeEach
    void start() {
        sqs = AwsClients.from(AwsSettings.from(MOTO.awsEnvironment())).sqs();
        queues = LocalQueues.create(sqs, "call-annotator-retry", 5);
        Map<String, String> environment = new HashMap<>(MOTO.awsEnvironment());
        environment.putAll(insights.localEnvironment());
        environment.putAll(Map.of(
                "RETRY_QUEUE_URL", queues.queueUrl(),
                // No queue delay, so the re-queued message is visible at once (delays are proven in RedeliveryTest).
                "RETRY_BASE_DELAY_SECONDS", "0"));
        FakeClock clock = FakeClock.start();
        handler = new RetryQueueHandler(QuietCallAnnotator.from(environment, clock.timing(0.5)).retryQueue(), clock);
    }

    @AfterEach
    void stop() {
        sqs.close();
    }

    private void answer(String callSid, int status, int code) {
        insights.server().stubFor(post(urlEqualTo("/v1/Voice/" + callSid + "/Annotation")).atPriority(1)
                .willReturn(aResponse().withStatus(status)
                        .withBody("{\"code\":" + code + ",\"message\":\"injected\",\"status\":" + status + "}")));
    }

    @Test
    void handleRequest_sampleBatch_reportsOnlyTheMessagesToKeep() {
        answer("CAfedcba9876543210fedcba9876543210", 404, 20404);
        answer("CA11111111111111111111111111111111", 503, 20503);
        answer("CA22222222222222222222222222222222", 403, 17007);
        SQSEvent event = EventLoader.loadSQSEvent("events/sqs-retry-batch.json");

        SQSBatchResponse response = handler.handleRequest(event, new FakeContext("req-1", 60_000));

        // The last round's 503 re-queues message 4 with its 5 rounds, for the dead-letter queue; it is not kept.
        assertEquals(List.of("4f1a2b3c-0003-4a5b-8c7d-000000000003"),
                response.getBatchItemFailures().stream().map(SQSBatchResponse.BatchItemFailure::getItemIdentifier)
                        .toList());
        assertEquals(List.of(new InsightsStandIn.RecordedPost("CA0123456789abcdef0123456789abcdef",
                Map.of("AnsweredBy", "machine"), InsightsStandIn.ACCOUNT_SID)), insights.posts());
    }

    @Test
    void handleRequest_youngCallAgain_requeuesItWithTheNextRoundAndAttributes() {
        answer("CAfedcba9876543210fedcba9876543210", 404, 20404);
        SQSEvent event = EventLoader.loadSQSEvent("events/sqs-retry-batch.json");
        event.setRecords(List.of(event.getRecords().get(1)));

        SQSBatchResponse response = handler.handleRequest(event, new FakeContext("req-2", 60_000));

        assertEquals(List.of(), response.getBatchItemFailures());
        List<Message> queued = queues.peek();
        assertEquals(1, queued.size());
        RetryMessage message = RetryMessage.parse(queued.get(0).body());
        assertEquals(3, message.attempts());
        assertEquals("call not known to Insights yet: Twilio answered 404 (code 20404)", message.reason());
        assertEquals("3", queued.get(0).messageAttributes().get("attempts").stringValue());
        assertEquals(message.reason(), queued.get(0).messageAttributes().get("reason").stringValue());
    }

    @Test
    void handleRequest_noTimeLeft_keepsEveryMessageUntried() {
        SQSEvent event = EventLoader.loadSQSEvent("events/sqs-retry-batch.json");

        SQSBatchResponse response = handler.handleRequest(event, new FakeContext("req-3", 1_500));

        assertEquals(5, response.getBatchItemFailures().size());
        assertEquals(List.of(), insights.posts());
    }

    @Test
    void handleRequest_littleTimeLeft_sharesItAcrossTheBatch() {
        answer("CA0123456789abcdef0123456789abcdef", 503, 20503);
        answer("CAfedcba9876543210fedcba9876543210", 503, 20503);
        SQSEvent event = EventLoader.loadSQSEvent("events/sqs-retry-batch.json");
        event.setRecords(List.of(event.getRecords().get(0), event.getRecords().get(1)));

        handler.handleRequest(event, new FakeContext("req-4", 3_000));

        // 1 s after the margin: the first message gets half (2 calls), the second the rest (4), not 5 + 5.
        assertEquals(6, insights.server().getAllServeEvents().size());
    }

    @Test
    void handleRequest_invalidMessages_lineNamesTheMessageIdAndTheCallSid() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Map<String, String> environment = new HashMap<>(MOTO.awsEnvironment());
        environment.putAll(insights.localEnvironment());
        environment.put("RETRY_QUEUE_URL", queues.queueUrl());
        FakeClock clock = FakeClock.start();
        RetryQueueHandler logging = new RetryQueueHandler(CallAnnotator.fromEnvironment(environment,
                clock.timing(0.5), new PrintStream(out, true, UTF_8)).retryQueue(), clock);
        SQSEvent event = EventLoader.loadSQSEvent("events/sqs-retry-batch.json");
        SQSEvent.SQSMessage withCall = event.getRecords().get(0);
        withCall.setBody("{\"annotation\":{\"call_sid\":\"CA0123456789abcdef0123456789abcdef\"},\"attempts\":0}");
        event.setRecords(List.of(event.getRecords().get(2), withCall));

        logging.handleRequest(event, new FakeContext("req-5", 60_000));

        List<String> lines = out.toString(UTF_8).lines().toList();
        assertTrue(lines.get(0).contains("\"call_sid\":null") && lines.get(0).contains(
                "\"detail\":\"message 4f1a2b3c-0003-4a5b-8c7d-000000000003: not a retry message"), lines.get(0));
        assertTrue(lines.get(1).contains("\"call_sid\":\"CA0123456789abcdef0123456789abcdef\"")
                && lines.get(1).contains("\"detail\":\"message 4f1a2b3c-0001-4a5b-8c7d-000000000001: not a retry"
                + " message"), lines.get(1));
    }

    @Test
    void handleRequest_emptyEvent_keepsNothing() {
        assertEquals(List.of(), handler.handleRequest(new SQSEvent(), null).getBatchItemFailures());
    }
}
