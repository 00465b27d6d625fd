package com.callannotator.webhook;

import com.callannotator.annotation.Annotation;
import com.callannotator.delivery.AnnotationDelivery;
import com.callannotator.delivery.DeliveryOutcome;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A delivery that records each annotation and answers with one fixed outcome. */
final class FixedDelivery implements AnnotationDelivery {

    private final DeliveryOutcome outcome;
    private final List<Annotation> delivered = new CopyOnWriteArrayList<>();

    FixedDelivery(DeliveryOutcome outcome) {
        this.outcome = outcome;
    }

    @Override
    public DeliveryOutcome deliver(Annotation annotation) {
        delivered.add(annotation);
        return outcome;
    }

    List<Annotation> delivered() {
        return List.copyOf(delivered);
    }
}
