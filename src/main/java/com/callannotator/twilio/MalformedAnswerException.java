package com.callannotator.twilio;

import java.io.IOException;

/**
 * Twilio answered {@code 2xx} with a body that is not one complete JSON object: an answer cut short by a closed
 * connection, or a proxy's page. A failed transport, so a transient failure, never a success to pass on.
 */
final class MalformedAnswerException extends IOException {

    private static final long serialVersionUID = 1L;

    /** The status and the characters received; the body itself is not kept. */
    public MalformedAnswerException(int status, int length) {
        super("Twilio answered " + status + " with " + length + " characters that are not one JSON object");
    }
}
