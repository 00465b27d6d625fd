package com.callannotator.delivery;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.callannotator.annotation.Annotation;
import com.callannotator.annotation.AnsweredBy;
import com.callannotator.annotation.CallSid;
import com.callannotator.annotation.Deadline;
import com.callannotator.annotation.DeliveryOutcome;
import com.callannotator.credentials.EnvironmentCredentialsSource;
import com.callannotator.credentials.TwilioCredentials;
import com.callannotator.testutils.FakeClock;
import com.callannotator.testutils.InMemoryRetryQueue;
import com.callannotator.testutils.InsightsStandIn;
import com.callannotator.testutils.RecordingDeliveryLog;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

final class DeliveryRoundRedeliverTest {

    private static final CallSid CALL = new CallSid("CA0123456789abcdef0123456789abcdef");
    private static final Annotation MACHINE = Annotation.builder(CALL).answeredBy(AnsweredBy.MACHINE).build();

    @RegisterExtension
    final InsightsStandIn insights = InsightsStandIn.forEachTest();
    private FakeClock clock;
    private InMemoryRetryQueue queue;
    private RecordingDeliveryLog log;
    private DeliveryRound redelivery;

    @BeforeEach
    void start() {
        clock = FakeClock.start();
        queue = new InMemoryRetryQueue();
        log = new RecordingDeliveryLog();
        redelivery = new DeliveryRound(new DeliverySetup(insights.client(), new EnvironmentCredentialsSource(TwilioCredentials.of(
                InsightsStandIn.ACCOUNT_SID, InsightsStandIn.AUTH_TOKEN)), Optional.of(queue), log,
                DeliveryRoundTest.POLICY, clock.timing(0.5)));
    }

    private static RetryMessage message(int attempts) {
        return new RetryMessage(MACHINE, attempts, "call not known to Insights yet",
                Instant.parse("2026-11-24T20:59:00Z"));
    }

    private Redelivered redeliver(int attempts, int receiveCount) {
        return redelivery.redeliver(message(attempts), receiveCount, Deadline.after(clock, Duration.ofSeconds(30)));
    }

    private void answer(int status, int code) {
        insights.server().stubFor(post(anyUrl()).atPriority(1).willReturn(aResponse().withStatus(status)
                .withBody("{\"code\":" + code + ",\"message\":\"injected\",\"status\":" + status + "}")));
    }

    @Test
    void redeliver_twilioStoresIt_acknowledged() {
        Redelivered result = redeliver(1, 1);

        assertEquals("posted", result.outcome().logName());
        assertTrue(result.acknowledged());
        assertEquals(List.of(), queue.sent());
    }

    @Test
    void redeliver_permanentRefusal_acknowledgedAndDropped() {
        answer(403, 17007);

        Redelivered result = redeliver(2, 1);

        assertEquals("rejected", result.outcome().logName());
        assertTrue(result.acknowledged());
        assertEquals(List.of(), queue.sent());
    }

    @Test
    void redeliver_stillUnknownWithRoundsLeft_requeuedWithALongerDelay() {
        answer(404, 20404);

        Redelivered result = redeliver(2, 1);

        assertEquals("deferred", result.outcome().logName());
        assertTrue(result.acknowledged());
        InMemoryRetryQueue.Sent sent = queue.sent().get(0);
        assertEquals(3, sent.message().attempts());
        assertEquals(Duration.ofMinutes(4), sent.delay());
        assertEquals(MACHINE, sent.message().annotation());
        assertEquals("call not known to Insights yet: Twilio answered 404 (code 20404)", sent.message().reason());
    }

    @Test
    void redeliver_lastRoundUnsettled_requeuedWithAllItsRoundsAndTheLastReason() {
        answer(503, 20503);

        Redelivered result = redeliver(4, 1);

        assertEquals("exhausted", result.outcome().logName());
        assertTrue(result.acknowledged());
        InMemoryRetryQueue.Sent sent = queue.sent().get(0);
        assertEquals(5, sent.message().attempts());
        assertEquals("Twilio answered 503 (code 20503)", sent.message().reason());
        assertEquals(Duration.ZERO, sent.delay());
        assertEquals(List.of(), log.unsent());
    }

    @Test
    void redeliver_allRoundsMade_keptWithoutCallingTwilio() {
        Redelivered result = redeliver(5, 1);

        assertEquals("exhausted", result.outcome().logName());
        assertFalse(result.acknowledged());
        assertEquals(List.of(), insights.posts());
        assertEquals(0, insights.server().getAllServeEvents().size());
        assertEquals(List.of(), queue.sent());
        assertEquals(List.of(), log.unsent());
    }

    @Test
    void redeliver_allRoundsMadeLastReceive_deadLetteredWithTheLastReasonLogged() {
        Redelivered result = redeliver(5, 5);

        assertEquals("dead_lettered", result.outcome().logName());
        assertFalse(result.acknowledged());
        assertEquals(0, insights.server().getAllServeEvents().size());
        assertEquals(MACHINE, log.unsent().get(0).message().annotation());
        assertEquals("call not known to Insights yet; retries exhausted after 5 rounds, moving to the dead-letter"
                + " queue", log.unsent().get(0).reason());
    }

    @Test
    void redeliver_requeueFails_notAcknowledgedSoSqsRedelivers() {
        answer(500, 20500);
        queue.refuse();

        Redelivered result = redeliver(1, 1);

        assertEquals("failed", result.outcome().logName());
        assertFalse(result.acknowledged());
    }

    @Test
    void redeliver_replays_neverPostDifferentValues() {
        redeliver(1, 1);
        redeliver(1, 2);
        redeliver(2, 1);

        assertEquals(3, insights.posts().size());
        assertEquals(1, insights.posts().stream().map(InsightsStandIn.RecordedPost::fields).distinct().count());
        assertEquals("machine", insights.storedAnnotation(CALL.value()).get("answered_by"));
    }
}
