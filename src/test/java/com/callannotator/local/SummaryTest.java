package com.callannotator.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

final class SummaryTest {

    @Test
    void of_oddCount_takesMiddleValue() {
        Summary summary = Summary.of(List.of(ms(30), ms(10), ms(20)));

        assertEquals(new Summary(3, 20, 10, 30, 30), summary);
    }

    @Test
    void of_evenCount_averagesMiddleValues() {
        assertEquals(15, Summary.of(List.of(ms(10), ms(20), ms(40), ms(5))).medianMs());
    }

    @Test
    void of_twoHundredTimings_p99IsNearestRank() {
        List<Duration> timings = new ArrayList<>();
        for (int i = 1; i <= 200; i++) {
            timings.add(ms(i));
        }

        assertEquals(198, Summary.of(timings).p99Ms());
    }

    @Test
    void of_noTimings_throws() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Summary.of(List.of()));

        assertEquals("no timings to summarise", e.getMessage());
    }

    private static Duration ms(long millis) {
        return Duration.ofMillis(millis);
    }
}
