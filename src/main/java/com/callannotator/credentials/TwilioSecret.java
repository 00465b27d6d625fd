package com.callannotator.credentials;

import com.fasterxml.jackson.jr.ob.JSON;
import java.io.IOException;
import java.util.Map;

/**
 * Reads the Twilio credentials out of a secret's JSON string: {@code {"account_sid","auth_token"}} plus optional
 * {@code "api_key_sid","api_key_secret"} and {@code "secondary_auth_token"} (DESIGN.md, "Configuration"). Messages
 * name the secret and the key, never a value.
 */
final class TwilioSecret {

    static final String ACCOUNT_SID = "account_sid";
    static final String AUTH_TOKEN = "auth_token";
    static final String API_KEY_SID = "api_key_sid";
    static final String API_KEY_SECRET = "api_key_secret";
    static final String SECONDARY_AUTH_TOKEN = "secondary_auth_token";

    private TwilioSecret() {
    }

    /**
     * The credentials in {@code json}, the string value of secret {@code secretId}.
     *
     * @throws CredentialsException when it is not a JSON object or lacks a key
     */
    static TwilioCredentials parse(String secretId, String json) {
        Map<String, Object> fields;
        try {
            fields = JSON.std.mapFrom(json);
        } catch (IOException | RuntimeException e) {
            // The parser's message may quote the secret's text, so it is not kept.
            throw new CredentialsException("secret " + secretId + " is not a JSON object");
        }
        if (fields == null) {
            throw new CredentialsException("secret " + secretId + " is not a JSON object");
        }
        String accountSid = required(secretId, fields, ACCOUNT_SID);
        String authToken = required(secretId, fields, AUTH_TOKEN);
        String secondary = optional(secretId, fields, SECONDARY_AUTH_TOKEN);
        String apiKeySid = optional(secretId, fields, API_KEY_SID);
        String apiKeySecret = optional(secretId, fields, API_KEY_SECRET);
        if (apiKeySid != null && apiKeySecret == null) {
            throw missing(secretId, API_KEY_SECRET, " (" + API_KEY_SID + " is set)");
        }
        if (apiKeySecret != null && apiKeySid == null) {
            throw missing(secretId, API_KEY_SID, " (" + API_KEY_SECRET + " is set)");
        }
        TwilioCredentials credentials = new TwilioCredentials(accountSid, authToken, secondary, null);
        return apiKeySid == null ? credentials : credentials.withApiKey(apiKeySid, apiKeySecret);
    }

    private static String required(String secretId, Map<String, Object> fields, String key) {
        String value = optional(secretId, fields, key);
        if (value == null) {
            throw missing(secretId, key, "");
        }
        return value;
    }

    private static String optional(String secretId, Map<String, Object> fields, String key) {
        Object value = fields.get(key);
        if (value == null || (value instanceof String text && text.isBlank())) {
            return null;
        }
        if (!(value instanceof String text)) {
            throw new CredentialsException("secret " + secretId + " key \"" + key + "\" is not a string");
        }
        return text.trim();
    }

    private static CredentialsException missing(String secretId, String key, String why) {
        return new CredentialsException("secret " + secretId + " lacks key \"" + key + "\"" + why);
    }
}
