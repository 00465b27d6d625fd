package com.callannotator.local;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.callannotator.local.handlers.ContextHandler;
import com.callannotator.local.handlers.FailingHandler;
import com.callannotator.local.handlers.FailingInitHandler;
import com.callannotator.local.handlers.HelloWorldHandler;
import com.callannotator.local.handlers.SleepingHandler;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Drives the real runtime interface client, in its own JVM, through {@link LocalInvoke}. */
final class LocalInvokeTest {
    private static final String HTTP_EVENT = "{\"version\":\"2.0\",\"routeKey\":\"$default\","
            + "\"rawPath\":\"/status-callback\",\"rawQueryString\":\"\",\"headers\":{\"host\":\"example.com\"},"
            + "\"requestContext\":{\"http\":{\"method\":\"POST\",\"path\":\"/status-callback\"},"
            + "\"stage\":\"$default\"},\"body\":\"\",\"isBase64Encoded\":false}";
    private static final String HANDLERS = "com.callannotator.local.handlers.";

    @TempDir
    static Path taskRoot;

    private final ByteArrayOutputStream logs = new ByteArrayOutputStream();

    @BeforeAll
    static void layOutTaskRoot() throws IOException {
        TaskRoot.create(taskRoot,
                List.of(HelloWorldHandler.class, ContextHandler.class, FailingHandler.class,
                        FailingInitHandler.class, SleepingHandler.class),
                List.of(APIGatewayV2HTTPEvent.class));
    }

    @Test
    void invoke_twoHttpEvents_respondsColdThenWarm() throws Exception {
        FunctionSpec function = FunctionSpec.of(taskRoot, HANDLERS + "HelloWorldHandler::handleRequest");

        List<InvocationResult> results = invoke(function, HTTP_EVENT, HTTP_EVENT);

        assertEquals(2, results.size());
        for (InvocationResult result : results) {
            assertEquals(InvocationResult.Kind.RESPONSE, result.kind(), result.body());
            assertTrue(result.body().contains("\"statusCode\":200"), result.body());
            assertTrue(result.body().contains("\"body\":\"hello /status-callback\""), result.body());
        }
        assertTrue(results.get(0).coldStart());
        assertFalse(results.get(1).coldStart());
        assertTrue(results.get(1).sinceStart().compareTo(results.get(0).sinceStart()) > 0);
    }

    @Test
    void invoke_warmEvents_doNotStallOnTcpAcknowledgements() throws Exception {
        FunctionSpec function = FunctionSpec.of(taskRoot, HANDLERS + "HelloWorldHandler::handleRequest");

        List<InvocationResult> results = invoke(function, HTTP_EVENT, HTTP_EVENT, HTTP_EVENT, HTTP_EVENT, HTTP_EVENT);

        // A warm hello world takes a few ms; Nagle against delayed ACKs would add ~40 ms to every one.
        List<Duration> warm = results.subList(1, results.size()).stream().map(InvocationResult::invoke).toList();
        double medianMs = Summary.of(warm).medianMs();
        assertTrue(medianMs < 30, "median warm invoke " + medianMs + " ms");
    }

    @Test
    void invoke_contextHandler_seesNameMemoryDeadlineAndEnvironment() throws Exception {
        FunctionSpec function = FunctionSpec.of(taskRoot, HANDLERS + "ContextHandler")
                .withName("call-annotator").withMemoryMb(512).withTimeout(Duration.ofSeconds(9))
                .withEnvironment(Map.of("GREETING", "hi there"));

        InvocationResult result = invoke(function, "\"GREETING\"").get(0);

        assertEquals(InvocationResult.Kind.RESPONSE, result.kind(), result.body());
        assertTrue(result.body().startsWith("{\"functionName\":\"call-annotator\",\"memoryMb\":512,"), result.body());
        assertTrue(result.body().endsWith(",\"GREETING\":\"hi there\"}"), result.body());
        Matcher remaining = Pattern.compile("\"remainingMs\":(\\d+)").matcher(result.body());
        assertTrue(remaining.find(), result.body());
        long remainingMs = Long.parseLong(remaining.group(1));
        assertTrue(remainingMs > 0 && remainingMs <= 9_000, "remainingMs " + remainingMs);
    }

    @Test
    void invoke_handlerThrows_reportsUserExceptionAndRuntimeLivesOn() throws Exception {
        FunctionSpec function = FunctionSpec.of(taskRoot, HANDLERS + "FailingHandler::handleRequest");

        List<InvocationResult> results = invoke(function, "{}", "{}");

        for (InvocationResult result : results) {
            assertEquals(InvocationResult.Kind.ERROR, result.kind());
            assertEquals("Runtime.UserException", result.errorType());
            assertTrue(result.body().contains("\"errorMessage\":\"boom requested\""), result.body());
            assertTrue(result.body().contains("\"errorType\":\"java.lang.IllegalStateException\""), result.body());
        }
        assertFalse(results.get(1).coldStart());
    }

    @Test
    void invoke_unknownHandlerClass_reportsClassNotFound() throws Exception {
        FunctionSpec function = FunctionSpec.of(taskRoot, HANDLERS + "Nope::handleRequest");

        InvocationResult result = invoke(function, "{}").get(0);

        assertEquals(InvocationResult.Kind.ERROR, result.kind());
        assertEquals("Runtime.BadFunctionCode", result.errorType());
        assertTrue(result.body().contains("Class not found: " + HANDLERS + "Nope"), result.body());
    }

    @Test
    void invoke_constructorThrows_reportsInitErrorInEachFreshRuntime() throws Exception {
        FunctionSpec function = FunctionSpec.of(taskRoot, HANDLERS + "FailingInitHandler::handleRequest");

        List<InvocationResult> results = invoke(function, "{}", "{}");

        assertEquals(2, results.size());
        for (InvocationResult result : results) {
            assertEquals(InvocationResult.Kind.ERROR, result.kind());
            assertEquals("Runtime.BadFunctionCode", result.errorType());
            assertTrue(result.body().contains("bad configuration"), result.body());
            assertTrue(result.coldStart());
        }
    }

    @Test
    void invoke_handlerOverrunsTimeout_timesOutThenRunsNextEventInFreshRuntime() throws Exception {
        FunctionSpec function = FunctionSpec.of(taskRoot, HANDLERS + "SleepingHandler::handleRequest")
                .withTimeout(Duration.ofSeconds(1));

        List<InvocationResult> results = invoke(function, "5000", "0");

        assertEquals(InvocationResult.Kind.ERROR, results.get(0).kind());
        assertEquals("Sandbox.Timedout", results.get(0).errorType());
        assertTrue(results.get(0).body().contains("Task timed out after 1.00 seconds"), results.get(0).body());
        assertEquals(new InvocationResult(InvocationResult.Kind.RESPONSE, "\"slept\"", null,
                results.get(1).sinceStart(), results.get(1).invoke(), true), results.get(1));
    }

    @Test
    void invoke_runtimeLogs_goToLogStreamNotToResults() throws Exception {
        FunctionSpec function = FunctionSpec.of(taskRoot, HANDLERS + "FailingHandler::handleRequest");

        invoke(function, "{}");

        // The RIC logs a user fault it reports; that must reach our log stream. The child's output is pumped by
        // another thread and may trail the result on a loaded machine, so wait for it (up to 10 s) instead of racing.
        long giveUpAt = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!logs.toString(UTF_8).contains("boom requested") && System.nanoTime() < giveUpAt) {
            Thread.sleep(20);
        }
        assertTrue(logs.toString(UTF_8).contains("boom requested"), logs.toString(UTF_8));
    }

    private List<InvocationResult> invoke(FunctionSpec function, String... events) throws Exception {
        return new LocalInvoke(function, logs).invoke(List.of(events));
    }
}
