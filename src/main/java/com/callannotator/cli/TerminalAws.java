package com.callannotator.cli;

import static java.util.Objects.requireNonNull;

import com.callannotator.AwsClients;
import com.callannotator.config.AwsSettings;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.regions.providers.AwsProfileRegionProvider;

/**
 * AWS as a person at a terminal has it set up, for {@code scripts/annotate}: the SDK's default credentials chain
 * (profiles with {@code AWS_PROFILE}, SSO after {@code aws sso login}, assume-role, web identity, container, instance)
 * when the environment holds no access key, and the profile's region when {@code AWS_REGION} is not set.
 *
 * <p>The function keeps its explicit chain ({@link AwsClients#from(AwsSettings)}): this class and the {@code sso},
 * {@code ssooidc} and {@code sts} modules the chain loads for SSO and assume-role profiles are never on its path.
 */
final class TerminalAws {

    private final Map<String, String> environment;
    private Map<String, String> used;

    /** @param environment the settings; nothing is read until {@link #environment()} */
    TerminalAws(Map<String, String> environment) {
        this.environment = Map.copyOf(requireNonNull(environment, "environment == null"));
    }

    /**
     * The settings, with the profile's region ({@code AWS_PROFILE}, {@code AWS_CONFIG_FILE}) when {@code AWS_REGION}
     * is not set: what {@link com.callannotator.config.Config} is read from.
     */
    synchronized Map<String, String> environment() {
        if (used == null) {
            used = region(environment).isPresent() ? environment : withProfileRegion(environment);
        }
        return used;
    }

    /** The clients for {@code settings}, with the SDK's default credentials chain when they hold no access key. */
    AwsClients clients(AwsSettings settings) {
        return AwsClients.from(settings, () -> DefaultCredentialsProvider.builder().build());
    }

    /** The region of the settings read, if any. */
    synchronized Optional<String> region() {
        return used == null ? Optional.empty() : region(used);
    }

    private static Map<String, String> withProfileRegion(Map<String, String> environment) {
        Map<String, String> withRegion = new HashMap<>(environment);
        try {
            withRegion.put(AwsSettings.AWS_REGION, new AwsProfileRegionProvider().getRegion().id());
        } catch (RuntimeException e) {
            // No profile, no region in it, or a file the SDK cannot parse: Config says AWS_REGION is missing (when
            // the secret needs it), and the credentials chain reports a broken file again, with its details.
            return environment;
        }
        return withRegion;
    }

    private static Optional<String> region(Map<String, String> environment) {
        return Optional.ofNullable(environment.get(AwsSettings.AWS_REGION)).map(String::trim)
                .filter(r -> !r.isEmpty());
    }
}
