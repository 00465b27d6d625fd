package com.callannotator.events;

import static java.util.Objects.requireNonNull;

import com.callannotator.annotation.Annotation;
import com.callannotator.annotation.QualityIssue;
import com.callannotator.observability.JsonLine;
import com.callannotator.observability.Outcome;
import com.callannotator.observability.Redaction;
import com.callannotator.observability.Report;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One EventBridge event about an annotation: source {@value #SOURCE}, a detail-type per outcome, and a detail with
 * the CallSid, the annotation's fields (snake_case, as Twilio names them), the outcome and Twilio's code. Comment and
 * incident appear only when set, with anything phone-like redacted; nothing else in it can hold a phone number.
 *
 * @param detailType {@code Call Annotation Posted}, {@code … Rejected} or {@code … Dead-Lettered}
 * @param detail the event's detail, as a JSON object
 */
record AnnotationEvent(String detailType, Map<String, Object> detail) {

    /** The {@code source} of every event. */
    public static final String SOURCE = "call-annotator";

    /** The outcomes that have an event, and their detail-types. */
    static final Map<Outcome, String> DETAIL_TYPES = Map.of(
            Outcome.POSTED, "Call Annotation Posted",
            Outcome.REJECTED, "Call Annotation Rejected",
            Outcome.DEAD_LETTERED, "Call Annotation Dead-Lettered");

    public AnnotationEvent {
        requireNonNull(detailType, "detailType == null");
        detail = Collections.unmodifiableMap(new LinkedHashMap<>(detail)); // Keeps the order, and nulls.
    }

    /** The event {@code report} calls for; empty when its outcome has none or it concerns no annotation. */
    public static Optional<AnnotationEvent> of(Report report) {
        String detailType = DETAIL_TYPES.get(report.outcome());
        if (detailType == null || report.annotation() == null) {
            return Optional.empty();
        }
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("call_sid", report.annotation().callSid().value());
        fields(report.annotation(), detail);
        detail.put("outcome", report.outcome().logName());
        detail.put("twilio_code", report.twilioCode() == 0 ? null : report.twilioCode());
        detail.put("twilio_status", report.twilioStatus() == 0 ? null : report.twilioStatus());
        detail.put("route", report.route());
        if (report.question() != null) {
            detail.put("question", report.question());
        }
        return Optional.of(new AnnotationEvent(detailType, detail));
    }

    /** The detail as JSON, as {@code PutEvents} takes it. */
    public String detailJson() {
        return JsonLine.of(detail);
    }

    private static void fields(Annotation annotation, Map<String, Object> detail) {
        if (annotation.answeredBy() != null) {
            detail.put("answered_by", annotation.answeredBy().wireValue());
        }
        if (annotation.connectivityIssue() != null) {
            detail.put("connectivity_issue", annotation.connectivityIssue().wireValue());
        }
        if (!annotation.qualityIssues().isEmpty()) {
            List<String> issues = annotation.qualityIssues().stream().map(QualityIssue::wireValue).toList();
            detail.put("quality_issues", issues);
        }
        if (annotation.spam() != null) {
            detail.put("spam", annotation.spam());
        }
        if (annotation.callScore() != null) {
            detail.put("call_score", annotation.callScore());
        }
        if (annotation.comment() != null) {
            detail.put("comment", Redaction.scrub(annotation.comment()));
        }
        if (annotation.incident() != null) {
            detail.put("incident", Redaction.scrub(annotation.incident()));
        }
    }
}
