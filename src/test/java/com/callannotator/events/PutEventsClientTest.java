package com.callannotator.events;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.callannotator.AwsClients;
import com.callannotator.annotation.Annotation;
import com.callannotator.annotation.CallSid;
import com.callannotator.config.AwsSettings;
import com.callannotator.observability.EventOutcome;
import com.callannotator.observability.Outcome;
import com.callannotator.observability.Report;
import com.callannotator.testutils.MotoServer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.regions.Region;

/** PutEvents signed with the SDK's signer and sent by its HTTP client: what goes on the wire, and how it fails. */
final class PutEventsClientTest {

    @RegisterExtension
    static final MotoServer MOTO = new MotoServer();

    private static final AnnotationEvent EVENT = AnnotationEvent.of(posted()).orElseThrow();

    private static Report posted() {
        CallSid call = new CallSid("CA0123456789abcdef0123456789abcdef");
        Annotation annotation = Annotation.builder(call).callScore(1).build();
        return Report.builder("/survey", Outcome.POSTED).callSid(call.value()).fields(annotation.fieldsSet())
                .twilio(200, 0).attempts(1).annotation(annotation).question("score").build();
    }

    @Test
    void put_noSuchBus_failsWithEventBridgesReason() {
        PutEventsClient client = AwsClients.from(AwsSettings.from(MOTO.awsEnvironment())).eventBridge();

        EventOutcome outcome = client.put("no-such-bus", EVENT, Duration.ofSeconds(2));

        assertTrue(outcome.isFailed(), outcome.toString());
        assertTrue(outcome.failure().contains("no-such-bus") || outcome.failure().contains("NotFound"),
                outcome.failure());
    }

    @Test
    void put_silentServer_abortedAtTheTimeoutAndSignedForEventBridge() throws Exception {
        try (ServerSocket silent = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            CompletableFuture<List<String>> headers = CompletableFuture.supplyAsync(() -> readHeaders(silent));
            Map<String, String> environment = new HashMap<>(MOTO.awsEnvironment());
            environment.put(AwsSettings.AWS_ENDPOINT_URL_EVENTBRIDGE, "http://127.0.0.1:" + silent.getLocalPort());

            long started = System.nanoTime();
            EventOutcome outcome = AwsClients.from(AwsSettings.from(environment)).eventBridge().put("annotations", EVENT,
                    Duration.ofMillis(300));
            Duration took = Duration.ofNanos(System.nanoTime() - started);

            assertTrue(outcome.isFailed(), outcome.toString());
            assertTrue(took.compareTo(Duration.ofMillis(1500)) < 0, took.toString());
            List<String> seen = headers.get();
            assertTrue(seen.contains("x-amz-target: AWSEvents.PutEvents"), seen.toString());
            assertTrue(seen.stream().anyMatch(line -> line.startsWith("authorization: AWS4-HMAC-SHA256 "
                    + "Credential=testing/") && line.contains("/us-east-1/events/aws4_request")), seen.toString());
        }
    }

    @Test
    void defaultEndpoint_followsThePartition() {
        assertEquals(URI.create("https://events.eu-west-1.amazonaws.com"),
                PutEventsClient.defaultEndpoint(Region.EU_WEST_1));
        assertEquals(URI.create("https://events.cn-north-1.amazonaws.com.cn"),
                PutEventsClient.defaultEndpoint(Region.CN_NORTH_1));
    }

    /** The request's header lines, lower-cased names; the connection is then held open without an answer. */
    private static List<String> readHeaders(ServerSocket server) {
        List<String> lines = new ArrayList<>();
        try {
            Socket socket = server.accept(); // Left open: the client must give up by itself.
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), UTF_8));
            for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
                int colon = line.indexOf(':');
                lines.add(colon < 0 ? line : line.substring(0, colon).toLowerCase(Locale.ROOT)
                        + line.substring(colon));
            }
        } catch (IOException e) {
            lines.add("failed: " + e);
        }
        return lines;
    }
}
