package com.callannotator.delivery;

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
     * The deadline of a Lambda invocation: its remaining time less {@code margin} (to answer, log, or queue), and
     * never later than {@code budget} from now.
     *
     * @param remainingMillis {@code Context.getRemainingTimeInMillis()}
     */
    public static Deadline forInvocation(Clock clock, Duration budget, long remainingMillis, Duration margin) {
        return beforeInvocationEnds(clock, remainingMillis, margin).earlier(after(clock, budget));
    }

    /**
     * {@code margin} before a Lambda invocation ends.
     *
     * @param remainingMillis {@code Context.getRemainingTimeInMillis()}
     */
    public static Deadline beforeInvocationEnds(Clock clock, long remainingMillis, Duration margin) {
        return new Deadline(clock.instant().plusMillis(remainingMillis).minus(margin));
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
