package com.callannotator.delivery;

/** Where delivery reports what the per-request log line cannot hold. Implementations are thread-safe. */
public interface DeliveryLog {

    /**
     * An annotation that was neither posted nor queued: logged whole, so it can be replayed by sending
     * {@code message} to the retry queue.
     */
    void unsent(RetryMessage message, String reason);
}
