package com.callannotator.security;

/**
 * Thrown by {@link SigningTokens} when the tokens cannot be read. The message names the source and the cause, never
 * a value.
 */
public class TokensUnavailableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public TokensUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
