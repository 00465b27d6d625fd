package com.callannotator.delivery;

import static java.util.Objects.requireNonNull;

import com.callannotator.annotation.DeliveryOutcome;
import com.callannotator.observability.Outcome;
import java.util.Set;

/**
 * What became of one round: the delivery, and its outcome for logs and metrics, which also decides whether a queue
 * message is acknowledged ({@link #acknowledges}).
 *
 * @param delivery the delivery outcome
 * @param outcome posted, rejected, deferred, failed, exhausted or dead_lettered
 */
public record Redelivered(DeliveryOutcome delivery, Outcome outcome) {

    /** The outcomes whose message is settled elsewhere: posted, refused for good, or sent to the queue again. */
    private static final Set<Outcome> ACKNOWLEDGED = Set.of(Outcome.POSTED, Outcome.REJECTED, Outcome.DEFERRED,
            Outcome.EXHAUSTED);

    public Redelivered {
        requireNonNull(delivery, "delivery == null");
        requireNonNull(outcome, "outcome == null");
    }

    /**
     * The retry queue's one ack/keep decision: true to delete a message that ended with {@code outcome}, false to
     * keep it (a batch item failure), so SQS delivers it again or moves it to the dead-letter queue.
     */
    public static boolean acknowledges(Outcome outcome) {
        return ACKNOWLEDGED.contains(outcome);
    }

    /** Whether the message of this round is deleted from the queue. */
    public boolean acknowledged() {
        return acknowledges(outcome);
    }
}
