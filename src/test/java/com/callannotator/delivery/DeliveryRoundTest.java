package com.callannotator.delivery;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.callannotator.annotation.Annotation;
import com.callannotator.annotation.AnsweredBy;
import com.callannotator.annotation.CallSid;
import com.callannotator.annotation.Deadline;
import com.callannotator.annotation.DeliveryOutcome;
import com.callannotator.annotation.QualityIssue;
import com.callannotator.credentials.CredentialsSource;
import com.callannotator.credentials.EnvironmentCredentialsSource;
import com.callannotator.credentials.TwilioCredentials;
import com.callannotator.testutils.FakeClock;
import com.callannotator.testutils.InMemoryRetryQueue;
import com.callannotator.testutils.InsightsStandIn;
import com.callannotator.testutils.RecordingDeliveryLog;
import com.callannotator.testutils.RotatingCredentials;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Delivery against the Insights stand-in with injected faults; time is fake, so nothing really waits. */
final class DeliveryRoundTest {

    private static final CallSid CALL = new CallSid("CA0123456789abcdef0123456789abcdef");
    private static final Annotation MACHINE = Annotation.builder(CALL).answeredBy(AnsweredBy.MACHINE).build();
    private static final TwilioCredentials LOCAL = TwilioCredentials.of(InsightsStandIn.ACCOUNT_SID,
            InsightsStandIn.AUTH_TOKEN);
    static final RetryPolicy POLICY = new RetryPolicy(Duration.ofSeconds(8), Duration.ofMillis(200),
            Duration.ofSeconds(2), 5, Duration.ofMillis(250), 5, Duration.ofMinutes(1));

    @RegisterExtension
    final InsightsStandIn insights = InsightsStandIn.forEachTest();
    private FakeClock clock;
    private InMemoryRetryQueue queue;
    private RecordingDeliveryLog log;

    @BeforeEach
    void start() {
        clock = FakeClock.start();
        queue = new InMemoryRetryQueue();
        log = new RecordingDeliveryLog();
    }

    private DeliverySetup setup(CredentialsSource credentials, Optional<RetryQueue> retryQueue) {
        return new DeliverySetup(insights.client(), credentials, retryQueue, log, POLICY, clock.timing(0.5));
    }

    private DeliveryRound delivery() {
        return new DeliveryRound(setup(new EnvironmentCredentialsSource(LOCAL), Optional.of(queue)));
    }

    private void failFirst(ResponseDefinitionBuilder answer) {
        insights.server().stubFor(post(anyUrl()).atPriority(1).inScenario("fault").whenScenarioStateIs(STARTED)
                .willReturn(answer).willSetStateTo("healed"));
    }

    private void failAlways(ResponseDefinitionBuilder answer) {
        insights.server().stubFor(post(anyUrl()).atPriority(1).willReturn(answer));
    }

    private static ResponseDefinitionBuilder twilioError(int status, int code) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json")
                .withBody("{\"code\":" + code + ",\"message\":\"injected\",\"status\":" + status + "}");
    }

    @Test
    void deliver_twilioStoresIt_postedOnce() {
        DeliveryOutcome outcome = delivery().deliver(MACHINE, Deadline.NONE);

        DeliveryOutcome.Posted posted = assertInstanceOf(DeliveryOutcome.Posted.class, outcome);
        assertEquals(1, posted.attempts());
        assertEquals(1, insights.posts().size());
        assertEquals(List.of(), queue.sent());
    }

    @Test
    void deliver_500Once_retriesAfterJitteredBackoffAndPosts() {
        failFirst(twilioError(500, 20500));

        DeliveryOutcome outcome = delivery().deliver(MACHINE, Deadline.NONE);

        assertEquals(2, assertInstanceOf(DeliveryOutcome.Posted.class, outcome).attempts());
        assertEquals(List.of(Duration.ofMillis(100)), clock.sleeps());
    }

    @Test
    void deliver_503Always_backsOffExponentiallyThenDefersWithReason() {
        failAlways(twilioError(503, 20503));

        DeliveryOutcome outcome = delivery().deliver(MACHINE, Deadline.NONE);

        DeliveryOutcome.Deferred deferred = assertInstanceOf(DeliveryOutcome.Deferred.class, outcome);
        assertEquals(5, deferred.attempts());
        assertEquals(List.of(Duration.ofMillis(100), Duration.ofMillis(200), Duration.ofMillis(400),
                Duration.ofMillis(800)), clock.sleeps());
        InMemoryRetryQueue.Sent sent = queue.sent().get(0);
        assertEquals(MACHINE, sent.message().annotation());
        assertEquals(1, sent.message().attempts());
        assertEquals("Twilio answered 503 (code 20503)", sent.message().reason());
        assertEquals(Duration.ofMinutes(1), sent.delay());
        assertEquals(List.of(), insights.posts());
    }

    @Test
    void deliver_429WithRetryAfter_waitsAtLeastThatLong() {
        failFirst(twilioError(429, 20429).withHeader("Retry-After", "3"));

        DeliveryOutcome outcome = delivery().deliver(MACHINE, Deadline.NONE);

        assertInstanceOf(DeliveryOutcome.Posted.class, outcome);
        assertEquals(List.of(Duration.ofSeconds(3)), clock.sleeps());
    }

    @Test
    void deliver_429WithRetryAfterPastTheBudget_defersForAtLeastThatLong() {
        failAlways(twilioError(429, 20429).withHeader("Retry-After", "120"));

        DeliveryOutcome outcome = delivery().deliver(MACHINE, Deadline.NONE);

        assertEquals(1, assertInstanceOf(DeliveryOutcome.Deferred.class, outcome).attempts());
        assertEquals(List.of(), clock.sleeps());
        assertEquals(Duration.ofMinutes(2), queue.sent().get(0).delay());
    }

    @Test
    void deliver_slowAnswerPastTheTimeout_retriesAndPosts() {
        failFirst(aResponse().withStatus(200).withFixedDelay(2_000));

        DeliveryOutcome outcome = delivery().deliver(MACHINE, Deadline.NONE);

        assertEquals(2, assertInstanceOf(DeliveryOutcome.Posted.class, outcome).attempts());
        assertEquals(1, insights.posts().size());
    }

    @Test
    void deliver_connectionReset_retriesAndPosts() {
        failFirst(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));

        DeliveryOutcome outcome = delivery().deliver(MACHINE, Deadline.NONE);

        // HttpURLConnection may itself resend the POST once, before our loop sees the reset.
        assertInstanceOf(DeliveryOutcome.Posted.class, outcome);
        assertEquals(1, insights.posts().size());
    }

    @Test
    void deliver_connectionResetAlways_defersSayingTwilioDidNotAnswer() {
        failAlways(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));

        DeliveryOutcome outcome = delivery().deliver(MACHINE, Deadline.NONE);

        assertInstanceOf(DeliveryOutcome.Deferred.class, outcome);
        assertTrue(queue.sent().get(0).message().reason().startsWith("Twilio did not answer: "),
                queue.sent().get(0).message().reason());
    }

    @Test
    void deliver_youngCall404_defersAtOnceWithoutSleeping() {
        failAlways(twilioError(404, 20404));

        DeliveryOutcome outcome = delivery().deliver(MACHINE, Deadline.NONE);

        assertEquals(1, assertInstanceOf(DeliveryOutcome.Deferred.class, outcome).attempts());
        assertEquals(List.of(), clock.sleeps());
        assertEquals("call not known to Insights yet: Twilio answered 404 (code 20404)",
                queue.sent().get(0).message().reason());
    }

    @Test
    void deliver_advancedFeaturesOff17007_rejectedAtOnceNeverQueued() {
        failAlways(twilioError(403, 17007));

        DeliveryOutcome outcome = delivery().deliver(MACHINE, Deadline.NONE);

        DeliveryOutcome.Rejected rejected = assertInstanceOf(DeliveryOutcome.Rejected.class, outcome);
        assertEquals(17007, rejected.error().code());
        assertEquals(1, rejected.attempts());
        assertEquals(List.of(), queue.sent());
    }

    @Test
    void deliver_callOlderThan30Days17002_rejected() {
        failAlways(twilioError(400, 17002));

        DeliveryOutcome outcome = delivery().deliver(MACHINE, Deadline.NONE);

        assertEquals(17002, assertInstanceOf(DeliveryOutcome.Rejected.class, outcome).error().code());
    }

    @Test
    void deliver_401ThenRotatedToken_refreshesOnceAndPostsWithTheNewToken() {
        insights.revoke(InsightsStandIn.ACCOUNT_SID);
        insights.accept(InsightsStandIn.ACCOUNT_SID, "rotated");
        RotatingCredentials credentials = new RotatingCredentials(LOCAL,
                TwilioCredentials.of(InsightsStandIn.ACCOUNT_SID, "rotated"));

        DeliveryOutcome outcome = new DeliveryRound(setup(credentials, Optional.of(queue)))
                .deliver(MACHINE, Deadline.NONE);

        assertEquals(2, assertInstanceOf(DeliveryOutcome.Posted.class, outcome).attempts());
        assertEquals(1, credentials.refreshes());
        assertEquals(List.of(), clock.sleeps());
    }

    @Test
    void deliver_401AndSameCredentialsAfterRefresh_defersRatherThanLosesIt() {
        insights.revoke(InsightsStandIn.ACCOUNT_SID);

        DeliveryOutcome outcome = delivery().deliver(MACHINE, Deadline.NONE);

        assertEquals(1, assertInstanceOf(DeliveryOutcome.Deferred.class, outcome).attempts());
        assertEquals("Twilio refused the credentials: Twilio answered 401 (code 20003)",
                queue.sent().get(0).message().reason());
    }

    @Test
    void deliver_noQueue_failsAndLogsTheWholeAnnotation() {
        failAlways(twilioError(500, 20500));
        DeliveryRound delivery = new DeliveryRound(setup(new EnvironmentCredentialsSource(LOCAL),
                Optional.empty()));

        DeliveryOutcome outcome = delivery.deliver(MACHINE, Deadline.NONE);

        DeliveryOutcome.Failed failed = assertInstanceOf(DeliveryOutcome.Failed.class, outcome);
        assertEquals("Twilio answered 500 (code 20500); no retry queue configured", failed.reason());
        assertEquals(500, failed.error().status());
        assertEquals(MACHINE, log.unsent().get(0).message().annotation());
    }

    @Test
    void deliver_queueRefuses_failsAndLogsTheWholeAnnotation() {
        failAlways(twilioError(404, 20404));
        queue.refuse();

        DeliveryOutcome outcome = delivery().deliver(MACHINE, Deadline.NONE);

        assertInstanceOf(DeliveryOutcome.Failed.class, outcome);
        assertEquals(MACHINE, log.unsent().get(0).message().annotation());
    }

    @Test
    void deliver_invocationEndsSooner_stopsByTheDeadline() {
        failAlways(twilioError(500, 20500));

        DeliveryOutcome outcome = delivery().deliver(MACHINE, Deadline.after(clock, Duration.ofMillis(600)));

        assertEquals(3, assertInstanceOf(DeliveryOutcome.Deferred.class, outcome).attempts());
        assertEquals(List.of(Duration.ofMillis(100), Duration.ofMillis(200)), clock.sleeps());
    }

    @Test
    void deliver_sameAnnotationTwice_storedAnnotationUnchangedAndSameValuesPosted() {
        Annotation annotation = Annotation.builder(CALL).answeredBy(AnsweredBy.HUMAN)
                .qualityIssues(List.of(QualityIssue.ECHO)).callScore(4).build();
        DeliveryRound delivery = delivery();
        delivery.deliver(annotation, Deadline.NONE);
        Map<String, Object> afterFirst = insights.storedAnnotation(CALL.value());

        delivery.deliver(annotation, Deadline.NONE);

        assertEquals(afterFirst, insights.storedAnnotation(CALL.value()));
        assertEquals(insights.posts().get(0), insights.posts().get(1));
    }
}
