package com.callannotator.delivery;

import com.callannotator.annotation.Annotation;

/** Delivers annotations to Twilio Voice Insights. Implementations are thread-safe and never throw. */
public interface AnnotationDelivery {

    /** Posts {@code annotation}, which must not be empty, and says what became of it. */
    DeliveryOutcome deliver(Annotation annotation);
}
