package com.callannotator.testutils;

import com.callannotator.delivery.Sleeper;
import com.callannotator.delivery.Timing;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A clock that moves only when told, and a sleeper that moves it instead of waiting. Thread-safe. */
public final class FakeClock extends Clock {

    private volatile Instant now;
    private final List<Duration> sleeps = new CopyOnWriteArrayList<>();

    public FakeClock(Instant start) {
        this.now = start;
    }

    /** A clock at 2026-11-24T21:00:00Z. */
    public static FakeClock start() {
        return new FakeClock(Instant.parse("2026-11-24T21:00:00Z"));
    }

    /** Moves the clock forward. */
    public synchronized void advance(Duration duration) {
        now = now.plus(duration);
    }

    /** A sleeper that advances this clock and records the wait. */
    public Sleeper sleeper() {
        return duration -> {
            sleeps.add(duration);
            advance(duration);
        };
    }

    /** Timing on this clock with fake sleeps and the given jitter (a value in [0, 1)). */
    public Timing timing(double jitter) {
        return new Timing(this, sleeper(), () -> jitter);
    }

    /** Every wait asked of {@link #sleeper()}, in order. */
    public List<Duration> sleeps() {
        return List.copyOf(sleeps);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("a fake clock stays in UTC");
    }

    @Override
    public Instant instant() {
        return now;
    }
}
