package com.callannotator.lambda;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.callannotator.testutils.InsightsStandIn;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

final class PrimingTest {

    @Test
    void warmUp_touchesNoNetworkAndPrintsNothing() {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        PrintStream previous = System.out;
        System.setOut(new PrintStream(printed, true, UTF_8));
        try (InsightsStandIn insights = InsightsStandIn.start()) {

            Priming.warmUp();

            assertEquals(0, insights.server().getAllServeEvents().size());
        } finally {
            System.setOut(previous);
        }
        assertEquals("", printed.toString(UTF_8));
    }

    @Test
    void beforeCheckpoint_waitsForTheWarmUp_andBuildsWhatIsDeferred() throws Exception {
        AtomicInteger built = new AtomicInteger();
        Priming priming = Priming.start(built::incrementAndGet, Map.of("AWS_REGION", "us-east-1"));

        priming.beforeCheckpoint(null);

        assertTrue(Thread.getAllStackTraces().keySet().stream()
                .noneMatch(thread -> thread.getName().equals("call-annotator-priming")));
        assertEquals(1, built.get());
    }

    @Test
    void requestPriming_runsWholeRequests_postedDeferredAndRedelivered() throws Exception {
        try (PrimingServer server = PrimingServer.start()) {

            RequestPriming.Primed primed = RequestPriming.run(Map.of("AWS_REGION", "us-east-1"), server);

            // 204 twice: posted, and deferred (the SQS answer passed the SDK's MD5 checks); the redelivery acked.
            assertEquals(new RequestPriming.Primed(204, 204, 0), primed);
        }
    }

    @Test
    void requestPriming_neverUsesTheFunctionsSecretQueueCredentialsOrInsights() throws Exception {
        Map<String, String> function = new HashMap<>(Map.of("AWS_REGION", "eu-west-1",
                "TWILIO_SECRET_ID", "arn:aws:secretsmanager:eu-west-1:123456789012:secret:real",
                "RETRY_QUEUE_URL", "https://sqs.eu-west-1.amazonaws.com/123456789012/real",
                "AWS_ACCESS_KEY_ID", "AKIAREALREALREALREAL", "AWS_SECRET_ACCESS_KEY", "real-secret",
                "AWS_SESSION_TOKEN", "real-session", "AWS_ENDPOINT_URL_SECRETS_MANAGER", "https://real.example"));
        function.put("TWILIO_INSIGHTS_BASE_URL", "https://insights.twilio.com");
        URI server = URI.create("http://127.0.0.1:1");

        Map<String, String> priming = RequestPriming.primingEnvironment(function, server);

        for (String real : List.of("real", "AKIAREALREALREALREAL", "real-secret", "real-session", "twilio.com",
                "amazonaws.com", "real.example")) {
            assertTrue(priming.values().stream().noneMatch(value -> value.contains(real)), real);
        }
        assertEquals("eu-west-1", priming.get("AWS_REGION"));
        assertEquals(server.toString(), priming.get("AWS_ENDPOINT_URL"));
        assertEquals(server.toString(), priming.get("TWILIO_INSIGHTS_BASE_URL"));
    }

    @Test
    void primeRequestPath_sendsNothingToTheConfiguredInsights() {
        try (InsightsStandIn insights = InsightsStandIn.start()) {
            Map<String, String> function = new HashMap<>(insights.localEnvironment());
            function.put("AWS_REGION", "us-east-1");

            Priming.primeRequestPath(function);

            assertEquals(0, insights.server().getAllServeEvents().size());
        }
    }
}
