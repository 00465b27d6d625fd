package com.callannotator.annotation;

import static java.util.Objects.requireNonNull;

/**
 * The annotation as Twilio stored it: the JSON body of Twilio's {@code 200} answer, passed on as received.
 *
 * @param json Twilio's JSON document, e.g. {@code {"call_sid": "CA…", "call_score": 4, …}}
 */
public record StoredAnnotation(String json) {

    public StoredAnnotation {
        requireNonNull(json, "json == null");
    }
}
