package com.callannotator.lambda;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.util.Base64;

/** Decodes API Gateway bodies, which arrive base64-encoded for Twilio's form posts on HTTP APIs. */
final class Bodies {

    private Bodies() {
    }

    /**
     * The body bytes.
     *
     * @throws IllegalArgumentException when {@code base64} is true and the body is not valid base64
     */
    static byte[] decode(String body, boolean base64) {
        if (body == null || body.isEmpty()) {
            return new byte[0];
        }
        return base64 ? Base64.getDecoder().decode(body) : body.getBytes(UTF_8);
    }
}
