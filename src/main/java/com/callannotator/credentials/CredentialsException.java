package com.callannotator.credentials;

import com.callannotator.security.TokensUnavailableException;

/**
 * Thrown when the Twilio credentials cannot be read: the secret is missing, unreadable, not JSON or lacks a key.
 * The message names the secret and the key, never a value.
 */
public final class CredentialsException extends TokensUnavailableException {

    private static final long serialVersionUID = 1L;

    public CredentialsException(String message) {
        super(message, null);
    }

    public CredentialsException(String message, Throwable cause) {
        super(message, cause);
    }
}
