package com.callannotator.config;

import static java.util.Objects.requireNonNull;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Where the AWS clients go and as whom: what {@code AwsClients} is built from. Read from the variables Lambda and the
 * SDK use, from the settings map rather than the process environment, so that tests can point the clients at
 * {@code moto_server}.
 *
 * <p>Endpoints follow the SDK's own rules: {@code AWS_ENDPOINT_URL_<SERVICE>}, else {@code AWS_ENDPOINT_URL}, and
 * none at all with {@code AWS_IGNORE_CONFIGURED_ENDPOINT_URLS=true}.
 *
 * @param region {@code AWS_REGION}
 * @param endpoints the endpoint overrides in force, by variable name; empty when configured endpoints are ignored
 * @param accessKey the access key in the environment (Lambda without SnapStart); empty: the caller's fallback
 */
public record AwsSettings(String region, Map<String, URI> endpoints, Optional<AccessKey> accessKey) {

    public static final String AWS_REGION = "AWS_REGION";
    public static final String AWS_ENDPOINT_URL = "AWS_ENDPOINT_URL";
    public static final String AWS_ENDPOINT_URL_SECRETS_MANAGER = "AWS_ENDPOINT_URL_SECRETS_MANAGER";
    public static final String AWS_ENDPOINT_URL_SQS = "AWS_ENDPOINT_URL_SQS";
    public static final String AWS_ENDPOINT_URL_EVENTBRIDGE = "AWS_ENDPOINT_URL_EVENTBRIDGE";
    public static final String AWS_IGNORE_CONFIGURED_ENDPOINT_URLS = "AWS_IGNORE_CONFIGURED_ENDPOINT_URLS";
    public static final String AWS_ACCESS_KEY_ID = "AWS_ACCESS_KEY_ID";
    public static final String AWS_SECRET_ACCESS_KEY = "AWS_SECRET_ACCESS_KEY";
    public static final String AWS_SESSION_TOKEN = "AWS_SESSION_TOKEN";

    private static final List<String> ENDPOINTS = List.of(AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_SECRETS_MANAGER,
            AWS_ENDPOINT_URL_SQS, AWS_ENDPOINT_URL_EVENTBRIDGE);

    /**
     * An access key from the environment; {@link #toString} names no part of it.
     *
     * @param id {@code AWS_ACCESS_KEY_ID}
     * @param secret {@code AWS_SECRET_ACCESS_KEY}
     * @param sessionToken {@code AWS_SESSION_TOKEN}, for temporary credentials
     */
    public record AccessKey(String id, String secret, Optional<String> sessionToken) {

        public AccessKey {
            requireNonNull(id, "id == null");
            requireNonNull(secret, "secret == null");
            requireNonNull(sessionToken, "sessionToken == null");
        }

        @Override
        public String toString() {
            return "AccessKey[redacted]";
        }
    }

    public AwsSettings {
        requireNonNull(region, "region == null");
        endpoints = Map.copyOf(endpoints);
        requireNonNull(accessKey, "accessKey == null");
    }

    /**
     * Reads the region, endpoints and access key from {@code environment}.
     *
     * @throws ConfigException when {@code AWS_REGION} or an endpoint URL is missing or invalid
     */
    public static AwsSettings from(Map<String, String> environment) {
        Settings settings = new Settings(environment);
        Optional<AwsSettings> aws = read(settings);
        settings.throwIfInvalid();
        return aws.orElseThrow();
    }

    /** The settings; problems go to {@code settings}, and then the result is empty. */
    static Optional<AwsSettings> read(Settings settings) {
        Optional<String> region = settings.text(AWS_REGION);
        if (region.isEmpty()) {
            settings.problem(AWS_REGION + " is not set (Lambda sets it; set it for local runs)");
        }
        Map<String, URI> endpoints = new LinkedHashMap<>();
        boolean valid = region.isPresent();
        for (String name : ENDPOINTS) {
            if (settings.text(name).isPresent()) {
                Optional<URI> uri = settings.httpUrl(name); // an invalid URL is a problem, and empty
                uri.ifPresent(value -> endpoints.put(name, value));
                valid &= uri.isPresent();
            }
        }
        boolean ignored = settings.text(AWS_IGNORE_CONFIGURED_ENDPOINT_URLS)
                .map(value -> value.toLowerCase(Locale.ROOT).equals("true")).orElse(false);
        if (!valid) {
            return Optional.empty();
        }
        return Optional.of(new AwsSettings(region.get(), ignored ? Map.of() : endpoints, accessKey(settings)));
    }

    private static Optional<AccessKey> accessKey(Settings settings) {
        Optional<String> id = settings.text(AWS_ACCESS_KEY_ID);
        Optional<String> secret = settings.text(AWS_SECRET_ACCESS_KEY);
        if (id.isEmpty() || secret.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new AccessKey(id.get(), secret.get(), settings.text(AWS_SESSION_TOKEN)));
    }

    /** The endpoint override for a service's variable, by the SDK's precedence: service-specific, then global. */
    public Optional<URI> endpoint(String serviceEndpoint) {
        return Optional.ofNullable(endpoints.get(serviceEndpoint))
                .or(() -> Optional.ofNullable(endpoints.get(AWS_ENDPOINT_URL)));
    }
}
