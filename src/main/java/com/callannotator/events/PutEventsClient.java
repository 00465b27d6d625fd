package com.callannotator.events;

import static java.nio.charset.StandardCharsets.UTF_8;
import static java.util.Objects.requireNonNull;

import com.callannotator.observability.EventOutcome;
import com.fasterxml.jackson.jr.ob.JSON;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.ExecutableHttpRequest;
import software.amazon.awssdk.http.HttpExecuteRequest;
import software.amazon.awssdk.http.HttpExecuteResponse;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.SignedRequest;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;
import software.amazon.awssdk.identity.spi.IdentityProvider;
import software.amazon.awssdk.regions.Region;

/**
 * EventBridge's {@code PutEvents} (AWS JSON 1.1) on the AWS SDK's own core: the SDK's SigV4 signer, its HTTP client
 * and its credentials provider, without the 1.8 MB {@code eventbridge} module (docs/performance.md, "EventBridge
 * without the eventbridge module"). One entry per call. Thread-safe.
 */
public final class PutEventsClient {

    /** EventBridge's signing name, and the operation in AWS JSON 1.1's target header. */
    static final String SIGNING_NAME = "events";
    static final String TARGET = "AWSEvents.PutEvents";

    private final SdkHttpClient http;
    private final IdentityProvider<? extends AwsCredentialsIdentity> credentials;
    private final Region region;
    private final URI endpoint;
    private final AwsV4HttpSigner signer = AwsV4HttpSigner.create();

    /**
     * @param http the function's HTTP client; it is not closed here
     * @param endpoint EventBridge's endpoint: the configured override, else {@link #defaultEndpoint(Region)}
     */
    public PutEventsClient(SdkHttpClient http, IdentityProvider<? extends AwsCredentialsIdentity> credentials,
            Region region, URI endpoint) {
        this.http = requireNonNull(http, "http == null");
        this.credentials = requireNonNull(credentials, "credentials == null");
        this.region = requireNonNull(region, "region == null");
        this.endpoint = requireNonNull(endpoint, "endpoint == null");
    }

    /** {@code https://events.<region>.<the partition's DNS suffix>}, as the SDK's endpoint rules give it. */
    public static URI defaultEndpoint(Region region) {
        return URI.create("https://events." + region.id() + "." + region.metadata().partition().dnsSuffix());
    }

    /** Puts {@code event} on {@code busName}, giving up after {@code timeout}; never throws. */
    EventOutcome put(String busName, AnnotationEvent event, Duration timeout) {
        try {
            byte[] body = JSON.std.asBytes(Map.of("Entries", List.of(entry(busName, event))));
            return outcome(send(sign(body), timeout));
        } catch (IOException | RuntimeException e) { // The credentials, the signer or the connection.
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

    private SignedRequest sign(byte[] body) {
        SdkHttpRequest request = SdkHttpRequest.builder().method(SdkHttpMethod.POST).uri(endpoint)
                .putHeader("Content-Type", "application/x-amz-json-1.1").putHeader("X-Amz-Target", TARGET)
                .putHeader("Content-Length", Integer.toString(body.length)).build();
        AwsCredentialsIdentity identity = credentials.resolveIdentity().join();
        return signer.sign(r -> r.identity(identity).request(request)
                .payload(ContentStreamProvider.fromByteArray(body))
                .putProperty(AwsV4HttpSigner.SERVICE_SIGNING_NAME, SIGNING_NAME)
                .putProperty(AwsV4HttpSigner.REGION_NAME, region.id()));
    }

    /** Sends the signed request and reads the answer, aborting the call when {@code timeout} passes. */
    private Answer send(SignedRequest signed, Duration timeout) throws IOException {
        ExecutableHttpRequest call = http.prepareRequest(HttpExecuteRequest.builder().request(signed.request())
                .contentStreamProvider(signed.payload().orElse(null)).build());
        try (CallTimer.Cancel ignored = CallTimer.abortAfter(timeout, call::abort)) {
            HttpExecuteResponse response = call.call();
            Optional<? extends InputStream> stream = response.responseBody();
            String text = "";
            if (stream.isPresent()) {
                try (InputStream in = stream.get()) {
                    text = new String(in.readAllBytes(), UTF_8);
                }
            }
            return new Answer(response.httpResponse().statusCode(), text);
        }
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

    private record Answer(int status, String body) {
    }

    /** Names the endpoint only. */
    @Override
    public String toString() {
        return "PutEventsClient[" + endpoint + "]";
    }
}
