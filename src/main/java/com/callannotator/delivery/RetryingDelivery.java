package com.callannotator.delivery;

import static java.util.Objects.requireNonNull;

import com.callannotator.annotation.Annotation;
import java.time.Duration;

/**
 * Posts with retries within a time budget, and defers what is still unsettled to the retry queue.
 *
 * <p>A round ends {@link DeliveryOutcome.Posted posted}, {@link DeliveryOutcome.Rejected rejected} (Twilio refused
 * for good), {@link DeliveryOutcome.Deferred deferred} (queued with a delay, for retries that ran out, a call
 * Twilio does not know yet, or credentials it refused), or {@link DeliveryOutcome.Failed failed} (no queue, or the
 * queue refused it; the annotation is then logged whole so it can be replayed). Thread-safe.
 */
public final class RetryingDelivery implements AnnotationDelivery {

    private final DeliverySetup setup;
    private final RetryLoop loop;

    public RetryingDelivery(DeliverySetup setup) {
        this.setup = requireNonNull(setup, "setup == null");
        this.loop = setup.loop();
    }

    /** Delivers within the policy's budget from now. */
    @Override
    public DeliveryOutcome deliver(Annotation annotation) {
        return deliver(annotation, Deadline.after(setup.timing().clock(), setup.policy().budget()));
    }

    /** Delivers by {@code deadline} or the policy's budget from now, whichever comes first. */
    @Override
    public DeliveryOutcome deliver(Annotation annotation, Deadline deadline) {
        Deadline bounded = setup.bound(deadline);
        RetryResult result = loop.run(annotation, bounded);
        if (result instanceof RetryResult.Settled settled) {
            return settled.outcome();
        }
        RetryResult.Unsettled unsettled = (RetryResult.Unsettled) result;
        RetryMessage message = new RetryMessage(annotation, 1, unsettled.reason(), setup.timing().clock().instant());
        return defer(message, unsettled, bounded);
    }

    private DeliveryOutcome defer(RetryMessage message, RetryResult.Unsettled unsettled, Deadline roundDeadline) {
        if (setup.queue().isEmpty()) {
            String reason = unsettled.reason() + "; no retry queue configured";
            setup.log().unsent(message, reason);
            return new DeliveryOutcome.Failed(reason, unsettled.error(), unsettled.attempts());
        }
        Duration delay = setup.policy().queueDelay(message.attempts(), unsettled.notBefore());
        try {
            setup.enqueue(message, delay, roundDeadline);
        } catch (RetryQueueException e) {
            String reason = unsettled.reason() + "; " + e.getMessage();
            setup.log().unsent(message, reason);
            return new DeliveryOutcome.Failed(reason, unsettled.error(), unsettled.attempts());
        }
        return new DeliveryOutcome.Deferred(unsettled.reason() + "; queued, next try in " + delay.toSeconds() + " s",
                unsettled.attempts());
    }
}
