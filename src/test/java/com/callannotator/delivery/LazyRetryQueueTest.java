package com.callannotator.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.callannotator.annotation.Annotation;
import com.callannotator.annotation.AnsweredBy;
import com.callannotator.annotation.CallSid;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

final class LazyRetryQueueTest {

    @Test
    void buildsNothingUntilTheFirstSend_thenOnce() {
        AtomicInteger built = new AtomicInteger();
        List<RetryMessage> sent = new ArrayList<>();
        LazyRetryQueue queue = new LazyRetryQueue(() -> {
            built.incrementAndGet();
            return (message, delay, timeout) -> sent.add(message);
        });
        assertFalse(queue.isBuilt());
        assertEquals(0, built.get());

        RetryMessage message = new RetryMessage(Annotation.builder(new CallSid("CA00000000000000000000000000000001"))
                .answeredBy(AnsweredBy.HUMAN).build(), 1, "test", Instant.EPOCH);
        queue.send(message, Duration.ofSeconds(1), Duration.ofSeconds(1));
        queue.send(message, Duration.ofSeconds(1), Duration.ofSeconds(1));

        assertEquals(1, built.get());
        assertEquals(List.of(message, message), sent);
    }

    @Test
    void build_buildsAheadForASnapshot_andReturnsTheSameQueue() {
        AtomicInteger built = new AtomicInteger();
        LazyRetryQueue queue = new LazyRetryQueue(() -> {
            built.incrementAndGet();
            return (message, delay, timeout) -> { };
        });

        RetryQueue first = queue.build();

        assertTrue(queue.isBuilt());
        assertSame(first, queue.build());
        assertEquals(1, built.get());
    }
}
