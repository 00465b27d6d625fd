package com.callannotator.delivery;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.util.function.Supplier;

/**
 * A retry queue built when first needed: a webhook that posts its annotation at once never loads the SQS client or
 * its classes. {@link #build()} builds it ahead, for a SnapStart snapshot. Thread-safe.
 */
public final class LazyRetryQueue implements RetryQueue {

    private final Supplier<RetryQueue> factory;
    private volatile RetryQueue queue;

    /** @param factory builds the real queue, once */
    public LazyRetryQueue(Supplier<RetryQueue> factory) {
        this.factory = requireNonNull(factory, "factory == null");
    }

    /** Builds the queue now if it is not built yet; sends nothing. */
    public RetryQueue build() {
        RetryQueue built = queue;
        if (built == null) {
            synchronized (this) {
                built = queue;
                if (built == null) {
                    built = requireNonNull(factory.get(), "factory returned null");
                    queue = built;
                }
            }
        }
        return built;
    }

    /** Whether the queue has been built. */
    public boolean isBuilt() {
        return queue != null;
    }

    @Override
    public void send(RetryMessage message, Duration delay, Duration timeout) {
        build().send(message, delay, timeout);
    }

    @Override
    public String toString() {
        return "LazyRetryQueue[" + (queue == null ? "not built" : queue) + "]";
    }
}
