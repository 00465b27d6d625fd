package com.callannotator.events;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.callannotator.AwsClients;
import com.callannotator.annotation.Annotation;
import com.callannotator.annotation.CallSid;
import com.callannotator.annotation.Deadline;
import com.callannotator.config.AwsSettings;
import com.callannotator.observability.EventOutcome;
import com.callannotator.testutils.EventBusProbe;
import com.callannotator.testutils.FakeClock;
import com.callannotator.testutils.MotoServer;
import com.callannotator.observability.Outcome;
import com.callannotator.observability.Report;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Events put on moto's EventBridge, routed by a rule like the README's, and every way a put can fail. */
final class EventBridgeEventsTest {

    @RegisterExtension
    static final MotoServer MOTO = new MotoServer();

    private static final CallSid CALL = new CallSid("CA0123456789abcdef0123456789abcdef");
    /** The README's example pattern. */
    private static final String LOW_SCORES = "{\"source\":[\"call-annotator\"],"
            + "\"detail\":{\"call_score\":[{\"numeric\":[\"<=\",2]}]}}";

    private static Report posted(int score) {
        Annotation annotation = Annotation.builder(CALL).callScore(score).build();
        return Report.builder("/survey", Outcome.POSTED).callSid(CALL.value()).fields(annotation.fieldsSet())
                .twilio(200, 0).attempts(1).detail("").annotation(annotation).question("score").build();
    }

    @Test
    void publish_lowAndHighScore_onlyTheLowOneMatchesTheReadmeRule() {
        AwsClients aws = AwsClients.from(AwsSettings.from(MOTO.awsEnvironment()));
        PutEventsClient client = aws.eventBridge();
        EventBusProbe probe = EventBusProbe.create(EventBusProbe.eventBridge(MOTO.awsEnvironment()), aws.sqs(),
                "annotations", LOW_SCORES);
        EventBridgeEvents events = new EventBridgeEvents(client, "annotations", Clock.systemUTC());

        EventOutcome low = events.publish(posted(1), Deadline.NONE);
        EventOutcome high = events.publish(posted(5), Deadline.NONE);

        assertEquals(EventOutcome.sent(), low);
        assertEquals(EventOutcome.sent(), high);
        List<Map<String, Object>> seen = probe.events();
        assertEquals(1, seen.size(), seen.toString());
        assertEquals("call-annotator", seen.get(0).get("source"));
        assertEquals("Call Annotation Posted", seen.get(0).get("detail-type"));
        @SuppressWarnings("unchecked")
        Map<String, Object> detail = (Map<String, Object>) seen.get(0).get("detail");
        assertEquals(1, detail.get("call_score"));
        assertEquals(CALL.value(), detail.get("call_sid"));
    }

    @Test
    void publish_deferred_putsNothing() {
        AwsClients aws = AwsClients.from(AwsSettings.from(MOTO.awsEnvironment()));
        EventBusProbe probe = EventBusProbe.create(EventBusProbe.eventBridge(MOTO.awsEnvironment()), aws.sqs(),
                "annotations",
                "{\"source\":[\"call-annotator\"]}");
        EventBridgeEvents events = new EventBridgeEvents(aws.eventBridge(), "annotations", Clock.systemUTC());
        Report deferred = Report.builder("/survey", Outcome.DEFERRED).callSid(CALL.value())
                .fields(List.of("call_score")).twilio(0, 0).attempts(1).detail("").annotation(posted(1).annotation())
                .question("score").build();

        assertEquals(EventOutcome.NONE, events.publish(deferred, Deadline.NONE));
        assertEquals(List.of(), probe.events());
    }

    @Test
    void publish_nothingListening_failsWithinTheTimeoutAndThrowsNothing() throws Exception {
        Map<String, String> environment = new HashMap<>(MOTO.awsEnvironment());
        environment.put("AWS_ENDPOINT_URL_EVENTBRIDGE", "http://127.0.0.1:" + closedPort());
        EventBridgeEvents events = new EventBridgeEvents(AwsClients.from(AwsSettings.from(environment)).eventBridge(),
                "annotations", Clock.systemUTC());

        long started = System.nanoTime();
        EventOutcome outcome = events.publish(posted(1), Deadline.after(Clock.systemUTC(), Duration.ofSeconds(5)));
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        assertTrue(outcome.isFailed(), outcome.toString());
        assertTrue(took.compareTo(EventBridgeEvents.MAX_CALL_TIME.plusSeconds(1)) < 0, took.toString());
    }

    @Test
    void publish_noTimeLeft_failsWithoutCalling() {
        FakeClock clock = FakeClock.start();
        Deadline almostOver = Deadline.after(clock, Duration.ofMillis(10));
        EventBridgeEvents events = new EventBridgeEvents(
                AwsClients.from(AwsSettings.from(MOTO.awsEnvironment())).eventBridge(),
                "no-such-bus", clock);

        EventOutcome outcome = events.publish(posted(1), almostOver);

        assertEquals(EventOutcome.failed("no time left in this invocation for the event"), outcome);
    }

    @Test
    void prime_runsThePutThroughTheCannedClientWithoutNetwork() {
        assertTrue(EventPriming.prime("annotations"));
    }

    @Test
    void beforeCheckpoint_primesWithoutNetworkAndThenStillPuts() {
        AwsClients aws = AwsClients.from(AwsSettings.from(MOTO.awsEnvironment()));
        EventBusProbe probe = EventBusProbe.create(EventBusProbe.eventBridge(MOTO.awsEnvironment()), aws.sqs(),
                "annotations", LOW_SCORES);
        EventBridgeEvents events = new EventBridgeEvents(aws.eventBridge(), "annotations", Clock.systemUTC());

        assertDoesNotThrow(() -> events.beforeCheckpoint(null));
        EventOutcome outcome = events.publish(posted(2), Deadline.NONE);

        assertEquals(EventOutcome.sent(), outcome);
        assertEquals(1, probe.events().size(), "priming put nothing on the real bus; the real put arrived");
    }

    private static int closedPort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
