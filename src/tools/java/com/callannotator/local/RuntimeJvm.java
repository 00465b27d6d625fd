package com.callannotator.local;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * A running runtime JVM and the thread that copies its output to our log stream.
 *
 * @param process the JVM
 * @param logCopier ends once the JVM's output is closed and fully copied
 */
record RuntimeJvm(Process process, Thread logCopier) {
    private static final Duration STOP_GRACE = Duration.ofSeconds(5);

    RuntimeJvm {
        requireNonNull(process, "process == null");
        requireNonNull(logCopier, "logCopier == null");
    }

    /** Ends the JVM (SIGTERM, then SIGKILL after a grace period) and waits until its last output is copied. */
    void stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(STOP_GRACE.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly().waitFor();
        }
        logCopier.join(STOP_GRACE.toMillis());
    }
}
