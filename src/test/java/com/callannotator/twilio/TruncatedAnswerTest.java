package com.callannotator.twilio;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.callannotator.annotation.AnsweredBy;
import com.callannotator.annotation.Annotation;
import com.callannotator.annotation.CallSid;
import com.callannotator.credentials.TwilioCredentials;
import com.callannotator.testutils.TruncatingServer;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** An Insights answer that is not one complete JSON object is a failed transport, never a stored annotation. */
final class TruncatedAnswerTest {

    @Test
    void answerCutShort_isAMalformedAnswer() throws Exception {
        try (TruncatingServer server = new TruncatingServer()) {
            HttpInsightsClient client = new HttpInsightsClient(URI.create(server.baseUrl()), Duration.ofSeconds(1),
                    Duration.ofSeconds(1), "call-annotator/test");
            Annotation annotation = Annotation.builder(new CallSid("CA0123456789abcdef0123456789abcdef"))
                    .answeredBy(AnsweredBy.HUMAN).build();

            assertThrows(java.io.IOException.class, () -> client.update(annotation,
                    TwilioCredentials.of("AC" + "a".repeat(32), "token"), Duration.ofSeconds(1)));
            assertTrue(server.requests() >= 1);
        }
    }

    @Test
    void onlyOneCompleteJsonObjectCounts() {
        assertTrue(HttpInsightsClient.isJsonObject("{\"call_sid\": \"CA1\", \"call_score\": 4}"));
        assertFalse(HttpInsightsClient.isJsonObject("{\"a\""));
        assertFalse(HttpInsightsClient.isJsonObject(""));
        assertFalse(HttpInsightsClient.isJsonObject("[1]"));
        assertFalse(HttpInsightsClient.isJsonObject("{} {}"));
        assertFalse(HttpInsightsClient.isJsonObject("<html>bad gateway</html>"));
    }
}
