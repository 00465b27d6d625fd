package com.callannotator.annotation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

final class AnnotationTest {

    private static final CallSid CALL = new CallSid("CA0123456789abcdef0123456789ABCDEF");

    @ParameterizedTest(name = "call_score {0} valid={1}")
    @CsvSource({"0, false", "1, true", "3, true", "5, true", "6, false", "-1, false"})
    void problems_callScore_mustBeOneToFive(int score, boolean valid) {
        List<FieldError> problems = Annotation.builder(CALL).callScore(score).problems();

        assertEquals(valid, problems.isEmpty(), problems.toString());
        if (!valid) {
            assertEquals(new FieldError("call_score", String.valueOf(score), "must be an integer from 1 to 5"),
                    problems.get(0));
        }
    }

    @ParameterizedTest(name = "{0} characters")
    @CsvSource({"99, true", "100, true", "101, false"})
    void problems_commentAndIncident_atMostHundredCharacters(int length, boolean valid) {
        String text = "x".repeat(length);

        assertEquals(valid, Annotation.builder(CALL).comment(text).problems().isEmpty());
        assertEquals(valid, Annotation.builder(CALL).incident(text).problems().isEmpty());
    }

    @Test
    void problems_hundredEmojis_countAsHundredCharacters() {
        String emojis = "\ud83d\ude00".repeat(100);

        assertTrue(Annotation.builder(CALL).comment(emojis).problems().isEmpty());
        assertFalse(Annotation.builder(CALL).comment(emojis + "x").problems().isEmpty());
    }

    @Test
    void problems_blankComment_isRefused() {
        assertEquals(List.of(new FieldError("comment", " ", "must not be blank")),
                Annotation.builder(CALL).comment(" ").problems());
    }

    @Test
    void problems_noQualityIssueWithAnother_isRefused() {
        List<FieldError> problems = Annotation.builder(CALL)
                .qualityIssues(EnumSet.of(QualityIssue.NONE, QualityIssue.ECHO)).problems();

        assertEquals("quality_issues", problems.get(0).field());
    }

    @Test
    void build_invalidValue_throwsWithTheProblem() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Annotation.builder(CALL).callScore(9).build());

        assertTrue(e.getMessage().contains("call_score"), e.getMessage());
    }

    @Test
    void qualityIssuesWireValue_joinsInStableOrderWithCommas() {
        Annotation annotation = Annotation.builder(CALL)
                .qualityIssues(List.of(QualityIssue.STATIC_NOISE, QualityIssue.LOW_VOLUME, QualityIssue.ECHO))
                .build();

        assertEquals("low_volume,echo,static_noise", annotation.qualityIssuesWireValue());
    }

    @Test
    void fieldsSet_listsOnlySetFields() {
        Annotation annotation = Annotation.builder(CALL).answeredBy(AnsweredBy.MACHINE).spam(false).build();

        assertEquals(List.of("answered_by", "spam"), annotation.fieldsSet());
        assertTrue(Annotation.builder(CALL).build().isEmpty());
    }

    @Test
    void qualityIssues_isImmutable() {
        Annotation annotation = Annotation.builder(CALL).qualityIssues(Set.of(QualityIssue.ECHO)).build();

        assertThrows(UnsupportedOperationException.class, () -> annotation.qualityIssues().add(QualityIssue.DTMF));
    }

    @ParameterizedTest
    @ValueSource(strings = {"CA0123456789abcdef0123456789abcdef", "CAFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF"})
    void callSid_wellFormed_isAccepted(String value) {
        assertEquals(value, new CallSid(value).value());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "CA123", "ca0123456789abcdef0123456789abcdef", "CA0123456789abcdef0123456789abcdeg",
        "CA0123456789abcdef0123456789abcdef0", "AC0123456789abcdef0123456789abcdef", "CA0123456789abcdef0123456789abcde\n"})
    void callSid_malformed_isRefused(String value) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new CallSid(value));

        assertEquals("CallSid must match ^CA[0-9a-fA-F]{32}$: " + value, e.getMessage());
    }

    @ParameterizedTest
    @EnumSource(AnsweredBy.class)
    void answeredBy_wireValue_roundTrips(AnsweredBy value) {
        assertEquals(value, AnsweredBy.fromWireValue(value.wireValue()).orElseThrow());
    }

    @ParameterizedTest
    @EnumSource(ConnectivityIssue.class)
    void connectivityIssue_wireValue_roundTrips(ConnectivityIssue value) {
        assertEquals(value, ConnectivityIssue.fromWireValue(value.wireValue()).orElseThrow());
    }

    @ParameterizedTest
    @EnumSource(QualityIssue.class)
    void qualityIssue_wireValue_roundTrips(QualityIssue value) {
        assertEquals(value, QualityIssue.fromWireValue(value.wireValue()).orElseThrow());
    }

    @Test
    void wireValues_areExactlyTwiliosSpelling() {
        assertEquals("unknown_answered_by, human, machine", WireValue.accepted(AnsweredBy.class));
        assertEquals("unknown_connectivity_issue, no_connectivity_issue, invalid_number, caller_id, dropped_call, "
                + "number_reachability", WireValue.accepted(ConnectivityIssue.class));
        assertEquals("no_quality_issue, low_volume, choppy_robotic, echo, dtmf, latency, owa, static_noise",
                WireValue.accepted(QualityIssue.class));
        assertTrue(AnsweredBy.fromWireValue("HUMAN").isEmpty());
        assertTrue(QualityIssue.fromWireValue("unknown_quality_issue").isEmpty());
    }
}
