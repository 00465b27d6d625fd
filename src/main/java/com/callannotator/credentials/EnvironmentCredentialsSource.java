package com.callannotator.credentials;

import static java.util.Objects.requireNonNull;

/** Fixed credentials from {@code TWILIO_ACCOUNT_SID} and {@code TWILIO_AUTH_TOKEN}: local development only. */
public final class EnvironmentCredentialsSource implements CredentialsSource {

    private final TwilioCredentials credentials;

    public EnvironmentCredentialsSource(TwilioCredentials credentials) {
        this.credentials = requireNonNull(credentials, "credentials == null");
    }

    @Override
    public TwilioCredentials current() {
        return credentials;
    }

    @Override
    public TwilioCredentials refresh() {
        return credentials;
    }
}
