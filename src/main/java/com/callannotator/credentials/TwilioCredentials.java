package com.callannotator.credentials;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * The Twilio account's credentials. The auth token (and, while a rotation is under way, the secondary auth token)
 * verifies request signatures; the API key, when present, authenticates REST calls (Twilio's recommendation), else
 * the account SID and auth token do.
 *
 * @param accountSid the account SID, {@code AC…}
 * @param authToken the auth token
 * @param secondaryAuthToken Twilio's secondary auth token while a rotation is under way; may be null
 * @param apiKey an API key for REST calls; may be null
 */
public record TwilioCredentials(String accountSid, String authToken, String secondaryAuthToken, ApiKey apiKey) {

    public TwilioCredentials {
        requireNonNull(accountSid, "accountSid == null");
        requireNonNull(authToken, "authToken == null");
    }

    /** Credentials without an API key or a secondary token. */
    public static TwilioCredentials of(String accountSid, String authToken) {
        return new TwilioCredentials(accountSid, authToken, null, null);
    }

    /** These credentials with {@code apiKey} for REST calls. */
    public TwilioCredentials withApiKey(String sid, String secret) {
        return new TwilioCredentials(accountSid, authToken, secondaryAuthToken, new ApiKey(sid, secret));
    }

    /** The tokens a request signature may be made with: the auth token, then the secondary one if any. */
    public List<String> signingTokens() {
        return secondaryAuthToken == null ? List.of(authToken) : List.of(authToken, secondaryAuthToken);
    }

    /** The HTTP Basic user name for REST calls. */
    public String restUsername() {
        return apiKey != null ? apiKey.sid() : accountSid;
    }

    /** The HTTP Basic password for REST calls. */
    public String restPassword() {
        return apiKey != null ? apiKey.secret() : authToken;
    }

    /** Redacted: names the account and key, never a secret. */
    @Override
    public String toString() {
        return "TwilioCredentials[accountSid=" + accountSid + ", apiKeySid=" + (apiKey == null ? null : apiKey.sid())
                + ", secondaryAuthToken=" + (secondaryAuthToken != null) + ", secrets redacted]";
    }

    /**
     * A Twilio API key.
     *
     * @param sid the key's SID, {@code SK…}
     * @param secret the key's secret
     */
    public record ApiKey(String sid, String secret) {
        public ApiKey {
            requireNonNull(sid, "sid == null");
            requireNonNull(secret, "secret == null");
        }

        /** Redacted. */
        @Override
        public String toString() {
            return "ApiKey[" + sid + ", secret redacted]";
        }
    }
}
