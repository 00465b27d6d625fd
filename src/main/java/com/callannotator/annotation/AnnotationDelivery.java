package com.callannotator.annotation;

/**
 * The port the core delivers annotations through; the {@code delivery} package implements it (posting to Twilio,
 * retrying, deferring to the retry queue). Implementations are thread-safe and never throw.
 */
public interface AnnotationDelivery {

    /** Posts {@code annotation}, which must not be empty, by {@code deadline}, and says what became of it. */
    DeliveryOutcome deliver(Annotation annotation, Deadline deadline);
}
