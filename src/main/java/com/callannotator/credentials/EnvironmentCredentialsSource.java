package com.callannotator.credentials;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/** Fixed credentials from {@code TWILIO_ACCOUNT_SID} and {@code TWILIO_AUTH_TOKEN}: local development only. */
public final class EnvironmentCredentialsSource implements CredentialsSource {

    private final TwilioCredentials credentials;

    public EnvironmentCredentialsSource(TwilioCredentials credentials) {
        this.credentials = requireNonNull(credentials, "credentials == null");
    }

    @Override
    public TwilioCredentials current(Instant by) {
        return credentials;
    }

    @Override
    public TwilioCredentials refresh(Instant by) {
        return credentials;
    }
}
