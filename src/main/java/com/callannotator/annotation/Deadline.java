package com.callannotator.annotation;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * The instant by which delivery must have finished, retries included. The Lambda adapter makes it from the
 * invocation's remaining time; the core reads time only through the {@link Clock} it is given.
 *
 * @param at the instant
 */
public record Deadline(Instant at) {

    /**
     * Kept back from a Lambda invocation's remaining time, by the webhook and the retry function alike: to queue,
     * log and answer after delivery gave up (queueing alone may take 1.5 s, {@code DeliverySetup.QUEUE_TIME}).
     */
    public static final Duration INVOCATION_MARGIN = Duration.ofSeconds(2);

    /** No deadline of the invocation's own: delivery is bounded by its budget alone. */
    public static final Deadline NONE = new Deadline(Instant.MAX);

    public Deadline {
        requireNonNull(at, "at == null");
    }

    /** {@code budget} from now. */
    public static Deadline after(Clock clock, Duration budget) {
        return new Deadline(clock.instant().plus(budget));
    }

    /**
     * The deadline of a Lambda invocation: {@link #INVOCATION_MARGIN} before it ends, and never later than
     * {@code budget} from now.
     *
     * @param remainingMillis {@code Context.getRemainingTimeInMillis()}
     */
    public static Deadline forInvocation(Clock clock, Duration budget, long remainingMillis) {
        return beforeInvocationEnds(clock, remainingMillis).earlier(after(clock, budget));
    }

    /**
     * {@link #INVOCATION_MARGIN} before a Lambda invocation ends.
     *
     * @param remainingMillis {@code Context.getRemainingTimeInMillis()}
     */
    public static Deadline beforeInvocationEnds(Clock clock, long remainingMillis) {
        return new Deadline(clock.instant().plusMillis(remainingMillis).minus(INVOCATION_MARGIN));
    }

    /** {@code time} before this; {@link #NONE} stays as it is. */
    public Deadline minus(Duration time) {
        return this.equals(NONE) ? this : new Deadline(at.minus(time));
    }

    /** The earlier of this and {@code other}. */
    public Deadline earlier(Deadline other) {
        return other.at.isBefore(at) ? other : this;
    }

    /** The time left, zero once passed. */
    public Duration remaining(Clock clock) {
        Duration left = Duration.between(clock.instant(), at);
        return left.isNegative() ? Duration.ZERO : left;
    }
}
