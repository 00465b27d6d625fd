package com.callannotator.local;

import static java.nio.charset.StandardCharsets.UTF_8;
import static java.util.Objects.requireNonNull;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A local AWS Lambda Runtime API: hands queued events to a runtime client and records what it posts back.
 *
 * <p>Implements {@code GET /2018-06-01/runtime/invocation/next}, {@code POST …/invocation/{id}/response},
 * {@code POST …/invocation/{id}/error}, {@code POST …/runtime/init/error}, and for SnapStart
 * {@code GET …/runtime/restore/next} (answered at once: the restore is emulated, no image is taken)
 * (<a href="https://docs.aws.amazon.com/lambda/latest/dg/runtimes-api.html">Runtime API</a>). When no event is
 * queued, {@code /next} stays parked, as in Lambda: the real runtime client crashes (SIGSEGV in its JNI curl client)
 * if a parked {@code /next} is answered with an error status (FACTS-aws.md §4.3). So the owner must end the runtime
 * process <em>before</em> calling {@link #close()}, which then drops the parked request without answering it.
 *
 * <p>Thread-safe; meant for one runtime client at a time.
 */
final class RuntimeApiServer implements AutoCloseable {
    private static final String PREFIX = "/2018-06-01/runtime";
    private static final String FUNCTION_ERROR_TYPE = "Lambda-Runtime-Function-Error-Type";
    private static final String UNKNOWN_ERROR_TYPE = "Runtime.Unknown";
    private static final byte[] ACCEPTED = "{\"status\":\"OK\"}".getBytes(UTF_8);
    private static final Pending CLOSING = new Pending("", Duration.ZERO, null);

    static {
        // Without TCP_NODELAY each small reply waits out Nagle against the client's delayed ACK: ~40 ms per
        // invoke. The JDK server reads this once, when it is first used in this JVM.
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    private final HttpServer server;
    private final ExecutorService executor;
    private final String functionArn;
    private final BlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
    private final Map<String, Invocation> inFlight = new ConcurrentHashMap<>();
    private final CompletableFuture<RuntimeReply> initError = new CompletableFuture<>();
    private volatile Invocation lastDispatched;

    private RuntimeApiServer(HttpServer server, ExecutorService executor, String functionArn) {
        this.server = server;
        this.executor = executor;
        this.functionArn = functionArn;
    }

    /** Starts a server on a free port of 127.0.0.1 that reports {@code functionArn} as the invoked function. */
    static RuntimeApiServer start(String functionArn) throws IOException {
        requireNonNull(functionArn, "functionArn == null");
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        ExecutorService executor = Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "runtime-api");
            thread.setDaemon(true); // A parked /next must never keep the JVM alive.
            return thread;
        });
        RuntimeApiServer api = new RuntimeApiServer(server, executor, functionArn);
        server.createContext(PREFIX + "/", api::handle);
        server.setExecutor(executor);
        server.start();
        return api;
    }

    /** The value for {@code AWS_LAMBDA_RUNTIME_API}: {@code 127.0.0.1:port}. */
    String address() {
        InetSocketAddress address = server.getAddress();
        return address.getAddress().getHostAddress() + ":" + address.getPort();
    }

    /**
     * Queues an event for the runtime's next {@code /next}. {@code timeout} sets {@code Lambda-Runtime-Deadline-Ms}
     * from the moment the event is handed out; the server itself never enforces it.
     */
    Invocation enqueue(String eventJson, Duration timeout) {
        Invocation invocation = new Invocation(new CompletableFuture<>(), new CompletableFuture<>(),
                new CompletableFuture<>());
        queue.add(new Pending(requireNonNull(eventJson, "eventJson == null"),
                requireNonNull(timeout, "timeout == null"), invocation));
        return invocation;
    }

    /** Completes when the runtime reports an initialisation failure on {@code /runtime/init/error}. */
    CompletableFuture<RuntimeReply> initError() {
        return initError;
    }

    /** Releases any parked {@code /next} without answering it and stops listening. End the runtime first. */
    @Override
    public void close() {
        queue.clear();
        queue.add(CLOSING);
        server.stop(0);
        executor.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try {
            String path = exchange.getRequestURI().getPath().substring(PREFIX.length());
            String method = exchange.getRequestMethod();
            if (method.equals("GET") && path.equals("/invocation/next")) {
                next(exchange);
            } else if (method.equals("GET") && path.equals("/restore/next")) {
                send(exchange, 200, ACCEPTED);
            } else if (method.equals("POST") && path.equals("/init/error")) {
                initError.complete(reply(exchange, InvocationResult.Kind.ERROR));
                send(exchange, 202, ACCEPTED);
            } else if (method.equals("POST") && path.startsWith("/invocation/")) {
                invocationReply(exchange, path.substring("/invocation/".length()));
            } else {
                send(exchange, 404, ("{\"errorMessage\":\"unknown path: " + path + "\"}").getBytes(UTF_8));
            }
        } finally {
            exchange.close();
        }
    }

    @SuppressWarnings("ReferenceEquality") // CLOSING is a sentinel: identity, not record equality, is the test.
    private void next(HttpExchange exchange) throws IOException {
        Invocation previous = lastDispatched;
        if (previous != null) {
            previous.runtimeIdle().complete(null);
        }
        Pending pending;
        try {
            pending = queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return; // Shutting down: drop the request unanswered (see class Javadoc).
        }
        if (pending == CLOSING) {
            queue.add(CLOSING); // Let any other parked request see it too.
            return;
        }
        String requestId = UUID.randomUUID().toString();
        inFlight.put(requestId, pending.invocation());
        lastDispatched = pending.invocation();
        var headers = exchange.getResponseHeaders();
        headers.set("Content-Type", "application/json");
        headers.set("Lambda-Runtime-Aws-Request-Id", requestId);
        headers.set("Lambda-Runtime-Deadline-Ms",
                Long.toString(System.currentTimeMillis() + pending.timeout().toMillis()));
        headers.set("Lambda-Runtime-Invoked-Function-Arn", functionArn);
        headers.set("Lambda-Runtime-Trace-Id", traceId());
        // Stamp before sending: the reply may arrive on another thread before send() returns.
        pending.invocation().dispatchedAtNanos().complete(System.nanoTime());
        send(exchange, 200, pending.eventJson().getBytes(UTF_8));
    }

    private void invocationReply(HttpExchange exchange, String rest) throws IOException {
        int slash = rest.indexOf('/');
        String requestId = slash < 0 ? rest : rest.substring(0, slash);
        String action = slash < 0 ? "" : rest.substring(slash + 1);
        Invocation invocation = inFlight.get(requestId);
        if (invocation == null || !(action.equals("response") || action.equals("error"))) {
            send(exchange, 404, ("{\"errorMessage\":\"unknown invocation: " + rest + "\"}").getBytes(UTF_8));
            return;
        }
        inFlight.remove(requestId);
        InvocationResult.Kind kind = action.equals("response")
                ? InvocationResult.Kind.RESPONSE : InvocationResult.Kind.ERROR;
        invocation.reply().complete(reply(exchange, kind));
        send(exchange, 202, ACCEPTED);
    }

    private static RuntimeReply reply(HttpExchange exchange, InvocationResult.Kind kind) throws IOException {
        String body;
        try (InputStream in = exchange.getRequestBody()) {
            body = new String(in.readAllBytes(), UTF_8);
        }
        String errorType = null;
        if (kind == InvocationResult.Kind.ERROR) {
            String header = exchange.getRequestHeaders().getFirst(FUNCTION_ERROR_TYPE);
            errorType = header == null ? UNKNOWN_ERROR_TYPE : header;
        }
        return new RuntimeReply(kind, body, errorType, System.nanoTime());
    }

    private static void send(HttpExchange exchange, int status, byte[] body) throws IOException {
        exchange.getResponseHeaders().putIfAbsent("Content-Type", List.of("application/json"));
        exchange.sendResponseHeaders(status, body.length);
        exchange.getResponseBody().write(body);
    }

    /** An X-Ray trace header in the format Lambda sends (not sampled, so no SDK tries to emit segments). */
    private static String traceId() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return String.format("Root=1-%08x-%012x%012x;Parent=%016x;Sampled=0", System.currentTimeMillis() / 1000,
                random.nextLong(1L << 48), random.nextLong(1L << 48), random.nextLong(Long.MAX_VALUE));
    }

    /**
     * One queued event, seen from the caller.
     *
     * @param dispatchedAtNanos completes with {@link System#nanoTime()} once {@code /next} has handed the event out
     * @param reply completes when the runtime posts the response or error for it
     * @param runtimeIdle completes when the runtime asks for its next event after this one, i.e. it has finished
     *     with this one, including the logging it does after posting an error
     */
    record Invocation(CompletableFuture<Long> dispatchedAtNanos, CompletableFuture<RuntimeReply> reply,
            CompletableFuture<Void> runtimeIdle) { }

    private record Pending(String eventJson, Duration timeout, Invocation invocation) { }
}
