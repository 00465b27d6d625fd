package com.callannotator.cli;

import static java.util.Objects.requireNonNull;

import com.callannotator.AwsClients;
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
 * <p>The function keeps its explicit chain ({@link AwsClients#from(Map)}): this class and the {@code sso},
 * {@code ssooidc} and {@code sts} modules the chain loads for SSO and assume-role profiles are never on its path.
 */
final class TerminalAws {

    private final Map<String, String> environment;
    private Map<String, String> used;

    /** @param environment the settings; nothing is read until {@link #clients()} */
    TerminalAws(Map<String, String> environment) {
        this.environment = Map.copyOf(requireNonNull(environment, "environment == null"));
    }

    /**
     * The clients, with the profile's region ({@code AWS_PROFILE}, {@code AWS_CONFIG_FILE}) when {@code AWS_REGION}
     * is not set.
     *
     * @throws com.callannotator.config.ConfigException when there is no region or an endpoint URL is invalid
     */
    synchronized AwsClients clients() {
        used = region(environment).isPresent() ? environment : withProfileRegion(environment);
        return AwsClients.from(used, () -> DefaultCredentialsProvider.builder().build());
    }

    /** The region of the clients built, if any. */
    synchronized Optional<String> region() {
        return used == null ? Optional.empty() : region(used);
    }

    private static Map<String, String> withProfileRegion(Map<String, String> environment) {
        Map<String, String> withRegion = new HashMap<>(environment);
        try {
            withRegion.put(AwsClients.AWS_REGION, new AwsProfileRegionProvider().getRegion().id());
        } catch (RuntimeException e) {
            // No profile, no region in it, or a file the SDK cannot parse: AwsClients says AWS_REGION is missing,
            // and the credentials chain reports a broken file again, with its details.
            return environment;
        }
        return withRegion;
    }

    private static Optional<String> region(Map<String, String> environment) {
        return Optional.ofNullable(environment.get(AwsClients.AWS_REGION)).map(String::trim).filter(r -> !r.isEmpty());
    }
}
