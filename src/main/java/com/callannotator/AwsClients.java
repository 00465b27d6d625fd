package com.callannotator;

import com.callannotator.config.ConfigException;
import com.callannotator.credentials.GetSecretValueClient;
import com.callannotator.events.PutEventsClient;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.ContainerCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.client.builder.AwsSyncClientBuilder;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * Builds the AWS SDK v2 clients from an environment map, the fast way for Lambda: the JDK's
 * {@code HttpURLConnection} client, the region from {@code AWS_REGION}, and no credentials-chain probing.
 *
 * <p>Credentials: the access key in the environment (what Lambda sets without SnapStart, and what
 * {@code EnvironmentVariableCredentialsProvider} would read), else the container credentials endpoint (what Lambda
 * sets with SnapStart: {@code AWS_CONTAINER_CREDENTIALS_FULL_URI}). The SDK's default chain would find the same,
 * after first probing system properties, web identity, profile files and more. {@code scripts/annotate} passes that
 * chain instead of the container endpoint ({@link #from(Map, Supplier)}), for profiles and SSO at a terminal.
 *
 * <p>Endpoints: {@code AWS_ENDPOINT_URL_<SERVICE>}, else {@code AWS_ENDPOINT_URL}, unless
 * {@code AWS_IGNORE_CONFIGURED_ENDPOINT_URLS=true}: the SDK's own rules, read here from the map so that tests can
 * point the clients at {@code moto_server} without touching the process environment.
 */
public final class AwsClients {

    public static final String AWS_REGION = "AWS_REGION";
    public static final String AWS_ENDPOINT_URL = "AWS_ENDPOINT_URL";
    public static final String AWS_ENDPOINT_URL_SECRETS_MANAGER = "AWS_ENDPOINT_URL_SECRETS_MANAGER";
    public static final String AWS_ENDPOINT_URL_SQS = "AWS_ENDPOINT_URL_SQS";
    public static final String AWS_ENDPOINT_URL_EVENTBRIDGE = "AWS_ENDPOINT_URL_EVENTBRIDGE";
    public static final String AWS_IGNORE_CONFIGURED_ENDPOINT_URLS = "AWS_IGNORE_CONFIGURED_ENDPOINT_URLS";
    public static final String AWS_ACCESS_KEY_ID = "AWS_ACCESS_KEY_ID";
    public static final String AWS_SECRET_ACCESS_KEY = "AWS_SECRET_ACCESS_KEY";
    public static final String AWS_SESSION_TOKEN = "AWS_SESSION_TOKEN";

    private final Map<String, String> environment;
    private final Region region;
    private final AwsCredentialsProvider credentials;
    private final SdkHttpClient http;

    private AwsClients(Map<String, String> environment, Region region, Supplier<AwsCredentialsProvider> withoutKeys) {
        this.environment = environment;
        this.region = region;
        this.credentials = credentialsProvider(environment, withoutKeys);
        this.http = UrlConnectionHttpClient.builder().build();
    }

    /**
     * Reads the region, credentials and endpoints from {@code environment}.
     *
     * @throws ConfigException when {@code AWS_REGION} or an endpoint URL is missing or invalid
     */
    public static AwsClients from(Map<String, String> environment) {
        return from(environment, () -> ContainerCredentialsProvider.builder().build());
    }

    /**
     * As {@link #from(Map)}, with {@code withoutKeys} for the credentials when {@code environment} holds no access key.
     *
     * @throws ConfigException when {@code AWS_REGION} or an endpoint URL is missing or invalid
     */
    public static AwsClients from(Map<String, String> environment, Supplier<AwsCredentialsProvider> withoutKeys) {
        Map<String, String> copy = Map.copyOf(environment);
        List<String> problems = new ArrayList<>();
        String region = text(copy, AWS_REGION).orElse(null);
        if (region == null) {
            problems.add(AWS_REGION + " is not set (Lambda sets it; set it for local runs)");
        }
        for (String name : List.of(AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_SECRETS_MANAGER, AWS_ENDPOINT_URL_SQS,
                AWS_ENDPOINT_URL_EVENTBRIDGE)) {
            text(copy, name).filter(value -> !isHttpUrl(value))
                    .ifPresent(value -> problems.add(name + " must be an absolute http(s) URL: " + value));
        }
        if (!problems.isEmpty()) {
            throw new ConfigException(problems);
        }
        return new AwsClients(copy, Region.of(region), withoutKeys);
    }

    /** Secrets Manager's {@code GetSecretValue}, on the SDK's core; build one per execution environment. */
    public GetSecretValueClient secretValues() {
        URI endpoint = endpoint(AWS_ENDPOINT_URL_SECRETS_MANAGER)
                .orElseGet(() -> GetSecretValueClient.defaultEndpoint(region));
        return new GetSecretValueClient(http, credentials, region, endpoint);
    }

    /** An SQS client; build one per execution environment. */
    public SqsClient sqs() {
        return configure(SqsClient.builder(), AWS_ENDPOINT_URL_SQS).build();
    }

    /** EventBridge's {@code PutEvents}, for annotation events only; its classes load on this first call. */
    public PutEventsClient eventBridge() {
        URI endpoint = endpoint(AWS_ENDPOINT_URL_EVENTBRIDGE).orElseGet(() -> PutEventsClient.defaultEndpoint(region));
        return new PutEventsClient(http, credentials, region, endpoint);
    }

    private <B extends AwsClientBuilder<B, ?> & AwsSyncClientBuilder<B, ?>> B configure(B builder,
            String serviceEndpoint) {
        builder.httpClient(http).region(region).credentialsProvider(credentials);
        endpoint(serviceEndpoint).ifPresent(builder::endpointOverride);
        return builder;
    }

    /** The endpoint override, by the SDK's precedence: service-specific, then global. */
    Optional<URI> endpoint(String serviceEndpoint) {
        boolean ignored = text(environment, AWS_IGNORE_CONFIGURED_ENDPOINT_URLS)
                .map(value -> value.toLowerCase(Locale.ROOT).equals("true")).orElse(false);
        if (ignored) {
            return Optional.empty();
        }
        return text(environment, serviceEndpoint).or(() -> text(environment, AWS_ENDPOINT_URL)).map(URI::create);
    }

    private static AwsCredentialsProvider credentialsProvider(Map<String, String> environment,
            Supplier<AwsCredentialsProvider> withoutKeys) {
        Optional<String> keyId = text(environment, AWS_ACCESS_KEY_ID);
        Optional<String> secret = text(environment, AWS_SECRET_ACCESS_KEY);
        if (keyId.isEmpty() || secret.isEmpty()) {
            return withoutKeys.get();
        }
        Optional<String> session = text(environment, AWS_SESSION_TOKEN);
        AwsCredentials credentials = session.isPresent()
                ? AwsSessionCredentials.create(keyId.get(), secret.get(), session.get())
                : AwsBasicCredentials.create(keyId.get(), secret.get());
        return StaticCredentialsProvider.create(credentials);
    }

    private static boolean isHttpUrl(String value) {
        try {
            URI uri = URI.create(value);
            return uri.getHost() != null && ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static Optional<String> text(Map<String, String> environment, String name) {
        String value = environment.get(name);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
    }

    /** Names the region only: the map holds credentials. */
    @Override
    public String toString() {
        return "AwsClients[" + region + "]";
    }
}
