package com.callannotator.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Speaks the Runtime API to {@link RuntimeApiServer} over real HTTP, as the runtime client does. */
final class RuntimeApiServerTest {
    private static final String ARN = "arn:aws:lambda:us-east-1:123456789012:function:local-fn";

    private final HttpClient client = HttpClient.newHttpClient();
    private RuntimeApiServer server;

    @AfterEach
    void close() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void next_withQueuedEvent_returnsEventAndLambdaHeaders() throws Exception {
        server = RuntimeApiServer.start(ARN);
        long before = System.currentTimeMillis();
        RuntimeApiServer.Invocation invocation = server.enqueue("{\"a\":1}", Duration.ofSeconds(14));

        HttpResponse<String> next = send(get("/invocation/next"));

        assertEquals(200, next.statusCode());
        assertEquals("{\"a\":1}", next.body());
        assertTrue(next.headers().firstValue("Lambda-Runtime-Aws-Request-Id").isPresent());
        assertEquals(ARN, next.headers().firstValue("Lambda-Runtime-Invoked-Function-Arn").orElseThrow());
        assertTrue(next.headers().firstValue("Lambda-Runtime-Trace-Id").orElseThrow().startsWith("Root=1-"));
        long deadline = Long.parseLong(next.headers().firstValue("Lambda-Runtime-Deadline-Ms").orElseThrow());
        assertTrue(deadline >= before + 14_000 && deadline <= System.currentTimeMillis() + 14_000);
        assertTrue(invocation.dispatchedAtNanos().isDone());
        assertFalse(invocation.reply().isDone());
    }

    @Test
    void response_completesInvocationWithBody() throws Exception {
        server = RuntimeApiServer.start(ARN);
        RuntimeApiServer.Invocation invocation = server.enqueue("{}", Duration.ofSeconds(14));
        String requestId = requestIdOf(send(get("/invocation/next")));

        HttpResponse<String> posted = send(post("/invocation/" + requestId + "/response", "{\"ok\":true}", null));

        assertEquals(202, posted.statusCode());
        RuntimeReply reply = invocation.reply().get(1, TimeUnit.SECONDS);
        assertEquals(InvocationResult.Kind.RESPONSE, reply.kind());
        assertEquals("{\"ok\":true}", reply.body());
        assertNull(reply.errorType());
    }

    @Test
    void error_keepsFunctionErrorTypeHeader() throws Exception {
        server = RuntimeApiServer.start(ARN);
        RuntimeApiServer.Invocation invocation = server.enqueue("{}", Duration.ofSeconds(14));
        String requestId = requestIdOf(send(get("/invocation/next")));

        send(post("/invocation/" + requestId + "/error", "{\"errorMessage\":\"x\"}", "Runtime.UserException"));

        RuntimeReply reply = invocation.reply().get(1, TimeUnit.SECONDS);
        assertEquals(InvocationResult.Kind.ERROR, reply.kind());
        assertEquals("Runtime.UserException", reply.errorType());
        assertEquals("{\"errorMessage\":\"x\"}", reply.body());
    }

    @Test
    void initError_completesInitErrorFuture() throws Exception {
        server = RuntimeApiServer.start(ARN);

        HttpResponse<String> posted = send(post("/init/error", "{\"errorMessage\":\"y\"}", "Runtime.BadFunctionCode"));

        assertEquals(202, posted.statusCode());
        assertEquals("Runtime.BadFunctionCode", server.initError().get(1, TimeUnit.SECONDS).errorType());
    }

    @Test
    void response_forUnknownRequestId_is404() throws Exception {
        server = RuntimeApiServer.start(ARN);

        HttpResponse<String> posted = send(post("/invocation/nope/response", "{}", null));

        assertEquals(404, posted.statusCode());
    }

    @Test
    void next_withNoEvent_staysParkedAndIsNeverAnswered() throws Exception {
        server = RuntimeApiServer.start(ARN);
        CompletableFuture<HttpResponse<String>> parked =
                client.sendAsync(get("/invocation/next"), HttpResponse.BodyHandlers.ofString());

        assertThrows(TimeoutException.class, () -> parked.get(300, TimeUnit.MILLISECONDS));
        server.close();

        // Closing drops the connection: the client sees an I/O failure, never an HTTP status.
        ExecutionException dropped = assertThrows(ExecutionException.class, () -> parked.get(5, TimeUnit.SECONDS));
        assertTrue(dropped.getCause() instanceof IOException, dropped.getCause().toString());
    }

    private HttpRequest get(String path) {
        return HttpRequest.newBuilder(uri(path)).GET().build();
    }

    private HttpRequest post(String path, String body, String errorType) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri(path)).POST(HttpRequest.BodyPublishers.ofString(body));
        if (errorType != null) {
            builder.header("Lambda-Runtime-Function-Error-Type", errorType);
        }
        return builder.build();
    }

    private URI uri(String path) {
        return URI.create("http://" + server.address() + "/2018-06-01/runtime" + path);
    }

    private HttpResponse<String> send(HttpRequest request) throws Exception {
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static String requestIdOf(HttpResponse<String> next) {
        return next.headers().firstValue("Lambda-Runtime-Aws-Request-Id").orElseThrow();
    }
}
