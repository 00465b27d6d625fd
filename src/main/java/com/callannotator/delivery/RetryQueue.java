package com.callannotator.delivery;

import java.time.Duration;

/** The queue where annotations wait for another round. Implementations are thread-safe. */
public interface RetryQueue {

    /**
     * Enqueues {@code message}, to be received after {@code delay} (at most 15 minutes).
     *
     * @throws RetryQueueException when it could not be enqueued
     */
    void send(RetryMessage message, Duration delay);
}
