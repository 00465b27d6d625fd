package com.callannotator.local;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A Docker-free {@code sam local start-api} for {@code scripts/serve}: an HTTP server on 127.0.0.1 that turns each
 * request into an HTTP API (payload 2.0) event, runs it through the real Lambda runtime interface client, in one
 * warm runtime JVM (replaced when it dies), one request at a time as one Lambda execution environment does, and
 * answers with the function's response.
 *
 * <pre>
 * LocalApiServer --port N --task-root DIR --handler HANDLER [--name NAME] [--env-file FILE] [--timeout S] [--memory MB]
 * </pre>
 */
public final class LocalApiServer {
    /** API Gateway's own limit on a request body; a larger one is refused before the function runs. */
    private static final int MAX_BODY_BYTES = 10 * 1024 * 1024;

    private final FunctionSpec function;
    private RuntimeApiServer api;
    private RuntimeJvm runtime;

    private LocalApiServer(FunctionSpec function) {
        this.function = function;
    }

    public static void main(String[] args) throws Exception {
        int port = args.length >= 2 && "--port".equals(args[0]) ? Integer.parseInt(args[1]) : 3000;
        String[] rest = Arrays.copyOfRange(args, args.length >= 2 ? 2 : 0, args.length);
        FunctionSpec function = LocalInvokeCommand.parseFunction(List.of(rest));
        LocalApiServer local = new LocalApiServer(function);
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        server.createContext("/", local::handle);
        server.start(); // One dispatcher thread: requests run one at a time, as in one execution environment.
        System.out.println("serve: listening on http://127.0.0.1:" + server.getAddress().getPort());
        System.out.flush();
        Runtime.getRuntime().addShutdownHook(new Thread(local::stopRuntime));
        Thread.currentThread().join();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (InputStream in = exchange.getRequestBody()) {
            byte[] body = in.readNBytes(MAX_BODY_BYTES + 1);
            if (body.length > MAX_BODY_BYTES) {
                exchange.sendResponseHeaders(413, -1);
                exchange.close();
                return;
            }
            RuntimeReply reply = invoke(HttpApiEvents.event(exchange, body));
            System.err.printf("serve: %s %s -> %s%n", exchange.getRequestMethod(), exchange.getRequestURI().getRawPath(),
                    reply == null ? "no answer" : reply.kind() == InvocationResult.Kind.RESPONSE ? "response"
                            : "error " + reply.errorType());
            if (reply == null || reply.kind() != InvocationResult.Kind.RESPONSE) {
                HttpApiEvents.internalError(exchange);
            } else {
                HttpApiEvents.answer(exchange, reply.body());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            HttpApiEvents.internalError(exchange);
        } catch (RuntimeException e) {
            System.err.println("serve: " + e);
            HttpApiEvents.internalError(exchange);
        }
    }

    /** The runtime's reply to one event, or null when it timed out or died (the runtime is then replaced). */
    private RuntimeReply invoke(String event) throws IOException, InterruptedException {
        if (runtime == null || !runtime.process().isAlive()) {
            stopRuntime();
            api = RuntimeApiServer.start(RuntimeLauncher.functionArn(function));
            runtime = RuntimeLauncher.start(function, api.address(), System.err);
        }
        RuntimeApiServer.Invocation invocation = api.enqueue(event, function.timeout());
        Duration limit = function.timeout().plus(LocalInvoke.INIT_LIMIT);
        try {
            CompletableFuture.anyOf(invocation.reply(), api.initError(), runtime.process().onExit())
                    .get(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException e) {
            System.err.println("serve: no answer within " + limit.toSeconds() + " s; starting a fresh runtime");
        }
        if (invocation.reply().isDone()) {
            invocation.runtimeIdle().completeOnTimeout(null, 2, TimeUnit.SECONDS).join();
            return invocation.reply().join();
        }
        RuntimeReply initError = api.initError().isDone() ? api.initError().join() : null;
        stopRuntime();
        return initError;
    }

    private synchronized void stopRuntime() {
        try {
            if (runtime != null) {
                runtime.stop();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            runtime = null;
            if (api != null) {
                api.close();
            }
            api = null;
        }
    }
}
