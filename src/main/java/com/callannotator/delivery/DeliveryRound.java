package com.callannotator.delivery;

import static java.util.Objects.requireNonNull;

import com.callannotator.annotation.Annotation;
import com.callannotator.annotation.AnnotationDelivery;
import com.callannotator.annotation.Deadline;
import com.callannotator.annotation.DeliveryOutcome;
import com.callannotator.observability.Outcome;
import java.time.Duration;
import java.time.Instant;

/**
 * One delivery round, the same for the webhook and the retry queue: post with retries within a deadline
 * ({@link RetryLoop}), and send what is still unsettled to the retry queue for another round.
 * {@code RETRY_MAX_ATTEMPTS} is the number of rounds in all, the webhook's included.
 *
 * <ul>
 *   <li>posted, or rejected by Twilio for good (17007, 17002, 400, …): settled, nothing is queued;
 *   <li>unsettled: queued with the next, longer delay ({@link Outcome#DEFERRED}); after the queue's last round it is
 *       queued as it now stands, with no delay ({@link Outcome#EXHAUSTED}): that message gets no round when received,
 *       it is kept until SQS moves it to the dead-letter queue after {@code maxReceiveCount} receives, so the
 *       dead-letter queue shows the true rounds and last reason;
 *   <li>queueing fails (or there is no queue): {@link Outcome#FAILED}. An annotation the webhook just accepted is then
 *       logged whole, to be replayed; a message from the queue is simply kept there for SQS to deliver again.
 * </ul>
 * Thread-safe.
 */
public final class DeliveryRound implements AnnotationDelivery {

    private final DeliverySetup setup;
    private final RetryLoop loop;

    public DeliveryRound(DeliverySetup setup) {
        this.setup = requireNonNull(setup, "setup == null");
        this.loop = new RetryLoop(setup.client(), setup.credentials(), setup.policy(), setup.timing());
    }

    /** The webhook's round, the first: by {@code deadline} or the policy's budget from now, whichever comes first. */
    @Override
    public DeliveryOutcome deliver(Annotation annotation, Deadline deadline) {
        return round(new Round(annotation, 0, setup.timing().clock().instant(), false), deadline).delivery();
    }

    /**
     * Another round for {@code message}, received from the retry queue, unless it had all its rounds.
     *
     * @param receiveCount SQS's {@code ApproximateReceiveCount} of this message
     */
    public Redelivered redeliver(RetryMessage message, int receiveCount, Deadline deadline) {
        if (message.attempts() >= setup.policy().maxRounds()) {
            return awaitingDeadLetters(message, receiveCount);
        }
        return round(new Round(message.annotation(), message.attempts(), message.acceptedAt(), true), deadline);
    }

    private Redelivered round(Round round, Deadline deadline) {
        Deadline bounded = setup.bound(deadline);
        RetryResult result = loop.run(round.annotation(), bounded);
        if (result instanceof RetryResult.Settled settled) {
            return new Redelivered(settled.outcome(), Outcome.of(settled.outcome()));
        }
        RetryResult.Unsettled unsettled = (RetryResult.Unsettled) result;
        RetryMessage next = round.next(unsettled.reason());
        boolean fromQueue = round.fromQueue();
        boolean last = fromQueue && next.attempts() >= setup.policy().maxRounds();
        Duration delay = last ? Duration.ZERO : setup.policy().queueDelay(next.attempts(), unsettled.notBefore());
        try {
            setup.enqueue(next, delay, bounded);
        } catch (RetryQueueException e) {
            String reason = unsettled.reason() + "; " + e.getMessage() + (fromQueue ? "; SQS will redeliver it" : "");
            if (!fromQueue) {
                setup.log().unsent(next, reason);
            }
            return new Redelivered(new DeliveryOutcome.Failed(reason, unsettled.error(), unsettled.attempts()),
                    Outcome.FAILED);
        }
        return queued(next, unsettled, delay, fromQueue);
    }

    /** The outcome of a round whose annotation was queued again. */
    private Redelivered queued(RetryMessage next, RetryResult.Unsettled unsettled, Duration delay, boolean fromQueue) {
        String later = "next try in " + delay.toSeconds() + " s";
        if (!fromQueue) {
            return deferred(unsettled, unsettled.reason() + "; queued, " + later);
        }
        if (next.attempts() >= setup.policy().maxRounds()) {
            String reason = unsettled.reason() + "; retries exhausted after " + next.attempts()
                    + " rounds, left for the dead-letter queue";
            return new Redelivered(new DeliveryOutcome.Failed(reason, unsettled.error(), unsettled.attempts()),
                    Outcome.EXHAUSTED);
        }
        return deferred(unsettled, unsettled.reason() + "; round " + next.attempts() + " of "
                + setup.policy().maxRounds() + ", " + later);
    }

    private static Redelivered deferred(RetryResult.Unsettled unsettled, String reason) {
        return new Redelivered(new DeliveryOutcome.Deferred(reason, unsettled.attempts()), Outcome.DEFERRED);
    }

    /** A message that had all its rounds: kept, no call to Twilio, until SQS moves it to the dead-letter queue. */
    private Redelivered awaitingDeadLetters(RetryMessage message, int receiveCount) {
        boolean last = receiveCount >= setup.policy().maxRounds();
        String reason = message.reason() + "; retries exhausted after " + message.attempts() + " rounds"
                + (last ? ", moving to the dead-letter queue"
                        : ", waiting for the dead-letter queue (receive " + receiveCount + ")");
        if (last) {
            setup.log().unsent(message, reason);
        }
        return new Redelivered(new DeliveryOutcome.Failed(reason, null, 0),
                last ? Outcome.DEAD_LETTERED : Outcome.AWAITING_DEAD_LETTERS);
    }

    /**
     * What a round starts from.
     *
     * @param roundsBefore rounds made before this one: 0 for the webhook's
     * @param acceptedAt when the webhook accepted the annotation
     * @param fromQueue true when the annotation came from the retry queue, where it stays until acknowledged
     */
    private record Round(Annotation annotation, int roundsBefore, Instant acceptedAt, boolean fromQueue) {
        /** The queue message after this round, which ended for {@code why}. */
        RetryMessage next(String why) {
            return new RetryMessage(annotation, roundsBefore + 1, why, acceptedAt);
        }
    }
}
