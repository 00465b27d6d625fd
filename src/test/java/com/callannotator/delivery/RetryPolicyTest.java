package com.callannotator.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class RetryPolicyTest {

    private static final RetryPolicy POLICY = DeliveryRoundTest.POLICY;

    @ParameterizedTest(name = "retry {0} waits up to {1} ms")
    @CsvSource({"1, 200", "2, 400", "3, 800", "4, 1600", "5, 2000", "40, 2000"})
    void backoffCeiling_doublesUpToTheCap(int retry, long millis) {
        assertEquals(Duration.ofMillis(millis), POLICY.backoffCeiling(retry));
    }

    @ParameterizedTest(name = "round {0}, Retry-After {1} s: {2} s")
    @CsvSource({"1, 0, 60", "2, 0, 120", "3, 0, 240", "4, 0, 480", "5, 0, 900", "9, 0, 900", "1, 300, 300",
            "1, 3600, 900"})
    void queueDelay_doublesHonoursRetryAfterAndStaysWithinSqsLimit(int round, long retryAfter, long seconds) {
        assertEquals(Duration.ofSeconds(seconds), POLICY.queueDelay(round, Duration.ofSeconds(retryAfter)));
    }
}
