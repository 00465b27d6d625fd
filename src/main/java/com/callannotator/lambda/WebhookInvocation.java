package com.callannotator.lambda;

import com.amazonaws.services.lambda.runtime.Context;
import com.callannotator.WebhookFunction;
import com.callannotator.annotation.Deadline;
import com.callannotator.observability.EventOutcome;
import com.callannotator.webhook.Handled;
import com.callannotator.webhook.WebhookRequest;
import com.callannotator.webhook.WebhookResponse;
import java.util.Optional;

/**
 * What both API Gateway entry points share: convert the event, let the webhook answer, log once. A body that cannot
 * even be decoded (broken base64) is answered {@code 400} in the route's own style.
 */
final class WebhookInvocation {

    private WebhookInvocation() {
    }

    /** Turns one API Gateway event into the neutral request, with or without its body. */
    @FunctionalInterface
    interface Conversion {
        /**
         * The request.
         *
         * @param withBody false to leave the body out, for answering a request whose body could not be decoded
         * @throws IllegalArgumentException when {@code withBody} and the body is not valid base64
         */
        WebhookRequest toRequest(boolean withBody);
    }

    /** The request with its body; empty when the body is not valid base64. */
    private static Optional<WebhookRequest> decoded(Conversion conversion) {
        try {
            return Optional.of(conversion.toRequest(true));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Answers the event that {@code conversion} reads, and logs the outcome with the Lambda request id. */
    static WebhookResponse answer(WebhookFunction app, Conversion conversion, Context context) {
        long started = System.nanoTime();
        Deadline deadline = context == null ? Deadline.NONE : app.deadline(context.getRemainingTimeInMillis());
        Handled handled = decoded(conversion)
                .map(request -> app.service().handle(request, deadline))
                .orElseGet(() -> app.service().malformed(conversion.toRequest(false), "malformed base64 body"));
        // After the annotation is settled, within the same deadline: an event never holds up Twilio's answer.
        EventOutcome event = app.events().publish(handled.report(), deadline);
        app.log().write(handled.report(), context == null ? null : context.getAwsRequestId(),
                (System.nanoTime() - started) / 1e6, event);
        return handled.response();
    }
}
