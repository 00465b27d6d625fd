package com.callannotator.twilio;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

final class RetryAfterTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-24T21:00:00Z"), ZoneOffset.UTC);

    @Test
    void parse_seconds_isThatManySeconds() {
        assertEquals(Optional.of(Duration.ofSeconds(7)), RetryAfter.parse(" 7 ", CLOCK));
    }

    @Test
    void parse_httpDate_isTheTimeUntilThen() {
        assertEquals(Optional.of(Duration.ofSeconds(90)), RetryAfter.parse("Tue, 24 Nov 2026 21:01:30 GMT", CLOCK));
    }

    @Test
    void parse_pastDate_isZero() {
        assertEquals(Optional.of(Duration.ZERO), RetryAfter.parse("Tue, 24 Nov 2026 20:00:00 GMT", CLOCK));
    }

    @Test
    void parse_absentOrGarbage_isEmpty() {
        assertEquals(Optional.empty(), RetryAfter.parse(null, CLOCK));
        assertEquals(Optional.empty(), RetryAfter.parse("soon", CLOCK));
        assertEquals(Optional.empty(), RetryAfter.parse("-1", CLOCK));
    }
}
