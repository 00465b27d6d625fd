package com.callannotator.webhook;

import static java.util.Objects.requireNonNull;

import com.callannotator.annotation.Annotation;
import com.callannotator.delivery.AnnotationDelivery;
import com.callannotator.delivery.DeliveryOutcome;
import com.callannotator.mapping.StatusCallback;
import com.callannotator.mapping.StatusCallbackMapper;
import java.util.Optional;
import java.util.Set;

/**
 * {@code POST|GET /status-callback}: a Twilio voice status callback becomes the annotation it implies.
 *
 * <p>Twilio wants {@code 204} with an empty body (FACTS-twilio.md §4, error 15003). A transient failure that could
 * not be deferred answers {@code 503}, so Twilio's connection-override retries can help; a permanent refusal by
 * Twilio answers {@code 502}, so it shows in Twilio's debugger.
 */
final class StatusCallbackRoute implements Route {

    static final String NAME = "/status-callback";

    private final StatusCallbackMapper mapper;
    private final AnnotationDelivery delivery;

    StatusCallbackRoute(StatusCallbackMapper mapper, AnnotationDelivery delivery) {
        this.mapper = requireNonNull(mapper, "mapper == null");
        this.delivery = requireNonNull(delivery, "delivery == null");
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Set<String> methods() {
        return Set.of("POST", "GET");
    }

    @Override
    public Set<String> mediaTypes() {
        return Set.of(MediaTypes.FORM);
    }

    @Override
    public Handled handle(SignedRequest request) {
        Optional<StatusCallback> callback = StatusCallback.from(request.parameters()::first);
        if (callback.isEmpty()) {
            return new Handled(refusal(400, StatusCallback.CALL_SID),
                    Report.refused(NAME, "invalid", StatusCallback.CALL_SID + " missing or malformed"));
        }
        Optional<Annotation> annotation = mapper.map(callback.get());
        if (annotation.isEmpty()) {
            return new Handled(WebhookResponse.noContent(), Report.skipped(NAME, callback.get().callSid().value()));
        }
        DeliveryOutcome outcome = delivery.deliver(annotation.get(), request.deadline());
        Report report = Report.delivered(NAME, annotation.get(), outcome);
        return new Handled(responseFor(outcome), report);
    }

    private static WebhookResponse responseFor(DeliveryOutcome outcome) {
        if (outcome instanceof DeliveryOutcome.Rejected) {
            return WebhookResponse.empty(502);
        }
        if (outcome instanceof DeliveryOutcome.Failed) {
            return WebhookResponse.empty(503);
        }
        return WebhookResponse.noContent();
    }

    @Override
    public WebhookResponse refusal(int status, String reason) {
        return WebhookResponse.empty(status);
    }
}
