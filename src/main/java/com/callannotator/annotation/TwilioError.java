package com.callannotator.annotation;

import static java.util.Objects.requireNonNull;

/**
 * An error answer of the Twilio REST API: {@code {"code", "message", "more_info", "status"}}, as a plain value (the
 * Insights client reads it off the wire).
 *
 * @param status the HTTP status
 * @param code Twilio's error code (e.g. 20404, 17007); 0 when the body carried none
 * @param message Twilio's message; may be empty
 * @param moreInfo the documentation link; may be empty
 */
public record TwilioError(int status, int code, String message, String moreInfo) {

    public TwilioError {
        requireNonNull(message, "message == null");
        requireNonNull(moreInfo, "moreInfo == null");
    }
}
