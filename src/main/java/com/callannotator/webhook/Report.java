package com.callannotator.webhook;

import static java.util.Objects.requireNonNull;

import com.callannotator.annotation.Annotation;
import com.callannotator.delivery.DeliveryOutcome;
import com.callannotator.twilio.TwilioError;
import java.util.List;

/**
 * What happened to one request, for its log line and metrics. Holds no phone number, token or signature.
 *
 * @param route the route name, e.g. {@code /status-callback}
 * @param callSid the call concerned; may be null when unknown
 * @param fields the annotation fields that were set; empty when none
 * @param outcome posted, deferred, skipped, rejected, failed, invalid, forbidden, not_found, …
 * @param twilioStatus the HTTP status Twilio last answered; 0 when Twilio was not called or did not answer
 * @param twilioCode Twilio's error code; 0 when none
 * @param attempts how many times Twilio was called
 * @param detail a short reason; may be empty
 * @param annotation what was handed to delivery, for survey metrics and annotation events; null when none
 * @param question the survey question this request answered ({@code score}, …); null for other requests
 */
public record Report(String route, String callSid, List<String> fields, String outcome, int twilioStatus,
        int twilioCode, int attempts, String detail, Annotation annotation, String question) {

    public Report {
        requireNonNull(route, "route == null");
        fields = List.copyOf(fields);
        requireNonNull(outcome, "outcome == null");
        detail = detail == null ? "" : detail;
    }

    /** A report about no annotation. */
    public Report(String route, String callSid, List<String> fields, String outcome, int twilioStatus,
            int twilioCode, int attempts, String detail) {
        this(route, callSid, fields, outcome, twilioStatus, twilioCode, attempts, detail, null, null);
    }

    /** A request turned away before any annotation was made. */
    public static Report refused(String route, String outcome, String detail) {
        return new Report(route, null, List.of(), outcome, 0, 0, 0, detail);
    }

    /** A request that carried nothing to annotate. */
    public static Report skipped(String route, String callSid) {
        return new Report(route, callSid, List.of(), "skipped", 0, 0, 0, "");
    }

    /** The delivery of {@code annotation} and its outcome. */
    public static Report delivered(String route, Annotation annotation, DeliveryOutcome outcome) {
        return delivered(route, annotation.callSid().value(), annotation.fieldsSet(), outcome)
                .about(annotation, null);
    }

    /** The delivery of {@code annotation}, made on the survey's answer to {@code question}, and its outcome. */
    public static Report answered(Annotation annotation, String question, DeliveryOutcome outcome) {
        return delivered(SurveyRoute.NAME, annotation.callSid().value(), annotation.fieldsSet(), outcome)
                .about(annotation, requireNonNull(question, "question == null"));
    }

    /** This report with another outcome and detail (the retry queue names its outcomes its own way). */
    public Report withOutcome(String newOutcome, String newDetail) {
        return new Report(route, callSid, fields, newOutcome, twilioStatus, twilioCode, attempts, newDetail,
                annotation, question);
    }

    private Report about(Annotation newAnnotation, String newQuestion) {
        return new Report(route, callSid, fields, outcome, twilioStatus, twilioCode, attempts, detail, newAnnotation,
                newQuestion);
    }

    /** A delivery and its outcome. */
    public static Report delivered(String route, String callSid, List<String> fields, DeliveryOutcome outcome) {
        TwilioError error = null;
        String detail = "";
        if (outcome instanceof DeliveryOutcome.Rejected rejected) {
            error = rejected.error();
            detail = rejected.error().message();
        } else if (outcome instanceof DeliveryOutcome.Failed failed) {
            error = failed.error();
            detail = failed.reason();
        } else if (outcome instanceof DeliveryOutcome.Deferred deferred) {
            detail = deferred.reason();
        }
        int status = error != null ? error.status() : outcome instanceof DeliveryOutcome.Posted ? 200 : 0;
        return new Report(route, callSid, fields, outcome.name(), status, error == null ? 0 : error.code(),
                outcome.attempts(), detail);
    }
}
