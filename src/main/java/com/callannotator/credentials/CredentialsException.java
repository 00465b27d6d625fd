package com.callannotator.credentials;

/**
 * Thrown when the Twilio credentials cannot be read: the secret is missing, unreadable, not JSON or lacks a key.
 * The message names the secret and the key, never a value.
 */
public final class CredentialsException extends RuntimeException {

    public CredentialsException(String message) {
        super(message);
    }

    public CredentialsException(String message, Throwable cause) {
        super(message, cause);
    }
}
