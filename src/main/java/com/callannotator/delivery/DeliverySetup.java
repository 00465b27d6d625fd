package com.callannotator.delivery;

import static java.util.Objects.requireNonNull;

import com.callannotator.credentials.CredentialsSource;
import com.callannotator.annotation.Deadline;
import com.callannotator.twilio.InsightsClient;
import java.time.Duration;
import java.util.Optional;

/**
 * The parts delivery is made of, built once per execution environment.
 *
 * @param client the Insights client
 * @param credentials the Twilio credentials
 * @param queue the retry queue; empty when none is configured (then an unsettled annotation fails)
 * @param log where unsent annotations are logged whole
 * @param policy how hard to try
 * @param timing the clock, sleeps and jitter
 */
public record DeliverySetup(InsightsClient client, CredentialsSource credentials, Optional<RetryQueue> queue,
        DeliveryLog log, RetryPolicy policy, Timing timing) {

    public DeliverySetup {
        requireNonNull(client, "client == null");
        requireNonNull(credentials, "credentials == null");
        requireNonNull(queue, "queue == null");
        requireNonNull(log, "log == null");
        requireNonNull(policy, "policy == null");
        requireNonNull(timing, "timing == null");
    }

    /**
     * The longest {@code SendMessage} that defers an unsettled annotation may take after its round's deadline;
     * it fits in {@link Deadline#INVOCATION_MARGIN}, which the webhook and the retry function keep back.
     */
    static final Duration QUEUE_TIME = Duration.ofMillis(1500);

    /** A round's deadline: {@code deadline} or the policy's budget from now, whichever comes first. */
    Deadline bound(Deadline deadline) {
        return deadline.earlier(Deadline.after(timing.clock(), policy.budget()));
    }

    /**
     * Enqueues {@code message} after a round that ended by {@code roundDeadline}; the call is over
     * {@link #QUEUE_TIME} after it at the latest.
     *
     * @throws RetryQueueException when there is no queue, or it did not take the message in time
     */
    void enqueue(RetryMessage message, Duration delay, Deadline roundDeadline) {
        RetryQueue target = queue.orElseThrow(() -> new RetryQueueException("no retry queue configured", null));
        Duration left = new Deadline(roundDeadline.at().plus(QUEUE_TIME)).remaining(timing.clock());
        if (left.toMillis() < 50) {
            throw new RetryQueueException("no time left in this invocation to enqueue", null);
        }
        target.send(message, delay, left.compareTo(QUEUE_TIME) > 0 ? QUEUE_TIME : left);
    }
}
