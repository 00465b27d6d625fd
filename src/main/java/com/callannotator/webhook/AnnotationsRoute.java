package com.callannotator.webhook;

import static java.util.Objects.requireNonNull;

import com.callannotator.annotation.Annotation;
import com.callannotator.delivery.AnnotationDelivery;
import com.callannotator.delivery.DeliveryOutcome;
import com.callannotator.mapping.Submission;
import com.callannotator.twilio.TwilioError;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code POST /annotations}: an explicit annotation, as JSON (a Studio "Make HTTP Request" widget, signed with
 * {@code bodySHA256}) or as a form with Twilio's names. See {@link Submission} for what is accepted.
 *
 * <p>Answers: {@code 200} with the annotation as Twilio stored it; {@code 202} when it was queued for a later
 * attempt; {@code 400} naming every problem (nothing is posted); {@code 502} with Twilio's code when Twilio refused
 * it; {@code 503} when Twilio could not be reached and it could not be queued. All bodies are JSON.
 */
final class AnnotationsRoute implements Route {

    static final String NAME = "/annotations";

    private final AnnotationDelivery delivery;

    AnnotationsRoute(AnnotationDelivery delivery) {
        this.delivery = requireNonNull(delivery, "delivery == null");
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Set<String> methods() {
        return Set.of("POST");
    }

    @Override
    public Set<String> mediaTypes() {
        return Set.of(MediaTypes.JSON, MediaTypes.FORM);
    }

    @Override
    public Handled handle(SignedRequest request) {
        Submission.Parsed parsed;
        if (request.isJson()) {
            Optional<Map<String, Object>> json = JsonBodies.object(request.request().body());
            if (json.isEmpty()) {
                return new Handled(refusal(400, "body is not one JSON object"),
                        Report.refused(NAME, "invalid", "malformed JSON"));
            }
            parsed = Submission.fromJson(json.get());
        } else {
            parsed = Submission.fromForm(request.parameters().byName());
        }
        if (parsed.annotation().isEmpty()) {
            String fields = String.join(",", parsed.problems().stream().map(p -> p.field()).distinct().toList());
            return new Handled(JsonBodies.invalid(parsed.problems()), Report.refused(NAME, "invalid", fields));
        }
        Annotation annotation = parsed.annotation().get();
        DeliveryOutcome outcome = delivery.deliver(annotation, request.deadline());
        return new Handled(responseFor(annotation, outcome),
                Report.delivered(NAME, annotation, outcome));
    }

    private static WebhookResponse responseFor(Annotation annotation, DeliveryOutcome outcome) {
        if (outcome instanceof DeliveryOutcome.Posted posted) {
            return WebhookResponse.json(200, posted.stored().json());
        }
        if (outcome instanceof DeliveryOutcome.Deferred deferred) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("status", "deferred");
            body.put("call_sid", annotation.callSid().value());
            body.put("reason", deferred.reason());
            return WebhookResponse.json(202, JsonBodies.write(body));
        }
        if (outcome instanceof DeliveryOutcome.Rejected rejected) {
            return JsonBodies.error(502, "Twilio refused the annotation", twilio(rejected.error()));
        }
        DeliveryOutcome.Failed failed = (DeliveryOutcome.Failed) outcome;
        Map<String, Object> more = failed.error() == null ? new LinkedHashMap<>() : twilio(failed.error());
        more.put("reason", failed.reason());
        return JsonBodies.error(503, "Twilio could not be reached; try again", more);
    }

    private static Map<String, Object> twilio(TwilioError error) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("twilio_status", error.status());
        fields.put("twilio_code", error.code());
        fields.put("twilio_message", error.message());
        fields.put("more_info", error.moreInfo());
        return fields;
    }

    @Override
    public WebhookResponse refusal(int status, String reason) {
        return JsonBodies.error(status, reason, Map.of());
    }
}
