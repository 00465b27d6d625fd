package com.callannotator.config;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * Where the Twilio credentials come from: a Secrets Manager secret in production, else two local variables.
 * {@link #toString} leaves out the token.
 *
 * @param secretId the Secrets Manager secret holding the Twilio credentials; empty in local development
 * @param localAccountSid {@code TWILIO_ACCOUNT_SID}, used only when there is no secret; may be empty
 * @param localAuthToken {@code TWILIO_AUTH_TOKEN}, used only when there is no secret; may be empty
 */
public record TwilioSettings(Optional<String> secretId, Optional<String> localAccountSid,
        Optional<String> localAuthToken) {

    public TwilioSettings {
        requireNonNull(secretId, "secretId == null");
        requireNonNull(localAccountSid, "localAccountSid == null");
        requireNonNull(localAuthToken, "localAuthToken == null");
    }

    @Override
    public String toString() {
        return "TwilioSettings[secretId=" + secretId + ", localAccountSid=" + localAccountSid + "]";
    }
}
