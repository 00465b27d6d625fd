package com.callannotator.webhook;

import static java.util.Objects.requireNonNull;

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
 */
public record Report(String route, String callSid, List<String> fields, String outcome, int twilioStatus,
        int twilioCode, int attempts, String detail) {

    public Report {
        requireNonNull(route, "route == null");
        fields = List.copyOf(fields);
        requireNonNull(outcome, "outcome == null");
        detail = detail == null ? "" : detail;
    }

    /** A request turned away before any annotation was made. */
    public static Report refused(String route, String outcome, String detail) {
        return new Report(route, null, List.of(), outcome, 0, 0, 0, detail);
    }

    /** A request that carried nothing to annotate. */
    public static Report skipped(String route, String callSid) {
        return new Report(route, callSid, List.of(), "skipped", 0, 0, 0, "");
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
