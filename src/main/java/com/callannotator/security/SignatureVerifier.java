package com.callannotator.security;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.net.URLDecoder;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Checks an {@code X-Twilio-Signature} the way Twilio's own validators do, in constant time.
 *
 * <p>The URL is accepted with and without the scheme's default port, because Twilio has signed both over time
 * (twilio-java {@code RequestValidator}, twilio-node #411), and with its query in each of the few spellings of
 * {@link QuerySpellings}, because Twilio signs the URL as configured while the query may reach us re-encoded
 * (twilio-node #621, #1059) or, on REST APIs, only decoded. Thread-safe.
 */
public final class SignatureVerifier {

    /** The query parameter Twilio adds to the URL of a JSON-body webhook: the hex SHA-256 of the raw body. */
    public static final String BODY_SHA256 = "bodySHA256";

    private final SignatureCalculator calculator;

    /** A verifier for requests signed with {@code authToken}. */
    public SignatureVerifier(String authToken) {
        this.calculator = new SignatureCalculator(authToken);
    }

    /** True when {@code signature} signs {@code url} plus the form {@code parameters} of a POST (none for GET). */
    public boolean verifyForm(String url, List<Map.Entry<String, String>> parameters, String signature) {
        if (signature == null || signature.isEmpty()) {
            return false;
        }
        byte[] expected = signature.getBytes(UTF_8);
        boolean valid = false;
        // Check every variant, so the time taken does not tell which one matched.
        for (String spelling : QuerySpellings.of(url)) {
            for (String variant : PortVariants.of(spelling)) {
                valid |= MessageDigest.isEqual(expected, calculator.sign(variant, parameters).getBytes(UTF_8));
            }
        }
        return valid;
    }

    /**
     * True when {@code signature} signs {@code url}, which carries {@code bodySHA256}, and that hash is the SHA-256
     * of {@code body}: how Twilio signs a webhook with a JSON body.
     */
    public boolean verifyJson(String url, byte[] body, String signature) {
        Optional<String> declaredHash = queryParameter(url, BODY_SHA256);
        if (declaredHash.isEmpty()) {
            return false;
        }
        boolean signed = verifyForm(url, List.of(), signature);
        boolean bodyMatches = MessageDigest.isEqual(
                declaredHash.get().toLowerCase(Locale.ROOT).getBytes(UTF_8), sha256Hex(body).getBytes(UTF_8));
        return signed && bodyMatches;
    }

    /** The lowercase hex SHA-256 of {@code body}, as Twilio puts it in {@code bodySHA256}. */
    public static String sha256Hex(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is unavailable", e);
        }
    }

    /** True when {@code url} carries {@code bodySHA256}: its body must then hash to it, whatever its length. */
    public static boolean carriesBodyHash(String url) {
        return queryParameter(url, BODY_SHA256).isPresent();
    }

    /** The first value of {@code name} in the query of {@code url}; pairs with a malformed escape are skipped. */
    private static Optional<String> queryParameter(String url, String name) {
        int queryStart = url.indexOf('?');
        if (queryStart < 0) {
            return Optional.empty();
        }
        int fragment = url.indexOf('#', queryStart);
        String query = url.substring(queryStart + 1, fragment < 0 ? url.length() : fragment);
        for (String pair : query.split("&", -1)) {
            int equals = pair.indexOf('=');
            Optional<String> key = decoded(equals < 0 ? pair : pair.substring(0, equals));
            if (key.isPresent() && key.get().equals(name)) {
                return equals < 0 ? Optional.of("") : decoded(pair.substring(equals + 1));
            }
        }
        return Optional.empty();
    }

    /** The form-decoded {@code text}; empty when it holds a malformed escape (a stranger's URL may). */
    private static Optional<String> decoded(String text) {
        try {
            return Optional.of(URLDecoder.decode(text, UTF_8));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
