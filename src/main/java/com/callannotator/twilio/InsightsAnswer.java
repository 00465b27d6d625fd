package com.callannotator.twilio;

import static java.util.Objects.requireNonNull;

import com.callannotator.annotation.StoredAnnotation;
import com.callannotator.annotation.TwilioError;
import java.util.Optional;

/**
 * What the Insights API answered: stored, or refused with Twilio's error. A value, like retrofit's
 * {@code Response.error}; only a failed transport is an exception ({@link java.io.IOException}).
 */
public sealed interface InsightsAnswer {

    /** Twilio stored the annotation ({@code 2xx} with one JSON object). */
    record Stored(StoredAnnotation annotation) implements InsightsAnswer {
        public Stored {
            requireNonNull(annotation, "annotation == null");
        }
    }

    /**
     * Twilio answered with an error status.
     *
     * @param error Twilio's error
     * @param retryAfter the {@code Retry-After} header as received (seconds or an HTTP date), if any
     */
    record Refused(TwilioError error, Optional<String> retryAfter) implements InsightsAnswer {
        public Refused {
            requireNonNull(error, "error == null");
            requireNonNull(retryAfter, "retryAfter == null");
        }
    }
}
