package com.callannotator.annotation;

import static java.util.Objects.requireNonNull;

/** What became of an annotation handed to {@link AnnotationDelivery}: plain values, no transport types. */
public sealed interface DeliveryOutcome {

    /** How many times Twilio was called for this outcome. */
    int attempts();

    /** Twilio stored it. */
    record Posted(StoredAnnotation stored, int attempts) implements DeliveryOutcome {
        public Posted {
            requireNonNull(stored, "stored == null");
        }
    }

    /** Not posted yet, but safely queued for a later attempt. */
    record Deferred(String reason, int attempts) implements DeliveryOutcome {
        public Deferred {
            requireNonNull(reason, "reason == null");
        }
    }

    /** Twilio refused it for good (e.g. 17007, 17002, 400): retrying cannot help. */
    record Rejected(TwilioError error, int attempts) implements DeliveryOutcome {
        public Rejected {
            requireNonNull(error, "error == null");
        }
    }

    /**
     * Not posted and not queued: a transient failure with nowhere to defer to. The caller should make Twilio retry.
     *
     * @param error Twilio's last error; null when Twilio never answered (timeout, connection failure)
     */
    record Failed(String reason, TwilioError error, int attempts) implements DeliveryOutcome {
        public Failed {
            requireNonNull(reason, "reason == null");
        }
    }
}
