package com.callannotator.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.callannotator.annotation.Annotation;
import com.callannotator.annotation.AnsweredBy;
import com.callannotator.annotation.CallSid;
import com.callannotator.annotation.ConnectivityIssue;
import com.callannotator.annotation.QualityIssue;
import com.fasterxml.jackson.jr.ob.JSON;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

final class AnnotationJsonTest {

    private static final CallSid CALL = new CallSid("CA0123456789abcdef0123456789abcdef");

    static Stream<Arguments> annotations() {
        return Stream.of(
                Arguments.of("one field", Annotation.builder(CALL).answeredBy(AnsweredBy.MACHINE).build()),
                Arguments.of("every field", Annotation.builder(CALL).answeredBy(AnsweredBy.HUMAN)
                        .connectivityIssue(ConnectivityIssue.DROPPED_CALL)
                        .qualityIssues(List.of(QualityIssue.ONE_WAY_AUDIO, QualityIssue.ECHO)).spam(false)
                        .callScore(5).comment("ünïcödé \"quoted\" & 100%").incident("INC-17").build()),
                Arguments.of("no quality issue", Annotation.builder(CALL)
                        .qualityIssues(List.of(QualityIssue.NONE)).build()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("annotations")
    void fromMap_ofToMapThroughJson_isTheSameAnnotation(String name, Annotation annotation) throws IOException {
        String json = JSON.std.asString(AnnotationJson.toMap(annotation));

        Annotation read = AnnotationJson.fromMap(JSON.std.mapFrom(json));

        assertEquals(annotation, read);
    }

    @Test
    void toMap_usesTwiliosSnakeCaseNamesAndWireValues() throws IOException {
        Annotation annotation = Annotation.builder(CALL).answeredBy(AnsweredBy.MACHINE)
                .qualityIssues(List.of(QualityIssue.ONE_WAY_AUDIO)).callScore(2).build();

        String json = JSON.std.asString(AnnotationJson.toMap(annotation));

        assertEquals("{\"call_sid\":\"CA0123456789abcdef0123456789abcdef\",\"answered_by\":\"machine\","
                + "\"quality_issues\":[\"owa\"],\"call_score\":2}", json);
    }

    @Test
    void fromMap_badValues_listsEveryProblem() {
        Map<String, Object> json = Map.of("call_sid", CALL.value(), "answered_by", "robot", "call_score", 9,
                "spam", "yes", "colour", "blue");

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> AnnotationJson.fromMap(json));

        assertEquals("invalid annotation JSON: colour: unknown field; accepted: call_sid, answered_by, "
                + "connectivity_issue, quality_issues, spam, call_score, comment, incident; answered_by \"robot\": "
                + "must be one of unknown_answered_by, human, machine; spam \"yes\": must be true or false; "
                + "call_score \"9\": must be an integer from 1 to 5", e.getMessage());
    }

    @Test
    void fromMap_badCallSid_isRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> AnnotationJson.fromMap(Map.of("call_sid", "CA123", "spam", true)));

        assertEquals("invalid annotation JSON: call_sid: is required and must match ^CA[0-9a-fA-F]{32}$",
                e.getMessage());
    }

    @Test
    void fromMap_readsAsPostAnnotationsDoes_textValuesIncluded() {
        Annotation read = AnnotationJson.fromMap(Map.of("call_sid", CALL.value(), "quality_issues", "echo,owa",
                "call_score", "4", "spam", "false"));

        assertEquals(Annotation.builder(CALL).qualityIssues(List.of(QualityIssue.ECHO, QualityIssue.ONE_WAY_AUDIO))
                .callScore(4).spam(false).build(), read);
    }

    @Test
    void fromMap_freeTextProblem_doesNotRepeatTheText() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> AnnotationJson.fromMap(Map.of("call_sid", CALL.value(), "comment", "x".repeat(101))));

        assertEquals("invalid annotation JSON: comment: must be at most 100 characters", e.getMessage());
    }

    @Test
    void retryMessage_parseOfToJson_isTheSameMessage() {
        RetryMessage message = new RetryMessage(Annotation.builder(CALL).spam(true).comment("call back").build(), 3,
                "Twilio answered 503 (code 20503)", Instant.parse("2026-11-24T21:00:00Z"));

        RetryMessage read = RetryMessage.parse(message.toJson());

        assertEquals(message, read);
    }

    @Test
    void retryMessage_next_keepsTheAnnotationAndCountsTheRound() {
        RetryMessage message = new RetryMessage(Annotation.builder(CALL).spam(true).build(), 1, "first",
                Instant.parse("2026-11-24T21:00:00Z"));

        RetryMessage next = message.next("second");

        assertEquals(new RetryMessage(message.annotation(), 2, "second", message.acceptedAt()), next);
    }

    @Test
    void retryMessage_parseGarbage_saysWhy() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> RetryMessage.parse("{\"attempts\":1}"));

        assertEquals("no \"annotation\" object", e.getMessage());
    }
}
