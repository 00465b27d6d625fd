package com.callannotator.local;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.callannotator.testutils.InsightsStandIn;
import com.fasterxml.jackson.jr.ob.JSON;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every file in {@code events/} through the real Lambda runtime interface client, from the {@code sam build}
 * layout, the way {@code scripts/invoke-local} runs them: each response and what the Insights stand-in received.
 */
final class SampleEventsIT {

    private static final String CALL = "CA0123456789abcdef0123456789abcdef";
    private static final String HTTP_API = "com.callannotator.lambda.HttpApiHandler::handleRequest";
    private static final String REST_API = "com.callannotator.lambda.RestApiHandler::handleRequest";
    private static final String RETRY_QUEUE = "com.callannotator.lambda.RetryQueueHandler::handleRequest";
    private static final String SQS_BATCH = "sqs-retry-batch.json";

    /** What each sample event must produce: the status code, and the fields posted to Insights (none: null). */
    private static final Map<String, Expectation> EXPECTED = Map.ofEntries(
            Map.entry("status-callback-machine.json", new Expectation(HTTP_API, 204, Map.of("AnsweredBy", "machine"))),
            Map.entry("status-callback-human.json", new Expectation(HTTP_API, 204, Map.of("AnsweredBy", "human"))),
            Map.entry("status-callback-invalid-number.json",
                    new Expectation(HTTP_API, 204, Map.of("ConnectivityIssue", "invalid_number"))),
            Map.entry("status-callback-busy.json", new Expectation(HTTP_API, 204, null)),
            Map.entry("survey-start.json", new Expectation(HTTP_API, 200, null)),
            Map.entry("survey-score.json", new Expectation(HTTP_API, 200, Map.of("CallScore", "4"))),
            Map.entry("survey-score-speech.json", new Expectation(HTTP_API, 200, Map.of("CallScore", "5"))),
            Map.entry("survey-start-spanish.json", new Expectation(HTTP_API, 200, null)),
            Map.entry("survey-score-speech-spanish.json", new Expectation(HTTP_API, 200, Map.of("CallScore", "5"))),
            Map.entry("survey-quality.json", new Expectation(HTTP_API, 200,
                    Map.of("CallScore", "4", "QualityIssues", "low_volume,echo"))),
            Map.entry("survey-spam.json", new Expectation(HTTP_API, 200,
                    Map.of("CallScore", "4", "QualityIssues", "low_volume,echo", "Spam", "false"))),
            Map.entry("annotations-form.json", new Expectation(HTTP_API, 200, Map.of("CallScore", "2",
                    "QualityIssues", "choppy_robotic,latency", "Comment", "Agent reported robotic audio",
                    "Incident", "https://support.example.com/tickets/4711"))),
            Map.entry("annotations-studio-json.json", new Expectation(HTTP_API, 200, Map.of("CallScore", "4",
                    "QualityIssues", "echo,latency", "Spam", "false", "Comment", "Rated in the Studio IVR"))),
            Map.entry("rest-api-status-callback.json", new Expectation(REST_API, 204, Map.of("AnsweredBy", "machine"))),
            Map.entry("rest-api-survey-score.json", new Expectation(REST_API, 200, Map.of("CallScore", "4"))));

    @RegisterExtension
    final InsightsStandIn insights = InsightsStandIn.forEachTest();
    private Path layout;

    @BeforeEach
    void start() {
        layout = SamBuildLayout.assemble();
    }

    @Test
    void everySampleEvent_hasAnExpectation() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("events"))) {
            Set<String> names = files.map(file -> file.getFileName().toString())
                    .filter(name -> name.endsWith(".json")).collect(Collectors.toSet());

            assertEquals(union(EXPECTED.keySet(), Set.of(SQS_BATCH)), names);
        }
    }

    @Test
    void httpApiEvents_throughTheRuntime_answerAndPostAsExpected() throws Exception {
        runAll(HTTP_API);
    }

    @Test
    void restApiEvents_throughTheRuntime_answerAndPostAsExpected() throws Exception {
        runAll(REST_API);
    }

    @Test
    void sqsRetryBatch_throughTheRuntime_postsEachAnnotationAndKeepsTheBadMessage() throws Exception {
        String event = Files.readString(Path.of("events", SQS_BATCH), UTF_8);

        List<InvocationResult> results = new LocalInvoke(function(RETRY_QUEUE), new ByteArrayOutputStream())
                .invoke(List.of(event));

        assertEquals(InvocationResult.Kind.RESPONSE, results.get(0).kind(), results.get(0).body());
        assertEquals(Map.of("batchItemFailures", List.of(Map.of("itemIdentifier",
                "4f1a2b3c-0003-4a5b-8c7d-000000000003"))), JSON.std.mapFrom(results.get(0).body()));
        assertEquals(List.of(
                Map.of("AnsweredBy", "machine"),
                Map.of("ConnectivityIssue", "invalid_number"),
                Map.of("Spam", "true", "CallScore", "2", "Comment", "caller asked for a call back tomorrow morning"),
                Map.of("QualityIssues", "low_volume,echo")),
                insights.posts().stream().map(InsightsStandIn.RecordedPost::fields).toList());
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        return Stream.concat(a.stream(), b.stream()).collect(Collectors.toSet());
    }

    private void runAll(String handler) throws Exception {
        List<String> names = EXPECTED.entrySet().stream().filter(e -> e.getValue().handler().equals(handler))
                .map(Map.Entry::getKey).sorted().toList();
        List<String> events = new ArrayList<>();
        for (String name : names) {
            events.add(Files.readString(Path.of("events", name), UTF_8));
        }
        ByteArrayOutputStream logs = new ByteArrayOutputStream();

        List<InvocationResult> results = new LocalInvoke(function(handler), logs).invoke(events);

        List<Map<String, String>> expectedPosts = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            Expectation expected = EXPECTED.get(names.get(i));
            InvocationResult result = results.get(i);
            assertEquals(InvocationResult.Kind.RESPONSE, result.kind(), names.get(i) + ": " + result.body());
            assertEquals(expected.status(), JSON.std.mapFrom(result.body()).get("statusCode"), names.get(i));
            if (expected.posted() != null) {
                expectedPosts.add(expected.posted());
            }
        }
        assertEquals(expectedPosts, insights.posts().stream().map(InsightsStandIn.RecordedPost::fields).toList());
        assertTrue(insights.posts().stream().allMatch(post -> post.callSid().equals(CALL)));
    }

    private FunctionSpec function(String handler) {
        return FunctionSpec.of(layout, handler).withEnvironment(Map.of(
                "TWILIO_ACCOUNT_SID", InsightsStandIn.ACCOUNT_SID,
                "TWILIO_AUTH_TOKEN", InsightsStandIn.AUTH_TOKEN,
                "TWILIO_INSIGHTS_BASE_URL", insights.baseUrl()));
    }

    /** What one event must produce. */
    private record Expectation(String handler, int status, Map<String, String> posted) {
    }
}
