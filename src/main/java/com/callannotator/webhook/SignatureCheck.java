package com.callannotator.webhook;

import static java.util.Objects.requireNonNull;

import com.callannotator.credentials.CredentialsSource;
import com.callannotator.security.SignatureVerifier;
import java.time.Instant;
import java.util.List;

/**
 * Verifies the {@code X-Twilio-Signature} of a request with the account's auth token, or its secondary auth token
 * while a rotation is under way.
 *
 * <p>When a signature fails, the credentials are re-read at once (the source limits how often), because Twilio signs
 * with the new token as soon as it is promoted. Thread-safe.
 */
final class SignatureCheck {

    static final String HEADER = "X-Twilio-Signature";

    private final CredentialsSource credentials;
    private volatile KeyedVerifiers verifiers;

    SignatureCheck(CredentialsSource credentials) {
        this.credentials = requireNonNull(credentials, "credentials == null");
    }

    /**
     * True when the request carries a valid signature for its URL and form {@code parameters}.
     *
     * @param by when any read of the credentials must be over (the invocation's deadline)
     */
    boolean isSigned(WebhookRequest request, FormParameters parameters, boolean json, Instant by) {
        String signature = request.headers().get(HEADER).orElse("");
        if (signature.isEmpty()) {
            return false;
        }
        KeyedVerifiers current = verifiersFor(credentials.current(by).signingTokens());
        if (current.verify(request, parameters, json, signature)) {
            return true;
        }
        List<String> refreshed = credentials.refresh(by).signingTokens();
        if (refreshed.equals(current.tokens())) {
            return false;
        }
        return verifiersFor(refreshed).verify(request, parameters, json, signature);
    }

    private KeyedVerifiers verifiersFor(List<String> tokens) {
        KeyedVerifiers cached = verifiers;
        if (cached != null && cached.tokens().equals(tokens)) {
            return cached;
        }
        KeyedVerifiers fresh = new KeyedVerifiers(tokens, tokens.stream().map(SignatureVerifier::new).toList());
        verifiers = fresh;
        return fresh;
    }

    /** A verifier per signing token, and the tokens they were built with. */
    private record KeyedVerifiers(List<String> tokens, List<SignatureVerifier> verifiers) {

        /**
         * True when the signature is valid under any of the tokens. A URL carrying {@code bodySHA256} is checked as
         * JSON whatever the body's length or type, so a signed URL replayed with an empty or different body fails.
         */
        boolean verify(WebhookRequest request, FormParameters parameters, boolean json, String signature) {
            boolean bodyHashed = json || SignatureVerifier.carriesBodyHash(request.publicUrl());
            for (SignatureVerifier verifier : verifiers) {
                boolean valid = bodyHashed
                        ? verifier.verifyJson(request.publicUrl(), request.body(), signature)
                        : verifier.verifyForm(request.publicUrl(), parameters.entries(), signature);
                if (valid) {
                    return true;
                }
            }
            return false;
        }

        @Override
        public String toString() {
            return "KeyedVerifiers[" + verifiers.size() + " tokens, redacted]";
        }
    }
}
