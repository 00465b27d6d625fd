package com.callannotator.testutils;

import com.callannotator.delivery.RetryMessage;
import com.callannotator.delivery.RetryQueue;
import com.callannotator.delivery.RetryQueueException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A retry queue in memory that records what was sent, and can be told to refuse. Thread-safe. */
public final class InMemoryRetryQueue implements RetryQueue {

    private final List<Sent> sent = new CopyOnWriteArrayList<>();
    private volatile boolean refusing;

    @Override
    public void send(RetryMessage message, Duration delay, Duration timeout) {
        if (refusing) {
            throw new RetryQueueException("could not enqueue on memory: refused", null);
        }
        sent.add(new Sent(message, delay));
    }

    /** From now on, every send fails. */
    public void refuse() {
        refusing = true;
    }

    /** Everything sent, in order. */
    public List<Sent> sent() {
        return List.copyOf(sent);
    }

    /** One message and its delay. */
    public record Sent(RetryMessage message, Duration delay) {
    }
}
