package com.callannotator;

import static com.callannotator.config.AwsSettings.AWS_ENDPOINT_URL_EVENTBRIDGE;
import static com.callannotator.config.AwsSettings.AWS_ENDPOINT_URL_SECRETS_MANAGER;
import static com.callannotator.config.AwsSettings.AWS_ENDPOINT_URL_SQS;
import static java.util.Objects.requireNonNull;

import com.callannotator.config.AwsSettings;
import com.callannotator.credentials.GetSecretValueClient;
import com.callannotator.events.PutEventsClient;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.URI;
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
 * Builds the AWS SDK v2 clients from the parsed {@link AwsSettings}, the fast way for Lambda: the JDK's
 * {@code HttpURLConnection} client, the settings' region and endpoints, and no credentials-chain probing.
 *
 * <p>Credentials: the access key in the environment (what Lambda sets without SnapStart, and what
 * {@code EnvironmentVariableCredentialsProvider} would read), else the container credentials endpoint (what Lambda
 * sets with SnapStart: {@code AWS_CONTAINER_CREDENTIALS_FULL_URI}). The SDK's default chain would find the same,
 * after first probing system properties, web identity, profile files and more. {@code scripts/annotate} passes that
 * chain instead of the container endpoint ({@link #from(AwsSettings, Supplier)}), for profiles and SSO at a terminal.
 */
public final class AwsClients {

    /** The SDK's defaults for the URL-connection client: connect within 2 s, each read within 30 s. */
    private static final int CONNECT_TIMEOUT_MS = 2_000;
    private static final int READ_TIMEOUT_MS = 30_000;

    private final AwsSettings settings;
    private final Region region;
    private final AwsCredentialsProvider credentials;
    private final SdkHttpClient http;

    private AwsClients(AwsSettings settings, Supplier<AwsCredentialsProvider> withoutKeys) {
        this.settings = settings;
        this.region = Region.of(settings.region());
        this.credentials = credentialsProvider(settings, withoutKeys);
        // The JDK's own connections: HTTPS uses the JDK's default TLS context, built on the first HTTPS connection and
        // shared with the Insights client, where the SDK's default factory would build a second one at once.
        this.http = UrlConnectionHttpClient.create(AwsClients::openConnection);
    }

    /** A connection with the SDK's default timeouts; the SDK sets the method, headers and redirects itself. */
    static HttpURLConnection openConnection(URI uri) {
        try {
            HttpURLConnection connection = (HttpURLConnection) uri.toURL().openConnection();
            connection.setConnectTimeout(CONNECT_TIMEOUT_MS);
            connection.setReadTimeout(READ_TIMEOUT_MS);
            return connection;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The clients for {@code settings}, with the container credentials endpoint when they hold no access key. */
    public static AwsClients from(AwsSettings settings) {
        return from(settings, () -> ContainerCredentialsProvider.builder().build());
    }

    /** As {@link #from(AwsSettings)}, with {@code withoutKeys} for the credentials when there is no access key. */
    public static AwsClients from(AwsSettings settings, Supplier<AwsCredentialsProvider> withoutKeys) {
        return new AwsClients(requireNonNull(settings, "settings == null"), withoutKeys);
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
        return settings.endpoint(serviceEndpoint);
    }

    private static AwsCredentialsProvider credentialsProvider(AwsSettings settings,
            Supplier<AwsCredentialsProvider> withoutKeys) {
        if (settings.accessKey().isEmpty()) {
            return withoutKeys.get();
        }
        AwsSettings.AccessKey key = settings.accessKey().get();
        AwsCredentials credentials = key.sessionToken().isPresent()
                ? AwsSessionCredentials.create(key.id(), key.secret(), key.sessionToken().get())
                : AwsBasicCredentials.create(key.id(), key.secret());
        return StaticCredentialsProvider.create(credentials);
    }

    /** Names the region only: the settings hold credentials. */
    @Override
    public String toString() {
        return "AwsClients[" + region + "]";
    }
}
