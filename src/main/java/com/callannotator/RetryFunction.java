package com.callannotator;

import static java.util.Objects.requireNonNull;

import com.callannotator.delivery.DeliveryRound;
import com.callannotator.events.AnnotationEvents;
import com.callannotator.observability.RequestLog;

/**
 * What the retry-queue function ({@code RetryQueueHandler}) uses, built by {@link CallAnnotator#retryQueue()}: the
 * delivery round for queued annotations; no routes.
 *
 * @param redelivery another round for an annotation from the retry queue
 * @param log the per-message log
 * @param events where annotation events go ({@code EVENT_BUS_NAME}); none when unset
 */
public record RetryFunction(DeliveryRound redelivery, RequestLog log, AnnotationEvents events) {

    public RetryFunction {
        requireNonNull(redelivery, "redelivery == null");
        requireNonNull(log, "log == null");
        requireNonNull(events, "events == null");
    }
}
