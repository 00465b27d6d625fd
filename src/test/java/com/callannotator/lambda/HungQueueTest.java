package com.callannotator.lambda;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.amazonaws.services.lambda.runtime.tests.EventLoader;
import com.callannotator.CallAnnotator;
import com.callannotator.delivery.Timing;
import com.callannotator.testutils.FakeContext;
import com.callannotator.testutils.InsightsStandIn;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * SQS that hangs: a socket that accepts and never answers stands in for the SQS endpoint. Every
 * {@code SendMessage} ends by a timeout cut from the invocation's time left, so the webhook still answers and logs,
 * and the retry function still gives every message of the batch its round. Real time, Twilio answering 503.
 */
final class HungQueueTest {

    @RegisterExtension
    final InsightsStandIn insights = InsightsStandIn.forEachTest();
    private final ByteArrayOutputStream logs = new ByteArrayOutputStream();
    private final List<Socket> held = new CopyOnWriteArrayList<>();
    private ServerSocket hung;
    private CallAnnotator app;

    @BeforeEach
    void start() throws IOException {
        hung = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(() -> {
            while (!hung.isClosed()) {
                try {
                    held.add(hung.accept()); // Accepted, never read, never answered.
                } catch (IOException e) {
                    return;
                }
            }
        }, "hung-sqs");
        acceptor.setDaemon(true);
        acceptor.start();
        insights.server().stubFor(post(anyUrl()).atPriority(1).willReturn(aResponse().withStatus(503)
                .withBody("{\"code\":20503,\"message\":\"Service Unavailable\",\"status\":503}")));
        String endpoint = "http://127.0.0.1:" + hung.getLocalPort();
        Map<String, String> environment = insights.localEnvironment();
        environment.putAll(Map.of("AWS_REGION", "us-east-1", "AWS_ACCESS_KEY_ID", "testing",
                "AWS_SECRET_ACCESS_KEY", "testing", "AWS_ENDPOINT_URL_SQS", endpoint,
                "RETRY_QUEUE_URL", endpoint + "/123456789012/call-annotator-retry", "DELIVERY_BUDGET_MS", "1000"));
        app = CallAnnotator.fromEnvironment(environment, Timing.system(), new PrintStream(logs, true, UTF_8));
    }

    @AfterEach
    void stop() throws IOException {
        hung.close();
        for (Socket socket : held) {
            socket.close();
        }
    }

    @Test
    void webhook_sendMessageHangs_answers503AndLogsTheAnnotationBeforeTheInvocationEnds() {
        APIGatewayV2HTTPEvent event = EventLoader.loadApiGatewayHttpEvent("events/status-callback-machine.json");
        int remainingMillis = 6_000;

        long started = System.nanoTime();
        int status = new HttpApiHandler(app.webhook()).handleRequest(event, new FakeContext("req", remainingMillis))
                .getStatusCode();
        long tookMillis = (System.nanoTime() - started) / 1_000_000;

        assertEquals(503, status);
        assertTrue(tookMillis < remainingMillis, "took " + tookMillis + " ms of " + remainingMillis);
        String out = logs.toString(UTF_8);
        assertTrue(out.contains("\"replay\"") && out.contains("could not enqueue"), out);
        assertTrue(out.contains("\"outcome\":\"failed\""), out);
        assertTrue(!held.isEmpty(), "SendMessage never reached the hung endpoint");
    }

    @Test
    void retryFunction_reSendHangs_everyMessageGetsItsRoundBeforeTheInvocationEnds() {
        SQSEvent event = EventLoader.loadSQSEvent("events/sqs-retry-batch.json");
        event.setRecords(List.of(event.getRecords().get(0), event.getRecords().get(1)));
        int remainingMillis = 8_000;

        long started = System.nanoTime();
        SQSBatchResponse response = new RetryQueueHandler(app.retryQueue(), Clock.systemUTC()).handleRequest(event,
                new FakeContext("req", remainingMillis));
        long tookMillis = (System.nanoTime() - started) / 1_000_000;

        assertTrue(tookMillis < remainingMillis, "took " + tookMillis + " ms of " + remainingMillis);
        assertEquals(2, response.getBatchItemFailures().size());
        long secondCallPosts = insights.server().getAllServeEvents().stream()
                .filter(served -> served.getRequest().getUrl().contains("CAfedcba9876543210fedcba9876543210")).count();
        assertTrue(secondCallPosts > 0, "the second message got no round");
        assertEquals(2, logs.toString(UTF_8).lines().filter(line -> line.contains("could not enqueue")).count(),
                logs.toString(UTF_8));
    }
}
