package com.callannotator.delivery;

import static java.util.Objects.requireNonNull;

import com.callannotator.twilio.StoredAnnotation;
import com.callannotator.twilio.TwilioError;

/** What became of an annotation handed to {@link AnnotationDelivery}. */
public sealed interface DeliveryOutcome {

    /** How many times Twilio was called for this outcome. */
    int attempts();

    /** The outcome's name for logs and metrics: posted, deferred, rejected or failed. */
    String name();

    /** Twilio stored it. */
    record Posted(StoredAnnotation stored, int attempts) implements DeliveryOutcome {
        public Posted {
            requireNonNull(stored, "stored == null");
        }

        @Override
        public String name() {
            return "posted";
        }
    }

    /** Not posted yet, but safely queued for a later attempt. */
    record Deferred(String reason, int attempts) implements DeliveryOutcome {
        public Deferred {
            requireNonNull(reason, "reason == null");
        }

        @Override
        public String name() {
            return "deferred";
        }
    }

    /** Twilio refused it for good (e.g. 17007, 17002, 400): retrying cannot help. */
    record Rejected(TwilioError error, int attempts) implements DeliveryOutcome {
        public Rejected {
            requireNonNull(error, "error == null");
        }

        @Override
        public String name() {
            return "rejected";
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

        @Override
        public String name() {
            return "failed";
        }
    }
}
