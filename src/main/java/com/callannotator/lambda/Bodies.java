package com.callannotator.lambda;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.util.Base64;
import java.util.Locale;

/** Decodes API Gateway bodies and methods, which arrive base64-encoded for Twilio's form posts on HTTP APIs. */
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

    /** The HTTP method in upper case, as the routes compare it. */
    static String method(String method) {
        return method.toUpperCase(Locale.ROOT);
    }
}
