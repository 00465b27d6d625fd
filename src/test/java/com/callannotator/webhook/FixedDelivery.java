package com.callannotator.webhook;

import com.callannotator.annotation.Annotation;
import com.callannotator.annotation.AnnotationDelivery;
import com.callannotator.annotation.Deadline;
import com.callannotator.annotation.DeliveryOutcome;
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
    public DeliveryOutcome deliver(Annotation annotation, Deadline deadline) {
        delivered.add(annotation);
        return outcome;
    }

    List<Annotation> delivered() {
        return List.copyOf(delivered);
    }
}
