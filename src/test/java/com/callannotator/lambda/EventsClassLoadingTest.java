package com.callannotator.lambda;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * With {@code EVENT_BUS_NAME} unset, in the deployed configuration (secret and retry queue set), not one class of
 * EventBridge (our edge, which signs {@code PutEvents} itself, or the SDK's module, should it come back) is loaded: the JVM's own {@code -Xlog:class+load} says so, in a fresh JVM
 * built from the environment as Lambda builds it. With the bus set, the same check sees them, so it can fail.
 */
final class EventsClassLoadingTest {

    private static final List<String> EVENTBRIDGE = List.of("software.amazon.awssdk.services.eventbridge.",
            "com.callannotator.events.EventBridgeEvents", "com.callannotator.events.EventPriming",
            "com.callannotator.events.PutEventsClient");
    /** What the bus set must load: the edge and its put. */
    private static final List<String> EDGE = List.of("com.callannotator.events.EventBridgeEvents ",
            "com.callannotator.events.PutEventsClient ");

    @TempDir
    Path directory;

    @Test
    void busUnset_deployedConfiguration_noEventBridgeClassIsLoaded() throws Exception {
        Run run = probe(Map.of("TWILIO_SECRET_ID", "call-annotator/twilio", "AWS_REGION", "us-east-1",
                "AWS_ACCESS_KEY_ID", "testing", "AWS_SECRET_ACCESS_KEY", "testing",
                "RETRY_QUEUE_URL", "http://127.0.0.1:9/123456789012/retry"));

        assertEquals("EventOutcome[attempted=false, failure=null]", run.stdout().strip());
        assertEquals(List.of(), eventBridgeClasses(run.classes()));
    }

    @Test
    void busSet_eventBridgeClassesAreLoaded() throws Exception {
        Run run = probe(Map.of("EVENT_BUS_NAME", "annotations", "AWS_REGION", "us-east-1",
                "AWS_ACCESS_KEY_ID", "testing", "AWS_SECRET_ACCESS_KEY", "testing",
                "AWS_ENDPOINT_URL", "http://127.0.0.1:" + closedPort()));

        assertTrue(run.stdout().startsWith("EventOutcome[attempted=true"), run.stdout());
        List<String> loaded = eventBridgeClasses(run.classes());
        assertTrue(EDGE.stream().allMatch(name -> loaded.stream().anyMatch(line -> line.contains(name))),
                loaded.toString());
    }

    private static List<String> eventBridgeClasses(List<String> log) {
        return log.stream().filter(line -> EVENTBRIDGE.stream().anyMatch(line::contains)).toList();
    }

    private Run probe(Map<String, String> extra) throws IOException, InterruptedException {
        Path classes = directory.resolve("classes.log");
        Path stdout = directory.resolve("stdout.txt");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java, "-Xlog:class+load=info:file=" + classes, "-cp",
                System.getProperty("java.class.path"), EventsClassLoadProbe.class.getName())
                .redirectErrorStream(true).redirectOutput(stdout.toFile());
        builder.environment().keySet().removeIf(name -> name.startsWith("AWS_") || name.startsWith("EVENT_"));
        builder.environment().putAll(Map.of("TWILIO_ACCOUNT_SID", "ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
                "TWILIO_AUTH_TOKEN", "12345"));
        builder.environment().putAll(extra);
        Process process = builder.start();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the probe JVM did not finish");
        assertEquals(0, process.exitValue(), Files.readString(stdout, UTF_8));
        return new Run(Files.readString(stdout, UTF_8), Files.readAllLines(classes, UTF_8));
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private record Run(String stdout, List<String> classes) {
    }
}
