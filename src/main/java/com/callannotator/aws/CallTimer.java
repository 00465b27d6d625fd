package com.callannotator.aws;

import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Aborts a call that outlasts its time: the HTTP client's own timeouts are per connect and per read, not per call.
 * One daemon thread, started on first use.
 */
final class CallTimer {

    private static final ScheduledThreadPoolExecutor TIMER = timer();

    private CallTimer() {
    }

    /** Pending abort of one call; closing it cancels the abort. */
    interface Cancel extends AutoCloseable {
        /** True once the abort has run: the call was given up for lack of time. */
        boolean fired();

        @Override
        void close();
    }

    /** Runs {@code abort} after {@code timeout}, unless the returned handle is closed first. */
    static Cancel abortAfter(Duration timeout, Runnable abort) {
        AtomicBoolean fired = new AtomicBoolean();
        ScheduledFuture<?> pending = TIMER.schedule(() -> {
            fired.set(true);
            abort.run();
        }, timeout.toNanos(), TimeUnit.NANOSECONDS);
        return new Cancel() {
            @Override
            public boolean fired() {
                return fired.get();
            }

            @Override
            public void close() {
                pending.cancel(false);
            }
        };
    }

    private static ScheduledThreadPoolExecutor timer() {
        ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1, runnable -> {
            Thread thread = new Thread(runnable, "call-annotator-aws-call-timer");
            thread.setDaemon(true);
            return thread;
        });
        timer.setRemoveOnCancelPolicy(true);
        return timer;
    }
}
