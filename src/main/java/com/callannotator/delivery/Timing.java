package com.callannotator.delivery;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;

/**
 * Where delivery gets time and chance from, so tests control both.
 *
 * @param clock the time
 * @param sleeper waits between attempts
 * @param jitter uniform values in {@code [0, 1)} for the backoff's full jitter
 */
public record Timing(Clock clock, Sleeper sleeper, DoubleSupplier jitter) {

    public Timing {
        requireNonNull(clock, "clock == null");
        requireNonNull(sleeper, "sleeper == null");
        requireNonNull(jitter, "jitter == null");
    }

    /** The system clock, real sleeps and a thread-local random. */
    public static Timing system() {
        return new Timing(Clock.systemUTC(), Sleeper.THREAD, () -> ThreadLocalRandom.current().nextDouble());
    }
}
