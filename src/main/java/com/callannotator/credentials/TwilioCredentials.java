package com.callannotator.credentials;

import static java.util.Objects.requireNonNull;

/**
 * The Twilio account's credentials. The auth token verifies request signatures; the API key, when present,
 * authenticates REST calls (Twilio's recommendation), else the account SID and auth token do.
 *
 * @param accountSid the account SID, {@code AC…}
 * @param authToken the auth token
 * @param apiKeySid an API key SID, {@code SK…}; may be null
 * @param apiKeySecret that key's secret; null exactly when {@code apiKeySid} is null
 */
public record TwilioCredentials(String accountSid, String authToken, String apiKeySid, String apiKeySecret) {

    public TwilioCredentials {
        requireNonNull(accountSid, "accountSid == null");
        requireNonNull(authToken, "authToken == null");
        if ((apiKeySid == null) != (apiKeySecret == null)) {
            throw new IllegalArgumentException("api_key_sid and api_key_secret must be given together");
        }
    }

    /** Credentials without an API key. */
    public static TwilioCredentials of(String accountSid, String authToken) {
        return new TwilioCredentials(accountSid, authToken, null, null);
    }

    /** The HTTP Basic user name for REST calls. */
    public String restUsername() {
        return apiKeySid != null ? apiKeySid : accountSid;
    }

    /** The HTTP Basic password for REST calls. */
    public String restPassword() {
        return apiKeySecret != null ? apiKeySecret : authToken;
    }

    /** Redacted: names the account and key, never a secret. */
    @Override
    public String toString() {
        return "TwilioCredentials[accountSid=" + accountSid + ", apiKeySid=" + apiKeySid + ", secrets redacted]";
    }
}
