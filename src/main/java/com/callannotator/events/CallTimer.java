package com.callannotator.events;

import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Aborts a call that outlasts its time: the HTTP client's own timeouts are per connect and per read, not per call.
 * One daemon thread, started on first use (so only when events are on).
 */
final class CallTimer {

    private static final ScheduledThreadPoolExecutor TIMER = timer();

    private CallTimer() {
    }

    /** Pending abort of one call; closing it cancels the abort. */
    interface Cancel extends AutoCloseable {
        @Override
        void close();
    }

    /** Runs {@code abort} after {@code timeout}, unless the returned handle is closed first. */
    static Cancel abortAfter(Duration timeout, Runnable abort) {
        ScheduledFuture<?> pending = TIMER.schedule(abort, timeout.toNanos(), TimeUnit.NANOSECONDS);
        return () -> pending.cancel(false);
    }

    private static ScheduledThreadPoolExecutor timer() {
        ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1, runnable -> {
            Thread thread = new Thread(runnable, "call-annotator-events-timer");
            thread.setDaemon(true);
            return thread;
        });
        timer.setRemoveOnCancelPolicy(true);
        return timer;
    }
}
