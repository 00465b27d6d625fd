package com.callannotator.delivery;

import static java.util.Objects.requireNonNull;

import java.time.Duration;

/**
 * How hard delivery tries: within one round (one webhook request or one queue message) and across rounds.
 *
 * @param budget the longest one round may take, waits included ({@code DELIVERY_BUDGET_MS})
 * @param backoffBase the first retry waits up to this long; the ceiling doubles per retry (full jitter)
 * @param backoffCap the ceiling never exceeds this
 * @param maxAttemptsPerRound calls to Twilio in one round at most, not counting the retry after a credentials refresh
 * @param minAttemptTime an attempt is not started with less time than this left
 * @param maxRounds rounds in all, the webhook's own included, before the annotation is left to the dead-letter queue
 * @param queueBaseDelay the queue delay after the first round; it doubles each round, up to {@link #MAX_QUEUE_DELAY}
 */
public record RetryPolicy(Duration budget, Duration backoffBase, Duration backoffCap, int maxAttemptsPerRound,
        Duration minAttemptTime, int maxRounds, Duration queueBaseDelay) {

    /** SQS's longest {@code DelaySeconds}. */
    public static final Duration MAX_QUEUE_DELAY = Duration.ofMinutes(15);

    public RetryPolicy {
        requireNonNull(budget, "budget == null");
        requireNonNull(backoffBase, "backoffBase == null");
        requireNonNull(backoffCap, "backoffCap == null");
        requireNonNull(minAttemptTime, "minAttemptTime == null");
        requireNonNull(queueBaseDelay, "queueBaseDelay == null");
        if (maxAttemptsPerRound < 1 || maxRounds < 1) {
            throw new IllegalArgumentException("maxAttemptsPerRound and maxRounds must be at least 1: "
                    + maxAttemptsPerRound + ", " + maxRounds);
        }
    }

    /**
     * The policy with the fixed backoff (200 ms base, 2 s cap, 5 attempts a round, 250 ms for an attempt at least)
     * and the configured budget and rounds.
     */
    public static RetryPolicy of(Duration budget, int maxRounds, Duration queueBaseDelay) {
        return new RetryPolicy(budget, Duration.ofMillis(200), Duration.ofSeconds(2), 5, Duration.ofMillis(250),
                maxRounds, queueBaseDelay);
    }

    /** The longest wait before retry {@code retry} (1 for the first): base × 2^(retry-1), at most the cap. */
    Duration backoffCeiling(int retry) {
        int doublings = Math.min(Math.max(retry - 1, 0), 20);
        Duration ceiling = backoffBase.multipliedBy(1L << doublings);
        return ceiling.compareTo(backoffCap) > 0 ? backoffCap : ceiling;
    }

    /**
     * The queue delay after round {@code round} (1 for the webhook's): base × 2^(round-1), at least
     * {@code notBefore} (Twilio's {@code Retry-After}), at most {@link #MAX_QUEUE_DELAY}.
     */
    Duration queueDelay(int round, Duration notBefore) {
        int doublings = Math.min(Math.max(round - 1, 0), 20);
        Duration delay = queueBaseDelay.multipliedBy(1L << doublings);
        if (notBefore.compareTo(delay) > 0) {
            delay = notBefore;
        }
        return delay.compareTo(MAX_QUEUE_DELAY) > 0 ? MAX_QUEUE_DELAY : delay;
    }
}
