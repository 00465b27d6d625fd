package com.callannotator.credentials;

/** Supplies the Twilio credentials. Implementations are thread-safe. */
public interface CredentialsSource {

    /**
     * The current credentials, possibly cached.
     *
     * @throws CredentialsException when they cannot be read
     */
    TwilioCredentials current();

    /**
     * Credentials read anew, for after Twilio refused the cached ones (a rotated token). Implementations limit how
     * often they really re-read, so a flood of refusals cannot become a flood of reads.
     *
     * @throws CredentialsException when they cannot be read
     */
    TwilioCredentials refresh();
}
