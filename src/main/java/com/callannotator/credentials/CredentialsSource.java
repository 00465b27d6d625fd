package com.callannotator.credentials;

import com.callannotator.security.SigningTokens;
import java.time.Instant;
import java.util.List;

/** Supplies the Twilio credentials; also the webhook's {@link SigningTokens}. Implementations are thread-safe. */
public interface CredentialsSource extends SigningTokens {

    /**
     * The current credentials, possibly cached; any read is over by {@code by} (the invocation's deadline).
     *
     * @throws CredentialsException when they cannot be read
     */
    TwilioCredentials current(Instant by);

    /**
     * Credentials read anew, for after Twilio refused the cached ones or a signature failed with them (a rotated
     * token); the read is over by {@code by}. Implementations limit how often they really re-read, so a flood of
     * refusals cannot become a flood of reads.
     *
     * @throws CredentialsException when they cannot be read
     */
    TwilioCredentials refresh(Instant by);

    @Override
    default List<String> signingTokens(Instant by) {
        return current(by).signingTokens();
    }

    @Override
    default List<String> refreshSigningTokens(Instant by) {
        return refresh(by).signingTokens();
    }

    /** {@link #current(Instant)} with no deadline of the caller's own. */
    default TwilioCredentials current() {
        return current(Instant.MAX);
    }

    /** {@link #refresh(Instant)} with no deadline of the caller's own. */
    default TwilioCredentials refresh() {
        return refresh(Instant.MAX);
    }
}
