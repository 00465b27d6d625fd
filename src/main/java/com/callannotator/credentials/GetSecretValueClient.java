package com.callannotator.credentials;

import com.callannotator.aws.AwsJsonCall;
import com.callannotator.aws.AwsJsonCall.Answer;
import com.fasterxml.jackson.jr.ob.JSON;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.ApiCallTimeoutException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;
import software.amazon.awssdk.identity.spi.IdentityProvider;
import software.amazon.awssdk.regions.Region;

/**
 * Secrets Manager's {@code GetSecretValue} (AWS JSON 1.1) on the AWS SDK's own core ({@link AwsJsonCall}), without
 * the {@code secretsmanager} module: its client's build and first call cost about 300 ms more of a cold start
 * (docs/performance.md). A read is tried twice, each try with half the time, when the first fails on the connection,
 * a 5xx or throttling, as the SDK's retries would. Thread-safe.
 */
public final class GetSecretValueClient implements SecretStore {

    /** Secrets Manager's signing name (and endpoint prefix), and the operation in the target header. */
    static final String SIGNING_NAME = "secretsmanager";
    static final String TARGET = "secretsmanager.GetSecretValue";
    private static final int TRIES = 2;

    private final AwsJsonCall call;

    /**
     * @param http the function's HTTP client; it is not closed here
     * @param endpoint Secrets Manager's endpoint: the configured override, else {@link #defaultEndpoint(Region)}
     */
    public GetSecretValueClient(SdkHttpClient http, IdentityProvider<? extends AwsCredentialsIdentity> credentials,
            Region region, URI endpoint) {
        this.call = new AwsJsonCall(http, credentials, new AwsJsonCall.Service(SIGNING_NAME, region, endpoint));
    }

    /** {@code https://secretsmanager.<region>.<the partition's DNS suffix>}, as the SDK's endpoint rules give it. */
    public static URI defaultEndpoint(Region region) {
        return AwsJsonCall.defaultEndpoint(SIGNING_NAME, region);
    }

    @Override
    public String secretString(String secretId, Duration timeout) {
        try {
            return secretString(secretId, JSON.std.mapFrom(answer(secretId, timeout).body()));
        } catch (CredentialsException e) {
            throw e;
        } catch (AwsServiceException e) {
            throw new CredentialsException("ResourceNotFoundException".equals(code(e))
                    ? "secret " + secretId + " not found"
                    : "secret " + secretId + " could not be read: " + cause(e), e);
        } catch (RuntimeException e) { // The SDK's (credentials, time) or the signer's.
            throw new CredentialsException("secret " + secretId + " could not be read: " + e.getClass().getSimpleName()
                    + " (time limit " + timeout.toMillis() + " ms)", e);
        } catch (IOException e) { // A 200 whose body is not a JSON object.
            throw new CredentialsException("secret " + secretId + " could not be read: unreadable answer", e);
        }
    }

    private static String secretString(String secretId, Map<String, Object> value) {
        if (!(value.get("SecretString") instanceof String text)) {
            throw new CredentialsException("secret " + secretId + " has no SecretString (binary secrets are not read)");
        }
        return text;
    }

    /** A 2xx answer, after at most {@link #TRIES} tries, each with its share of {@code timeout}. */
    private Answer answer(String secretId, Duration timeout) throws IOException {
        byte[] body = JSON.std.asBytes(Map.of("SecretId", secretId));
        for (int tried = 1; ; tried++) {
            boolean last = tried >= TRIES;
            try {
                Answer answer = call.post(TARGET, body, timeout.dividedBy(TRIES));
                if (answer.status() / 100 == 2) {
                    return answer;
                }
                AwsServiceException error = error(answer);
                if (last || !retryable(error)) {
                    throw error;
                }
            } catch (IOException e) {
                if (last) {
                    throw SdkClientException.create("Unable to execute HTTP request: " + e.getMessage(), e);
                }
            } catch (ApiCallTimeoutException e) {
                if (last) {
                    throw e;
                }
            }
        }
    }

    /** AWS's error as the SDK would give it: code ({@code __type}) and message, when the body is JSON. */
    private static AwsServiceException error(Answer answer) {
        Map<String, Object> json;
        try {
            json = answer.body().isBlank() ? Map.of() : JSON.std.mapFrom(answer.body());
        } catch (IOException e) {
            json = Map.of(); // moto's 403 is XML
        }
        Object type = json.get("__type");
        Object message = json.containsKey("message") ? json.get("message") : json.get("Message");
        String code = type == null ? null : type.toString().substring(type.toString().indexOf('#') + 1);
        AwsServiceException.Builder error = AwsServiceException.builder().statusCode(answer.status())
                .message(message == null ? "HTTP " + answer.status() : message.toString());
        if (code != null) {
            error.awsErrorDetails(AwsErrorDetails.builder().errorCode(code).serviceName("SecretsManager")
                    .errorMessage(message == null ? null : message.toString()).build());
        }
        return error.build();
    }

    private static boolean retryable(AwsServiceException error) {
        String code = code(error);
        return error.statusCode() >= 500 || error.statusCode() == 429
                || (code != null && (code.startsWith("Throttling") || code.equals("TooManyRequestsException")));
    }

    private static String code(AwsServiceException e) {
        return e.awsErrorDetails() == null ? null : e.awsErrorDetails().errorCode();
    }

    /** AWS's error code and HTTP status, and what to do when it is a missing permission. */
    private static String cause(AwsServiceException e) {
        String code = code(e);
        String cause = code == null ? "HTTP " + e.statusCode() : code + " (HTTP " + e.statusCode() + ")";
        return e.statusCode() == 403 || (code != null && code.startsWith("AccessDenied"))
                ? cause + ", access denied: the function's role needs secretsmanager:GetSecretValue on it"
                : cause;
    }

    /** Names the endpoint only. */
    @Override
    public String toString() {
        return "GetSecretValueClient[" + call.endpoint() + "]";
    }
}
