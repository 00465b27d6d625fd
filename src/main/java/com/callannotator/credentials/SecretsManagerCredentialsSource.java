package com.callannotator.credentials;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.time.Instant;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.secretsmanager.model.GetSecretValueRequest;
import software.amazon.awssdk.services.secretsmanager.model.GetSecretValueResponse;
import software.amazon.awssdk.services.secretsmanager.model.ResourceNotFoundException;
import software.amazon.awssdk.services.secretsmanager.model.SecretsManagerException;

/**
 * Twilio credentials from an AWS Secrets Manager secret, cached in memory.
 *
 * <p>Nothing is read until the first request asks ({@link #current()}), so a SnapStart snapshot never holds the
 * secret. A value is reused for the policy's TTL. {@link #refresh()} re-reads early (after a 401 from Twilio or a
 * failed signature), but no two reads are ever closer than the policy's minimum interval, so a flood of forged
 * signatures cannot become a flood of Secrets Manager calls. When a read fails and a value is cached, the cached
 * value is kept (stale beats nothing while Secrets Manager is unreachable). Thread-safe.
 */
public final class SecretsManagerCredentialsSource implements CredentialsSource {

    private final String secretId;
    private final SecretsManagerClient client;
    private final Clock clock;
    private final SecretCachePolicy policy;

    private TwilioCredentials cached;
    private Instant expires = Instant.MIN;
    private Instant lastRead;
    private CredentialsException lastFailure;

    /**
     * @param secretId the secret's name or ARN ({@code TWILIO_SECRET_ID})
     * @param client a client built once per execution environment; it is not closed here
     */
    public SecretsManagerCredentialsSource(String secretId, SecretsManagerClient client, Clock clock,
            SecretCachePolicy policy) {
        this.secretId = requireNonNull(secretId, "secretId == null");
        this.client = requireNonNull(client, "client == null");
        this.clock = requireNonNull(clock, "clock == null");
        this.policy = requireNonNull(policy, "policy == null");
    }

    @Override
    public synchronized TwilioCredentials current() {
        Instant now = clock.instant();
        if (cached != null && now.isBefore(expires)) {
            return cached;
        }
        return readIfAllowed(now);
    }

    @Override
    public synchronized TwilioCredentials refresh() {
        return readIfAllowed(clock.instant());
    }

    private TwilioCredentials readIfAllowed(Instant now) {
        if (lastRead != null && now.isBefore(lastRead.plus(policy.minReadInterval()))) {
            if (cached != null) {
                return cached;
            }
            throw new CredentialsException(lastFailure.getMessage() + " (not read again before "
                    + lastRead.plus(policy.minReadInterval()) + ")", lastFailure);
        }
        lastRead = now;
        try {
            cached = read();
            expires = now.plus(policy.ttl());
            lastFailure = null;
            return cached;
        } catch (CredentialsException e) {
            lastFailure = e;
            if (cached != null) {
                return cached;
            }
            throw e;
        }
    }

    private TwilioCredentials read() {
        GetSecretValueResponse response;
        try {
            response = client.getSecretValue(GetSecretValueRequest.builder().secretId(secretId).build());
        } catch (ResourceNotFoundException e) {
            throw new CredentialsException("secret " + secretId + " not found", e);
        } catch (SecretsManagerException e) {
            String code = e.awsErrorDetails() == null ? "" : e.awsErrorDetails().errorCode();
            throw new CredentialsException("secret " + secretId + " could not be read: " + code, e);
        } catch (SdkException e) {
            throw new CredentialsException("secret " + secretId + " could not be read: "
                    + e.getClass().getSimpleName(), e);
        }
        if (response.secretString() == null) {
            throw new CredentialsException("secret " + secretId + " has no SecretString (binary secrets are not read)");
        }
        return TwilioSecret.parse(secretId, response.secretString());
    }

    @Override
    public String toString() {
        return "SecretsManagerCredentialsSource[" + secretId + "]";
    }
}
