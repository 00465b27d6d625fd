package com.callannotator.fuzz;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.callannotator.lambda.RetryQueueHandler;
import com.callannotator.lambda.TestHandlers;
import com.code_intelligence.jazzer.api.SilentCloseable;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * Fuzzes the retry-queue entry point with arbitrary message bodies: it always answers, keeps what it cannot use,
 * and anything it posts is an annotation Twilio accepts (an empty or invalid one never reaches the stand-in).
 * Seeds and reproducers: {@code src/test/resources/com/callannotator/fuzz/RetryQueueFuzzTestInputs/message/}.
 */
final class RetryQueueFuzzTest {

    private static FuzzHarness harness;
    private static RetryQueueHandler handler;

    @BeforeAll
    static void start() {
        harness = new FuzzHarness();
        handler = TestHandlers.retryQueue(harness.app);
    }

    @AfterAll
    static void stop() {
        harness.close();
    }

    @FuzzTest
    void message(byte[] data) {
        try (SilentCloseable standInOnly = harness.allowStandInOnly()) {
            fuzzOne(data);
        }
    }

    private void fuzzOne(byte[] data) {
        harness.reset();
        SQSEvent.SQSMessage message = new SQSEvent.SQSMessage();
        message.setMessageId("fuzz-1");
        message.setBody(new String(data, UTF_8));
        message.setAttributes(Map.of("ApproximateReceiveCount", "1"));
        SQSEvent event = new SQSEvent();
        event.setRecords(List.of(message));

        SQSBatchResponse response = handler.handleRequest(event, null);

        assertNotNull(response, "no batch response");
        assertTrue(response.getBatchItemFailures().stream()
                .allMatch(failure -> "fuzz-1".equals(failure.getItemIdentifier())), "unknown item failure");
        Invariants.postsObeyTwilio(harness);
        Invariants.noSecretInLog(harness, message.getBody(), List.of());
        assertTrue(harness.logText().lines().count() >= 1, "no log line for the message");
    }
}
