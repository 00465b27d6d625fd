package com.callannotator;

import static java.util.Objects.requireNonNull;

import com.callannotator.annotation.Deadline;
import com.callannotator.events.AnnotationEvents;
import com.callannotator.observability.RequestLog;
import com.callannotator.security.PublicUrl;
import com.callannotator.webhook.WebhookService;
import java.time.Clock;

/**
 * What the API Gateway functions ({@code HttpApiHandler}, {@code RestApiHandler}) use, built by
 * {@link CallAnnotator#webhook()}: the routes and the delivery round behind them; no redelivery.
 *
 * @param service the webhook core: routes, HTTP semantics, signatures
 * @param publicUrl rebuilds the URL Twilio signed
 * @param log the per-request log
 * @param clock the time deadlines are computed in
 * @param events where annotation events go ({@code EVENT_BUS_NAME}); none when unset
 * @param buildDeferred builds now what is otherwise built on first use (the SQS client), for a SnapStart snapshot
 */
public record WebhookFunction(WebhookService service, PublicUrl publicUrl, RequestLog log, Clock clock,
        AnnotationEvents events, Runnable buildDeferred) {

    public WebhookFunction {
        requireNonNull(service, "service == null");
        requireNonNull(publicUrl, "publicUrl == null");
        requireNonNull(log, "log == null");
        requireNonNull(clock, "clock == null");
        requireNonNull(events, "events == null");
        requireNonNull(buildDeferred, "buildDeferred == null");
    }

    /**
     * When a webhook's delivery must be over: the invocation's remaining time less
     * {@link Deadline#INVOCATION_MARGIN}, so an annotation Twilio keeps failing on is still queued before Lambda
     * stops the function.
     *
     * @param remainingMillis {@code Context.getRemainingTimeInMillis()}
     */
    public Deadline deadline(long remainingMillis) {
        return Deadline.beforeInvocationEnds(clock, remainingMillis);
    }
}
