package com.callannotator.security;

import java.time.Instant;
import java.util.List;

/**
 * The port the webhook reads Twilio's auth tokens through, to check request signatures; the {@code credentials}
 * package implements it. Implementations are thread-safe.
 */
public interface SigningTokens {

    /**
     * The tokens a request signature may be made with (the auth token, then a secondary one during a rotation),
     * possibly cached; any read is over by {@code by}.
     *
     * @throws TokensUnavailableException when they cannot be read
     */
    List<String> signingTokens(Instant by);

    /**
     * The tokens read anew, after a signature failed with the cached ones (a rotated token); the read is over by
     * {@code by}. Implementations limit how often they really re-read.
     *
     * @throws TokensUnavailableException when they cannot be read
     */
    List<String> refreshSigningTokens(Instant by);
}
