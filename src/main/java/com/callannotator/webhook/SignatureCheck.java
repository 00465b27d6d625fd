package com.callannotator.webhook;

import static java.util.Objects.requireNonNull;

import com.callannotator.credentials.CredentialsSource;
import com.callannotator.mapping.FormParameters;
import com.callannotator.security.SignatureVerifier;

/**
 * Verifies the {@code X-Twilio-Signature} of a request with the account's current auth token.
 *
 * <p>When a signature fails, the credentials are re-read once (rate-limited by the source), because Twilio signs
 * with the new token as soon as it is rotated. Thread-safe.
 */
final class SignatureCheck {

    static final String HEADER = "X-Twilio-Signature";

    private final CredentialsSource credentials;
    private volatile KeyedVerifier verifier;

    SignatureCheck(CredentialsSource credentials) {
        this.credentials = requireNonNull(credentials, "credentials == null");
    }

    /** True when the request carries a valid signature for its URL and form {@code parameters}. */
    boolean isSigned(WebhookRequest request, FormParameters parameters, boolean json) {
        String signature = request.headers().get(HEADER).orElse("");
        if (signature.isEmpty()) {
            return false;
        }
        KeyedVerifier current = verifierFor(credentials.current().authToken());
        if (verify(current.verifier(), request, parameters, json, signature)) {
            return true;
        }
        String refreshedToken = credentials.refresh().authToken();
        if (refreshedToken.equals(current.authToken())) {
            return false;
        }
        return verify(verifierFor(refreshedToken).verifier(), request, parameters, json, signature);
    }

    /**
     * A URL carrying {@code bodySHA256} is checked as JSON whatever the body's length or type, so a signed URL
     * replayed with an empty or different body is refused.
     */
    private static boolean verify(SignatureVerifier verifier, WebhookRequest request, FormParameters parameters,
            boolean json, String signature) {
        return json || SignatureVerifier.carriesBodyHash(request.publicUrl())
                ? verifier.verifyJson(request.publicUrl(), request.body(), signature)
                : verifier.verifyForm(request.publicUrl(), parameters.entries(), signature);
    }

    private KeyedVerifier verifierFor(String authToken) {
        KeyedVerifier cached = verifier;
        if (cached != null && cached.authToken().equals(authToken)) {
            return cached;
        }
        KeyedVerifier fresh = new KeyedVerifier(authToken, new SignatureVerifier(authToken));
        verifier = fresh;
        return fresh;
    }

    /** A verifier and the token it was built with. */
    private record KeyedVerifier(String authToken, SignatureVerifier verifier) {
        @Override
        public String toString() {
            return "KeyedVerifier[redacted]";
        }
    }
}
