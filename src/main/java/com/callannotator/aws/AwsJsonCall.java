package com.callannotator.aws;

import static java.nio.charset.StandardCharsets.UTF_8;
import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import software.amazon.awssdk.core.exception.ApiCallTimeoutException;
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
 * One AWS JSON 1.1 operation of one service on the AWS SDK's own core: the request signed with the SDK's SigV4 signer
 * ({@code AwsV4HttpSigner}) and the function's credentials provider, sent with the function's HTTP client, and
 * aborted when it outlasts its time. No retries: the caller decides. Thread-safe.
 */
public final class AwsJsonCall {

    private final SdkHttpClient http;
    private final IdentityProvider<? extends AwsCredentialsIdentity> credentials;
    private final Service service;
    private final AwsV4HttpSigner signer = AwsV4HttpSigner.create();

    /**
     * Where and how to call: the service's SigV4 signing name, the region and the endpoint.
     *
     * @param signingName e.g. {@code events}, {@code secretsmanager}
     */
    public record Service(String signingName, Region region, URI endpoint) {
        public Service {
            requireNonNull(signingName, "signingName == null");
            requireNonNull(region, "region == null");
            requireNonNull(endpoint, "endpoint == null");
        }
    }

    /** What AWS answered: the HTTP status and the body as text. */
    public record Answer(int status, String body) {
    }

    /** @param http the function's HTTP client; it is not closed here */
    public AwsJsonCall(SdkHttpClient http, IdentityProvider<? extends AwsCredentialsIdentity> credentials,
            Service service) {
        this.http = requireNonNull(http, "http == null");
        this.credentials = requireNonNull(credentials, "credentials == null");
        this.service = requireNonNull(service, "service == null");
    }

    /** {@code https://<prefix>.<region>.<the partition's DNS suffix>}, as the SDK's endpoint rules give it. */
    public static URI defaultEndpoint(String prefix, Region region) {
        return URI.create("https://" + prefix + "." + region.id() + "." + region.metadata().partition().dnsSuffix());
    }

    /** The endpoint called. */
    public URI endpoint() {
        return service.endpoint();
    }

    /**
     * Posts {@code body} as operation {@code target} ({@code X-Amz-Target}), giving up after {@code timeout}.
     *
     * @throws ApiCallTimeoutException when {@code timeout} passed first
     * @throws IOException when the connection failed
     * @throws RuntimeException when the credentials could not be resolved ({@code SdkClientException})
     */
    public Answer post(String target, byte[] body, Duration timeout) throws IOException {
        SignedRequest signed = sign(target, body);
        ExecutableHttpRequest call = http.prepareRequest(HttpExecuteRequest.builder().request(signed.request())
                .contentStreamProvider(signed.payload().orElse(null)).build());
        try (CallTimer.Cancel timer = CallTimer.abortAfter(timeout, call::abort)) {
            try {
                return read(call.call());
            } catch (IOException | RuntimeException e) {
                if (timer.fired()) {
                    throw ApiCallTimeoutException.builder().message("no answer within " + timeout.toMillis()
                            + " ms").cause(e).build();
                }
                throw e;
            }
        }
    }

    private SignedRequest sign(String target, byte[] body) {
        SdkHttpRequest request = SdkHttpRequest.builder().method(SdkHttpMethod.POST).uri(service.endpoint())
                .putHeader("Content-Type", "application/x-amz-json-1.1").putHeader("X-Amz-Target", target)
                .putHeader("Content-Length", Integer.toString(body.length)).build();
        AwsCredentialsIdentity identity = credentials.resolveIdentity().join();
        return signer.sign(r -> r.identity(identity).request(request)
                .payload(ContentStreamProvider.fromByteArray(body))
                .putProperty(AwsV4HttpSigner.SERVICE_SIGNING_NAME, service.signingName())
                .putProperty(AwsV4HttpSigner.REGION_NAME, service.region().id()));
    }

    private static Answer read(HttpExecuteResponse response) throws IOException {
        Optional<? extends InputStream> stream = response.responseBody();
        String text = "";
        if (stream.isPresent()) {
            try (InputStream in = stream.get()) {
                text = new String(in.readAllBytes(), UTF_8);
            }
        }
        return new Answer(response.httpResponse().statusCode(), text);
    }

    /** Names the endpoint only. */
    @Override
    public String toString() {
        return "AwsJsonCall[" + service.signingName() + " " + service.endpoint() + "]";
    }
}
