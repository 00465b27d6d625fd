package com.callannotator.delivery;

import com.callannotator.annotation.Annotation;

/** Delivers annotations to Twilio Voice Insights. Implementations are thread-safe and never throw. */
public interface AnnotationDelivery {

    /** Posts {@code annotation}, which must not be empty, and says what became of it. */
    DeliveryOutcome deliver(Annotation annotation);

    /**
     * Like {@link #deliver(Annotation)}, but finishes by {@code deadline} (e.g. the Lambda invocation's remaining
     * time). The default ignores the deadline.
     */
    default DeliveryOutcome deliver(Annotation annotation, Deadline deadline) {
        return deliver(annotation);
    }
}
