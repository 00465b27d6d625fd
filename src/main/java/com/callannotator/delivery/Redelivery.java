package com.callannotator.delivery;

import static java.util.Objects.requireNonNull;

import java.time.Duration;

/**
 * Another round for an annotation received from the retry queue, with the same retry loop as the webhook.
 *
 * <ul>
 *   <li>posted: acknowledged;
 *   <li>rejected by Twilio for good (17007, 17002, 400, …): logged with Twilio's code and acknowledged, because
 *       another round cannot change the answer and the dead-letter queue is for what might still succeed;
 *   <li>unsettled with rounds left: sent again with the next, longer delay, then acknowledged;
 *   <li>unsettled after the last round, or when sending again fails: not acknowledged, so SQS receives it again
 *       after the visibility timeout and moves it to the dead-letter queue after {@code maxReceiveCount} receives.
 * </ul>
 * Thread-safe.
 */
public final class Redelivery {

    private final DeliverySetup setup;
    private final RetryLoop loop;

    public Redelivery(DeliverySetup setup) {
        this.setup = requireNonNull(setup, "setup == null");
        this.loop = setup.loop();
    }

    /** The rounds allowed in all ({@code RETRY_MAX_ATTEMPTS}). */
    public int maxRounds() {
        return setup.policy().maxRounds();
    }

    /**
     * One more round for {@code message}, by {@code deadline}.
     *
     * @param receiveCount SQS's {@code ApproximateReceiveCount} of this message
     */
    public Redelivered redeliver(RetryMessage message, int receiveCount, Deadline deadline) {
        Deadline bounded = deadline.earlier(Deadline.after(setup.timing().clock(), setup.policy().budget()));
        RetryResult result = loop.run(message.annotation(), bounded);
        if (result instanceof RetryResult.Settled settled) {
            return new Redelivered(settled.outcome(), true, settled.outcome().name());
        }
        RetryResult.Unsettled unsettled = (RetryResult.Unsettled) result;
        RetryMessage next = message.next(unsettled.reason());
        if (next.attempts() >= maxRounds()) {
            return exhausted(next, unsettled, receiveCount);
        }
        Duration delay = setup.policy().queueDelay(next.attempts(), unsettled.notBefore());
        try {
            // The queue is there: this message came from it.
            setup.queue().orElseThrow(() -> new RetryQueueException("no retry queue configured", null))
                    .send(next, delay);
        } catch (RetryQueueException e) {
            return new Redelivered(new DeliveryOutcome.Failed(unsettled.reason() + "; " + e.getMessage()
                    + "; SQS will redeliver it", unsettled.error(), unsettled.attempts()), false, "failed");
        }
        return new Redelivered(new DeliveryOutcome.Deferred(unsettled.reason() + "; round " + next.attempts()
                + " of " + maxRounds() + ", next try in " + delay.toSeconds() + " s", unsettled.attempts()), true,
                "deferred");
    }

    private Redelivered exhausted(RetryMessage next, RetryResult.Unsettled unsettled, int receiveCount) {
        boolean last = receiveCount >= maxRounds();
        String reason = unsettled.reason() + "; retries exhausted after " + next.attempts() + " rounds"
                + (last ? ", moving to the dead-letter queue"
                        : ", SQS retries it after the visibility timeout (receive " + receiveCount + ")");
        if (last) {
            setup.log().unsent(next, reason);
        }
        return new Redelivered(new DeliveryOutcome.Failed(reason, unsettled.error(), unsettled.attempts()), false,
                last ? "dead_lettered" : "exhausted");
    }

    /**
     * What became of one queue message.
     *
     * @param outcome the delivery outcome
     * @param acknowledged true to delete it from the queue; false to report it as a batch item failure
     * @param name the outcome's name for logs and metrics: posted, rejected, deferred, failed, exhausted,
     *     dead_lettered
     */
    public record Redelivered(DeliveryOutcome outcome, boolean acknowledged, String name) {
        public Redelivered {
            requireNonNull(outcome, "outcome == null");
            requireNonNull(name, "name == null");
        }
    }
}
