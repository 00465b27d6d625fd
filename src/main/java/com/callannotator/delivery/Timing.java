package com.callannotator.delivery;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.security.SecureRandom;
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

    /**
     * The system clock, real sleeps and a {@link SecureRandom} jitter. Not {@code ThreadLocalRandom}: its seed,
     * drawn before a SnapStart snapshot, would give every restored environment the same jitter. The JDK's default
     * {@code SecureRandom} on Linux mixes fresh {@code /dev/urandom} bytes into every value, so restored copies
     * differ (AWS, "Handling uniqueness with Lambda SnapStart").
     */
    public static Timing system() {
        SecureRandom random = new SecureRandom();
        return new Timing(Clock.systemUTC(), Sleeper.THREAD, random::nextDouble);
    }
}
