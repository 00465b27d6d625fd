package com.callannotator.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.callannotator.annotation.Annotation;
import com.callannotator.annotation.AnsweredBy;
import com.callannotator.annotation.CallSid;
import com.callannotator.annotation.QualityIssue;
import com.callannotator.observability.Outcome;
import com.callannotator.observability.Report;
import com.fasterxml.jackson.jr.ob.JSON;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

final class AnnotationEventTest {

    private static final CallSid CALL = new CallSid("CA0123456789abcdef0123456789abcdef");

    private static Report report(String outcome, Annotation annotation, int code) {
        return Report.builder("/annotations", Outcome.valueOf(outcome.toUpperCase(java.util.Locale.ROOT)))
                .callSid(CALL.value()).fields(annotation.fieldsSet()).twilio(code == 0 ? 200 : 400, code).attempts(1)
                .detail("").annotation(annotation).question(null).build();
    }

    @Test
    void of_posted_detailHoldsCallSidFieldsOutcomeAndCode() throws IOException {
        Annotation annotation = Annotation.builder(CALL).callScore(2).qualityIssues(Set.of(QualityIssue.ECHO))
                .answeredBy(AnsweredBy.HUMAN).spam(false).build();

        AnnotationEvent event = AnnotationEvent.of(report("posted", annotation, 0)).orElseThrow();

        assertEquals("Call Annotation Posted", event.detailType());
        Map<String, Object> detail = JSON.std.mapFrom(event.detailJson());
        assertEquals(CALL.value(), detail.get("call_sid"));
        assertEquals(2, detail.get("call_score"));
        assertEquals(List.of("echo"), detail.get("quality_issues"));
        assertEquals("human", detail.get("answered_by"));
        assertEquals(false, detail.get("spam"));
        assertEquals("posted", detail.get("outcome"));
        assertTrue(detail.containsKey("twilio_code"));
        assertFalse(detail.containsKey("comment"), "comment only when set");
        assertFalse(detail.containsKey("incident"), "incident only when set");
    }

    @Test
    void of_rejectedWithPhoneInComment_carriesTwilioCodeAndNoPhoneNumber() throws IOException {
        Annotation annotation = Annotation.builder(CALL).comment("call back on +1 (415) 555-1212").build();

        AnnotationEvent event = AnnotationEvent.of(report("rejected", annotation, 17007)).orElseThrow();

        assertEquals("Call Annotation Rejected", event.detailType());
        Map<String, Object> detail = JSON.std.mapFrom(event.detailJson());
        assertEquals(17007, detail.get("twilio_code"));
        assertEquals("call back on [redacted]", detail.get("comment"));
        assertFalse(event.detailJson().contains("555"), event.detailJson());
    }

    @Test
    void of_deadLettered_hasItsDetailType() {
        Annotation annotation = Annotation.builder(CALL).spam(true).build();

        assertEquals("Call Annotation Dead-Lettered",
                AnnotationEvent.of(report("dead_lettered", annotation, 0)).orElseThrow().detailType());
    }

    @Test
    void of_deferredFailedOrNoAnnotation_hasNoEvent() {
        Annotation annotation = Annotation.builder(CALL).spam(true).build();

        assertTrue(AnnotationEvent.of(report("deferred", annotation, 0)).isEmpty());
        assertTrue(AnnotationEvent.of(report("failed", annotation, 0)).isEmpty());
        assertTrue(AnnotationEvent.of(Report.refused("/survey", Outcome.POSTED, "")).isEmpty());
    }
}
