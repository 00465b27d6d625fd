package com.callannotator.observability;

import static java.util.Objects.requireNonNull;

import com.callannotator.annotation.Annotation;
import com.callannotator.annotation.DeliveryOutcome;
import com.callannotator.annotation.TwilioError;
import java.util.List;

/**
 * What happened to one request or queue message, for its log line, metrics and annotation event. Holds no phone
 * number, token or signature. Built by name: {@code Report.builder(route, Outcome.SKIPPED).callSid(sid).build()}.
 *
 * @param route the route name, e.g. {@code /status-callback}, or {@code retry-queue}
 * @param callSid the call concerned; may be null when unknown
 * @param fields the annotation fields that were set; empty when none
 * @param outcome what became of it
 * @param twilioStatus the HTTP status Twilio last answered; 0 when Twilio was not called or did not answer
 * @param twilioCode Twilio's error code; 0 when none
 * @param attempts how many times Twilio was called
 * @param detail a short reason; may be empty
 * @param annotation what was handed to delivery, for survey metrics and annotation events; null when none
 * @param question the survey question this request answered ({@code score}, …); null for other requests
 */
public record Report(String route, String callSid, List<String> fields, Outcome outcome, int twilioStatus,
        int twilioCode, int attempts, String detail, Annotation annotation, String question) {

    public Report {
        requireNonNull(route, "route == null");
        fields = List.copyOf(fields);
        requireNonNull(outcome, "outcome == null");
        detail = detail == null ? "" : detail;
    }

    /** A report on {@code route} with {@code outcome}; set the rest by name. */
    public static Builder builder(String route, Outcome outcome) {
        return new Builder(route, outcome);
    }

    /** A request turned away before any annotation was made. */
    public static Report refused(String route, Outcome outcome, String detail) {
        return builder(route, outcome).detail(detail).build();
    }

    /** A request that carried nothing to annotate. */
    public static Report skipped(String route, String callSid) {
        return builder(route, Outcome.SKIPPED).callSid(callSid).build();
    }

    /** The delivery of {@code annotation} on {@code route} and its outcome. */
    public static Report delivered(String route, Annotation annotation, DeliveryOutcome delivery) {
        return deliveryOf(route, annotation, delivery).build();
    }

    /** The delivery of {@code annotation}, made on the survey's answer to {@code question}, and its outcome. */
    public static Report answered(String route, Annotation annotation, String question, DeliveryOutcome delivery) {
        return deliveryOf(route, annotation, delivery).question(requireNonNull(question, "question == null")).build();
    }

    /** A delivery's report, still open for more (the retry queue names its outcomes its own way). */
    public static Builder deliveryOf(String route, Annotation annotation, DeliveryOutcome delivery) {
        TwilioError error = null;
        String detail = "";
        if (delivery instanceof DeliveryOutcome.Rejected rejected) {
            error = rejected.error();
            detail = rejected.error().message();
        } else if (delivery instanceof DeliveryOutcome.Failed failed) {
            error = failed.error();
            detail = failed.reason();
        } else if (delivery instanceof DeliveryOutcome.Deferred deferred) {
            detail = deferred.reason();
        }
        int status = error != null ? error.status() : delivery instanceof DeliveryOutcome.Posted ? 200 : 0;
        return builder(route, Outcome.of(delivery)).callSid(annotation.callSid().value()).fields(annotation.fieldsSet())
                .twilio(status, error == null ? 0 : error.code()).attempts(delivery.attempts()).detail(detail)
                .annotation(annotation);
    }

    /** This report with {@code more} added to its detail, after a {@code "; "}. */
    public Report withDetail(String more) {
        return new Report(route, callSid, fields, outcome, twilioStatus, twilioCode, attempts,
                detail.isEmpty() ? more : detail + "; " + more, annotation, question);
    }

    /** Builds a {@link Report} by name; what is not set is empty, zero or null. */
    public static final class Builder {
        private final String route;
        private Outcome outcome;
        private String callSid;
        private List<String> fields = List.of();
        private int twilioStatus;
        private int twilioCode;
        private int attempts;
        private String detail = "";
        private Annotation annotation;
        private String question;

        private Builder(String route, Outcome outcome) {
            this.route = requireNonNull(route, "route == null");
            this.outcome = requireNonNull(outcome, "outcome == null");
        }

        public Builder outcome(Outcome value) {
            this.outcome = requireNonNull(value, "outcome == null");
            return this;
        }

        public Builder callSid(String value) {
            this.callSid = value;
            return this;
        }

        public Builder fields(List<String> value) {
            this.fields = value;
            return this;
        }

        /** Twilio's last HTTP status and error code. */
        public Builder twilio(int status, int code) {
            this.twilioStatus = status;
            this.twilioCode = code;
            return this;
        }

        public Builder attempts(int value) {
            this.attempts = value;
            return this;
        }

        public Builder detail(String value) {
            this.detail = value;
            return this;
        }

        public Builder annotation(Annotation value) {
            this.annotation = value;
            return this;
        }

        public Builder question(String value) {
            this.question = value;
            return this;
        }

        public Report build() {
            return new Report(route, callSid, fields, outcome, twilioStatus, twilioCode, attempts, detail, annotation,
                    question);
        }
    }
}
