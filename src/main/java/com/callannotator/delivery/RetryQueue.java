package com.callannotator.delivery;

import java.time.Duration;

/** The queue where annotations wait for another round. Implementations are thread-safe. */
public interface RetryQueue {

    /**
     * Enqueues {@code message}, to be received after {@code delay} (at most 15 minutes), giving up after
     * {@code timeout} so the invocation still has time to answer and log.
     *
     * @throws RetryQueueException when it could not be enqueued in time
     */
    void send(RetryMessage message, Duration delay, Duration timeout);
}
