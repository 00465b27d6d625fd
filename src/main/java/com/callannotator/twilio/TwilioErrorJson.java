package com.callannotator.twilio;

import com.callannotator.annotation.TwilioError;
import com.fasterxml.jackson.jr.ob.JSON;
import java.io.IOException;
import java.util.Map;

/** Reads Twilio's error JSON into a {@link TwilioError}. */
final class TwilioErrorJson {

    private TwilioErrorJson() {
    }

    /** Reads Twilio's error JSON; a body that is not Twilio's JSON keeps the status and a short excerpt. */
    static TwilioError parse(int status, String body) {
        try {
            Map<String, Object> fields = JSON.std.mapFrom(body);
            return new TwilioError(status, intOf(fields.get("code")), stringOf(fields.get("message")),
                    stringOf(fields.get("more_info")));
        } catch (IOException | RuntimeException e) {
            String excerpt = body == null ? "" : body.substring(0, Math.min(body.length(), 200));
            return new TwilioError(status, 0, excerpt, "");
        }
    }

    private static int intOf(Object value) {
        return value instanceof Number number ? number.intValue() : 0;
    }

    private static String stringOf(Object value) {
        return value == null ? "" : value.toString();
    }
}
