package com.callannotator.local;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A Docker-free {@code sam local invoke}: runs a function's events through the real Lambda Java runtime.
 *
 * <p>Events run in order in one runtime JVM, so the first is a cold start and the rest are warm. As in Lambda, a
 * runtime that crashes or times out is replaced by a fresh one for the events that are left. Usage:
 * <pre>{@code
 * FunctionSpec function = FunctionSpec.of(Path.of("target/sam-layout"), "com.example.Handler::handleRequest");
 * List<InvocationResult> results = new LocalInvoke(function, System.err).invoke(List.of(eventJson));
 * }</pre>
 * See {@link LocalInvokeCommand} for the command line.
 */
public final class LocalInvoke {
    /** Lambda's limit for the init phase of an on-demand function. */
    static final Duration INIT_LIMIT = Duration.ofSeconds(10);
    private static final Duration IDLE_GRACE = Duration.ofSeconds(2);

    private final FunctionSpec function;
    private final OutputStream logs;

    /** Runs {@code function}; the runtime's stdout and stderr are copied to {@code logs}. */
    public LocalInvoke(FunctionSpec function, OutputStream logs) {
        this.function = requireNonNull(function, "function == null");
        this.logs = requireNonNull(logs, "logs == null");
    }

    public static void main(String[] args) {
        System.exit(LocalInvokeCommand.run(args));
    }

    /**
     * Invokes each event in order and returns one result per event.
     *
     * @throws IOException when the local Runtime API or the runtime JVM cannot be started
     */
    public List<InvocationResult> invoke(List<String> events) throws IOException, InterruptedException {
        List<InvocationResult> results = new ArrayList<>();
        while (results.size() < events.size()) {
            results.addAll(runOneJvm(events.subList(results.size(), events.size())));
        }
        return results;
    }

    /** Feeds events to one runtime JVM until they run out or the runtime dies; returns the results it gave. */
    private List<InvocationResult> runOneJvm(List<String> events) throws IOException, InterruptedException {
        List<InvocationResult> results = new ArrayList<>();
        CompletableFuture<?> lastIdle = CompletableFuture.completedFuture(null);
        try (RuntimeApiServer api = RuntimeApiServer.start(RuntimeLauncher.functionArn(function))) {
            long startedAt = System.nanoTime();
            RuntimeJvm runtime = RuntimeLauncher.start(function, api.address(), logs);
            try {
                for (String event : events) {
                    Attempt attempt = invokeOnce(api, runtime, event, new Timing(startedAt, results.isEmpty()));
                    if (attempt.result() != null) {
                        results.add(attempt.result());
                    }
                    if (!attempt.runtimeAlive()) {
                        break;
                    }
                    lastIdle = attempt.runtimeIdle();
                }
                // Let the runtime finish its last invocation (it logs a fault after reporting it) before ending it.
                awaitAny(IDLE_GRACE, lastIdle, runtime.process().onExit());
            } finally {
                runtime.stop(); // Before the server closes: a parked /next must never be answered (class Javadoc).
            }
        }
        return results;
    }

    private Attempt invokeOnce(RuntimeApiServer api, RuntimeJvm runtime, String event, Timing timing)
            throws InterruptedException {
        RuntimeApiServer.Invocation invocation = api.enqueue(event, function.timeout());
        CompletableFuture<Process> exit = runtime.process().onExit();
        if (!awaitAny(INIT_LIMIT, invocation.dispatchedAtNanos(), api.initError(), exit)) {
            return Attempt.died(timing.synthetic("Sandbox.Timedout",
                    "Runtime did not ask for an event within " + INIT_LIMIT.toSeconds() + " s", null));
        }
        if (api.initError().isDone()) {
            return Attempt.died(timing.result(api.initError().join(), null));
        }
        if (!invocation.dispatchedAtNanos().isDone()) {
            // The runtime exited between two events. A fresh one gets this event, unless nothing ever started.
            return timing.cold() ? Attempt.died(timing.exited(runtime.process(), null)) : Attempt.died(null);
        }
        long dispatchedAt = invocation.dispatchedAtNanos().join();
        if (!awaitAny(function.timeout(), invocation.reply(), exit)) {
            return Attempt.died(timing.synthetic("Sandbox.Timedout", String.format(Locale.ROOT,
                    "Task timed out after %.2f seconds", function.timeout().toMillis() / 1000.0), dispatchedAt));
        }
        if (invocation.reply().isDone()) {
            return new Attempt(timing.result(invocation.reply().join(), dispatchedAt), invocation.runtimeIdle());
        }
        return Attempt.died(timing.exited(runtime.process(), dispatchedAt));
    }

    /** Waits until one of the futures completes; false on timeout. */
    private static boolean awaitAny(Duration timeout, CompletableFuture<?>... futures) throws InterruptedException {
        try {
            CompletableFuture.anyOf(futures).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (ExecutionException e) {
            throw new IllegalStateException("a runtime future failed", e.getCause());
        }
    }

    /**
     * One event's result (null when it must be retried in a fresh JVM) and, while the runtime lives, the future
     * that completes once it is idle again (null when it died).
     */
    private record Attempt(InvocationResult result, CompletableFuture<Void> runtimeIdle) {
        static Attempt died(InvocationResult result) {
            return new Attempt(result, null);
        }

        boolean runtimeAlive() {
            return runtimeIdle != null;
        }
    }

    /** Turns replies and local failures into results, timed from the start of the runtime JVM. */
    private record Timing(long startedAtNanos, boolean cold) {
        InvocationResult result(RuntimeReply reply, Long dispatchedAtNanos) {
            return new InvocationResult(reply.kind(), reply.body(), reply.errorType(),
                    since(startedAtNanos, reply.receivedAtNanos()), invoke(dispatchedAtNanos, reply.receivedAtNanos()),
                    cold);
        }

        InvocationResult exited(Process runtime, Long dispatchedAtNanos) {
            return synthetic("Runtime.ExitError",
                    "Runtime exited with error: exit status " + runtime.exitValue(), dispatchedAtNanos);
        }

        /** A failure the Lambda service itself reports, with the same error body shape as the runtime's. */
        InvocationResult synthetic(String errorType, String message, Long dispatchedAtNanos) {
            long now = System.nanoTime();
            String body = "{\"errorMessage\":\"" + message + "\",\"errorType\":\"" + errorType + "\"}";
            return new InvocationResult(InvocationResult.Kind.ERROR, body, errorType, since(startedAtNanos, now),
                    invoke(dispatchedAtNanos, now), cold);
        }

        private static Duration invoke(Long dispatchedAtNanos, long endNanos) {
            return dispatchedAtNanos == null ? Duration.ZERO : since(dispatchedAtNanos, endNanos);
        }

        private static Duration since(long startNanos, long endNanos) {
            return Duration.ofNanos(endNanos - startNanos);
        }
    }
}
