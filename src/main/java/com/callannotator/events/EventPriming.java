package com.callannotator.events;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.callannotator.annotation.Annotation;
import com.callannotator.annotation.CallSid;
import com.callannotator.annotation.QualityIssue;
import com.callannotator.annotation.Deadline;
import com.callannotator.observability.EventOutcome;
import com.callannotator.observability.Outcome;
import com.callannotator.observability.Report;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.AbortableInputStream;
import software.amazon.awssdk.http.ExecutableHttpRequest;
import software.amazon.awssdk.http.HttpExecuteRequest;
import software.amazon.awssdk.http.HttpExecuteResponse;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.SdkHttpResponse;
import software.amazon.awssdk.regions.Region;

/**
 * Runs the event path once before a SnapStart snapshot, touching no network and no real credentials: a made-up
 * posted annotation goes through {@link EventBridgeEvents} to a client whose HTTP layer answers a canned
 * {@code PutEvents} success, so building, signing and parsing the call are all loaded and compiled before the snapshot.
 */
final class EventPriming {

    private static final String CANNED = "{\"Entries\":[{\"EventId\":\"priming\"}],\"FailedEntryCount\":0}";

    private EventPriming() {
    }

    /** Puts one made-up event on {@code busName} through the canned client; true when the path ran through. */
    static boolean prime(String busName) {
        PutEventsClient client = new PutEventsClient(new CannedHttpClient(),
                StaticCredentialsProvider.create(AwsBasicCredentials.create("priming", "none")), Region.US_EAST_1,
                URI.create("https://events.priming.invalid"));
        // Never throws: priming is an optimisation, and a failure here must not stop the snapshot.
        EventOutcome outcome = new EventBridgeEvents(client, busName, Clock.systemUTC())
                .publish(sampleReport(), Deadline.NONE);
        return outcome.attempted() && !outcome.isFailed();
    }

    private static Report sampleReport() {
        Annotation annotation = Annotation.builder(new CallSid("CA00000000000000000000000000000000")).callScore(5)
                .qualityIssues(Set.of(QualityIssue.ECHO)).spam(false).build();
        return Report.builder("/survey", Outcome.POSTED).callSid(annotation.callSid().value())
                .fields(annotation.fieldsSet()).twilio(200, 0).attempts(1).annotation(annotation).question("score")
                .build();
    }

    /** Answers every request with {@link #CANNED}. */
    private static final class CannedHttpClient implements SdkHttpClient {
        @Override
        public ExecutableHttpRequest prepareRequest(HttpExecuteRequest request) {
            return new ExecutableHttpRequest() {
                @Override
                public HttpExecuteResponse call() {
                    SdkHttpResponse response = SdkHttpResponse.builder().statusCode(200)
                            .putHeader("Content-Type", List.of("application/x-amz-json-1.1")).build();
                    return HttpExecuteResponse.builder().response(response).responseBody(AbortableInputStream
                            .create(new ByteArrayInputStream(CANNED.getBytes(UTF_8)))).build();
                }

                @Override
                public void abort() {
                    // Nothing in flight.
                }
            };
        }

        @Override
        public void close() {
            // Holds nothing.
        }
    }
}
