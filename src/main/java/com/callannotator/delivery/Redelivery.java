package com.callannotator.delivery;

import static java.util.Objects.requireNonNull;

import java.time.Duration;

/**
 * Another round for an annotation received from the retry queue, with the same retry loop as the webhook.
 * {@code RETRY_MAX_ATTEMPTS} is the number of rounds in all, the webhook's included.
 *
 * <ul>
 *   <li>posted: acknowledged;
 *   <li>rejected by Twilio for good (17007, 17002, 400, …): logged with Twilio's code and acknowledged, because
 *       another round cannot change the answer and the dead-letter queue is for what might still succeed;
 *   <li>unsettled with rounds left: sent again with the next, longer delay, then acknowledged;
 *   <li>unsettled after the last round: sent again as it now stands (all its rounds, the last reason), then
 *       acknowledged; that message gets no round when received, it is kept until SQS moves it to the dead-letter
 *       queue after {@code maxReceiveCount} receives, so the dead-letter queue shows the true rounds and last reason;
 *   <li>sending again fails: not acknowledged, so SQS receives the message again after the visibility timeout.
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
     * One more round for {@code message}, by {@code deadline}, unless it had all its rounds.
     *
     * @param receiveCount SQS's {@code ApproximateReceiveCount} of this message
     */
    public Redelivered redeliver(RetryMessage message, int receiveCount, Deadline deadline) {
        if (message.attempts() >= maxRounds()) {
            return awaitingDeadLetters(message, receiveCount);
        }
        Deadline bounded = setup.bound(deadline);
        RetryResult result = loop.run(message.annotation(), bounded);
        if (result instanceof RetryResult.Settled settled) {
            return new Redelivered(settled.outcome(), true, settled.outcome().name());
        }
        RetryResult.Unsettled unsettled = (RetryResult.Unsettled) result;
        RetryMessage next = message.next(unsettled.reason());
        boolean last = next.attempts() >= maxRounds();
        Duration delay = last ? Duration.ZERO : setup.policy().queueDelay(next.attempts(), unsettled.notBefore());
        try {
            setup.enqueue(next, delay, bounded);
        } catch (RetryQueueException e) {
            return new Redelivered(new DeliveryOutcome.Failed(unsettled.reason() + "; " + e.getMessage()
                    + "; SQS will redeliver it", unsettled.error(), unsettled.attempts()), false, "failed");
        }
        String detail = last
                ? "; retries exhausted after " + next.attempts() + " rounds, left for the dead-letter queue"
                : "; round " + next.attempts() + " of " + maxRounds() + ", next try in " + delay.toSeconds() + " s";
        DeliveryOutcome outcome = last
                ? new DeliveryOutcome.Failed(unsettled.reason() + detail, unsettled.error(), unsettled.attempts())
                : new DeliveryOutcome.Deferred(unsettled.reason() + detail, unsettled.attempts());
        return new Redelivered(outcome, true, last ? "exhausted" : "deferred");
    }

    /** A message that had all its rounds: kept, no call to Twilio, until SQS moves it to the dead-letter queue. */
    private Redelivered awaitingDeadLetters(RetryMessage message, int receiveCount) {
        boolean last = receiveCount >= maxRounds();
        String reason = message.reason() + "; retries exhausted after " + message.attempts() + " rounds"
                + (last ? ", moving to the dead-letter queue"
                        : ", waiting for the dead-letter queue (receive " + receiveCount + ")");
        if (last) {
            setup.log().unsent(message, reason);
        }
        return new Redelivered(new DeliveryOutcome.Failed(reason, null, 0), false,
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
