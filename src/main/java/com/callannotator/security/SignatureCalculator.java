package com.callannotator.security;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Computes Twilio's request signature: Base64 of HMAC-SHA1, keyed with the auth token, over the full URL followed by
 * each form parameter's name and value, names sorted case-sensitively (Java {@code String} order).
 *
 * <p>A repeated parameter contributes each of its <em>distinct</em> values, sorted, as Twilio's Node and Python
 * validators do (twilio-node {@code toFormUrlEncodedParam}: {@code Array.from(new Set(values)).sort()}; twilio-python
 * {@code compute_signature}: {@code sorted(set(values))}). twilio-java takes a {@code Map<String, String>} and cannot
 * express repeated parameters at all. Thread-safe.
 *
 * @see <a href="https://www.twilio.com/docs/usage/webhooks/webhooks-security">Twilio webhook security</a>
 */
public final class SignatureCalculator {

    private static final String ALGORITHM = "HmacSHA1";

    private final SecretKeySpec key;

    /** A calculator keyed with {@code authToken}. */
    public SignatureCalculator(String authToken) {
        if (authToken == null || authToken.isEmpty()) {
            throw new IllegalArgumentException("auth token is missing");
        }
        this.key = new SecretKeySpec(authToken.getBytes(UTF_8), ALGORITHM);
    }

    /** The signature of {@code url} with the form {@code parameters} (name, value pairs in any order). */
    public String sign(String url, List<Map.Entry<String, String>> parameters) {
        Mac mac = newMac();
        mac.update(url.getBytes(UTF_8));
        for (Map.Entry<String, SortedSet<String>> parameter : sortedByName(parameters).entrySet()) {
            byte[] name = parameter.getKey().getBytes(UTF_8);
            for (String value : parameter.getValue()) {
                mac.update(name);
                mac.update(value.getBytes(UTF_8));
            }
        }
        return Base64.getEncoder().encodeToString(mac.doFinal());
    }

    private static SortedMap<String, SortedSet<String>> sortedByName(List<Map.Entry<String, String>> parameters) {
        SortedMap<String, SortedSet<String>> sorted = new TreeMap<>();
        for (Map.Entry<String, String> parameter : parameters) {
            String value = parameter.getValue() == null ? "" : parameter.getValue();
            sorted.computeIfAbsent(parameter.getKey(), name -> new TreeSet<>()).add(value);
        }
        return sorted;
    }

    private Mac newMac() {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac;
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA1 is unavailable", e);
        }
    }
}
