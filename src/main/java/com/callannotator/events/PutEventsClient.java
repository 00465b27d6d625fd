package com.callannotator.events;

import com.callannotator.aws.AwsJsonCall;
import com.callannotator.aws.AwsJsonCall.Answer;
import com.callannotator.observability.EventOutcome;
import com.fasterxml.jackson.jr.ob.JSON;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;
import software.amazon.awssdk.identity.spi.IdentityProvider;
import software.amazon.awssdk.regions.Region;

/**
 * EventBridge's {@code PutEvents} (AWS JSON 1.1) on the AWS SDK's own core ({@link AwsJsonCall}: the SDK's SigV4
 * signer, its HTTP client and its credentials provider), without the 1.8 MB {@code eventbridge} module
 * (docs/performance.md, "EventBridge without the eventbridge module"). One entry per call. Thread-safe.
 */
public final class PutEventsClient {

    /** EventBridge's signing name, and the operation in AWS JSON 1.1's target header. */
    static final String SIGNING_NAME = "events";
    static final String TARGET = "AWSEvents.PutEvents";

    private final AwsJsonCall call;

    /**
     * @param http the function's HTTP client; it is not closed here
     * @param endpoint EventBridge's endpoint: the configured override, else {@link #defaultEndpoint(Region)}
     */
    public PutEventsClient(SdkHttpClient http, IdentityProvider<? extends AwsCredentialsIdentity> credentials,
            Region region, URI endpoint) {
        this.call = new AwsJsonCall(http, credentials, new AwsJsonCall.Service(SIGNING_NAME, region, endpoint));
    }

    /** {@code https://events.<region>.<the partition's DNS suffix>}, as the SDK's endpoint rules give it. */
    public static URI defaultEndpoint(Region region) {
        return AwsJsonCall.defaultEndpoint(SIGNING_NAME, region);
    }

    /** Puts {@code event} on {@code busName}, giving up after {@code timeout}; never throws. */
    EventOutcome put(String busName, AnnotationEvent event, Duration timeout) {
        try {
            byte[] body = JSON.std.asBytes(Map.of("Entries", List.of(entry(busName, event))));
            return outcome(call.post(TARGET, body, timeout));
        } catch (IOException | RuntimeException e) { // The credentials, the signer, the connection or the time.
            return EventOutcome.failed(e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    private static Map<String, Object> entry(String busName, AnnotationEvent event) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("EventBusName", busName);
        entry.put("Source", AnnotationEvent.SOURCE);
        entry.put("DetailType", event.detailType());
        entry.put("Detail", event.detailJson());
        return entry;
    }

    /** PutEvents answers 200 even when an entry failed: the entry then carries the error. */
    private static EventOutcome outcome(Answer answer) throws IOException {
        Map<String, Object> json = answer.body().isBlank() ? Map.of() : JSON.std.mapFrom(answer.body());
        if (answer.status() / 100 != 2) {
            String type = String.valueOf(json.getOrDefault("__type", "error"));
            Object message = json.containsKey("message") ? json.get("message") : json.get("Message");
            return EventOutcome.failed("HTTP " + answer.status() + " " + type.substring(type.indexOf('#') + 1)
                    + (message == null ? "" : ": " + message));
        }
        if (json.get("FailedEntryCount") instanceof Number failed && failed.intValue() > 0) {
            Object entries = json.get("Entries");
            Object first = entries instanceof List<?> list && !list.isEmpty() ? list.get(0) : null;
            return EventOutcome.failed(first instanceof Map<?, ?> entry
                    ? "entry failed: " + entry.get("ErrorCode") + " " + entry.get("ErrorMessage") : "entry failed");
        }
        return EventOutcome.sent();
    }

    /** Names the endpoint only. */
    @Override
    public String toString() {
        return "PutEventsClient[" + call.endpoint() + "]";
    }
}
