package com.callannotator.credentials;

import java.time.Duration;

/** Where a secret's text is read: Secrets Manager's {@code GetSecretValue} ({@link GetSecretValueClient}). */
public interface SecretStore {

    /**
     * The secret's {@code SecretString}, read within {@code timeout}, retries included.
     *
     * @throws CredentialsException naming the secret and why it could not be read, never its value
     */
    String secretString(String secretId, Duration timeout);
}
