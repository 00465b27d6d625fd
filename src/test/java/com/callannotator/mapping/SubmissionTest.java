package com.callannotator.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.callannotator.annotation.Annotation;
import com.callannotator.annotation.AnsweredBy;
import com.callannotator.annotation.CallSid;
import com.callannotator.annotation.ConnectivityIssue;
import com.callannotator.annotation.FieldError;
import com.callannotator.annotation.QualityIssue;
import com.callannotator.webhook.FormParameters;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

final class SubmissionTest {

    private static final String SID = "CA0123456789abcdef0123456789abcdef";
    private static final CallSid CALL = new CallSid(SID);

    @ParameterizedTest(name = "call_score {0} -> valid {1}")
    @CsvSource({"0, false", "1, true", "5, true", "6, false", "-1, false"})
    void fromJson_callScoreBoundaries_nativeAndText(int score, boolean valid) {
        assertEquals(valid, json("call_score", score).annotation().isPresent());
        assertEquals(valid, json("call_score", String.valueOf(score)).annotation().isPresent());
        assertEquals(valid, form("CallScore", String.valueOf(score)).annotation().isPresent());
    }

    @ParameterizedTest(name = "call_score {0} is the wrong type")
    @CsvSource({"4.0", "4.5", "four", "''", "9999999999"})
    void fromJson_callScoreNotAnInteger_isRefused(String text) {
        assertEquals(List.of(new FieldError("call_score", text, "must be an integer from 1 to 5")),
                json("call_score", text).problems());
    }

    @Test
    void fromJson_callScoreNativeTypesOtherThanInteger_areRefused() {
        assertEquals(1, json("call_score", 4.0).problems().size());
        assertEquals(1, json("call_score", 9_999_999_999L).problems().size());
        assertEquals(1, json("call_score", true).problems().size());
    }

    @ParameterizedTest(name = "{0} characters -> valid {1}")
    @CsvSource({"1, true", "100, true", "101, false"})
    void fromJson_textLengthCountedInCharacters(int length, boolean valid) {
        String emoji = "\ud83d\ude00".repeat(length);

        assertEquals(valid, json("comment", emoji).annotation().isPresent());
        assertEquals(valid, json("incident", "x".repeat(length)).annotation().isPresent());
    }

    @Test
    void fromJson_blankComment_isRefused() {
        assertEquals(List.of(new FieldError("comment", " ", "must not be blank")), json("comment", " ").problems());
    }

    @ParameterizedTest(name = "answered_by {0}")
    @EnumSource(AnsweredBy.class)
    void fromJson_everyAnsweredBy_isAccepted(AnsweredBy value) {
        assertEquals(value, json("answered_by", value.wireValue()).annotation().orElseThrow().answeredBy());
        assertEquals(value, form("AnsweredBy", value.wireValue()).annotation().orElseThrow().answeredBy());
    }

    @ParameterizedTest(name = "connectivity_issue {0}")
    @EnumSource(ConnectivityIssue.class)
    void fromJson_everyConnectivityIssue_isAccepted(ConnectivityIssue value) {
        assertEquals(value, json("connectivity_issue", value.wireValue()).annotation().orElseThrow()
                .connectivityIssue());
    }

    @ParameterizedTest(name = "quality_issues {0}")
    @EnumSource(QualityIssue.class)
    void fromJson_everyQualityIssue_isAccepted(QualityIssue value) {
        assertEquals(Set.of(value), json("quality_issues", List.of(value.wireValue())).annotation().orElseThrow()
                .qualityIssues());
        assertEquals(Set.of(value), json("quality_issues", value.wireValue()).annotation().orElseThrow()
                .qualityIssues());
    }

    @Test
    void fromJson_enumsOutsideTheirSet_listTheAcceptedValues() {
        assertEquals(List.of(new FieldError("answered_by", "fax", "must be one of unknown_answered_by, human, machine")),
                json("answered_by", "fax").problems());
        assertEquals("must be one of unknown_connectivity_issue, no_connectivity_issue, invalid_number, caller_id, "
                + "dropped_call, number_reachability", json("connectivity_issue", "HUMAN").problems().get(0).rule());
    }

    @ParameterizedTest(name = "quality_issues \"{0}\" -> valid {1}")
    @CsvSource(delimiter = '|', value = {
        "low_volume,echo | true", "low_volume, echo | true", "'' | false", "echo,echo | false", "echo, | false",
        "no_quality_issue,echo | false", "unknown_quality_issue | false", "Echo | false"})
    void fromJson_qualityIssuesText(String text, boolean valid) {
        assertEquals(valid, json("quality_issues", text).annotation().isPresent());
    }

    @Test
    void fromJson_qualityIssuesEmptyOrDuplicateArray_isRefused() {
        assertEquals(1, json("quality_issues", List.of()).problems().size());
        assertEquals(List.of(new FieldError("quality_issues", "echo", "must be one or more of no_quality_issue, "
                + "low_volume, choppy_robotic, echo, dtmf, latency, owa, static_noise, as an array or "
                + "comma-separated, each once")), json("quality_issues", List.of("echo", "echo")).problems());
        assertEquals(1, json("quality_issues", List.of(3)).problems().size());
    }

    @ParameterizedTest(name = "spam {0} -> {1}")
    @CsvSource(nullValues = "none", value = {"true, true", "false, false", "True, none", "yes, none", "1, none"})
    void fromJson_spamText(String text, Boolean expected) {
        assertEquals(expected, json("spam", text).annotation().map(Annotation::spam).orElse(null));
    }

    @Test
    void fromJson_spamNativeBoolean_isAccepted() {
        assertEquals(true, json("spam", true).annotation().orElseThrow().spam());
    }

    @Test
    void fromJson_everyProblem_isReportedAtOnce() {
        Map<String, Object> body = new HashMap<>();
        body.put("call_sid", "CA123");
        body.put("CallScore", 4);
        body.put("call_score", 6);
        body.put("spam", "maybe");

        List<FieldError> problems = Submission.fromJson(body).problems();

        assertEquals(Set.of("call_sid", "CallScore", "call_score", "spam"),
                Set.copyOf(problems.stream().map(FieldError::field).toList()));
    }

    @Test
    void fromJson_nullValue_meansNotSet() {
        Map<String, Object> body = new HashMap<>();
        body.put("call_sid", SID);
        body.put("comment", null);
        body.put("call_score", 3);

        assertEquals(Annotation.builder(CALL).callScore(3).build(), Submission.fromJson(body).annotation().orElseThrow());
    }

    @Test
    void fromJson_noAnnotationField_isRefused() {
        assertEquals(List.of(new FieldError("annotation", null, "must set at least one of answered_by, "
                + "connectivity_issue, quality_issues, spam, call_score, comment, incident")),
                Submission.fromJson(Map.of("call_sid", SID)).problems());
    }

    @Test
    void fromJson_missingCallSid_isRefused() {
        assertEquals(List.of(new FieldError("call_sid", null, "is required and must match ^CA[0-9a-fA-F]{32}$")),
                Submission.fromJson(Map.of("call_score", 3)).problems());
    }

    @Test
    void fromForm_twilioStandardParameters_areIgnored() {
        FormParameters form = FormParameters.parse("AccountSid=AC1&ApiVersion=2010-04-01&From=%2B1415&To=%2B1500"
                + "&CallStatus=in-progress&Direction=inbound&CallSid=" + SID + "&Spam=true");

        assertEquals(Annotation.builder(CALL).spam(true).build(),
                Submission.fromForm(form.byName()).annotation().orElseThrow());
    }

    @Test
    void fromForm_nearMissOfOurNames_isReportedAsUnknown() {
        FormParameters form = FormParameters.parse("CallSid=" + SID + "&callScore=4&call_score=4");

        assertEquals(List.of(new FieldError("callScore", "4", "unknown field; did you mean CallScore"),
                new FieldError("call_score", "4", "unknown field; did you mean CallScore")),
                Submission.fromForm(form.byName()).problems());
    }

    @Test
    void fromForm_repeatedSingleField_isRefused() {
        FormParameters form = FormParameters.parse("CallSid=" + SID + "&CallScore=4&CallScore=5");

        assertEquals(List.of(new FieldError("call_score", "4,5", "must be given once")),
                Submission.fromForm(form.byName()).problems());
    }

    @Test
    void fromForm_everyField_isRead() {
        FormParameters form = FormParameters.parse("CallSid=" + SID + "&AnsweredBy=human"
                + "&ConnectivityIssue=dropped_call&QualityIssues=echo%2Clatency&Spam=false&CallScore=2"
                + "&Comment=It+dropped&Incident=INC-1");

        Annotation annotation = Submission.fromForm(form.byName()).annotation().orElseThrow();

        assertEquals(Annotation.builder(CALL).answeredBy(AnsweredBy.HUMAN)
                .connectivityIssue(ConnectivityIssue.DROPPED_CALL)
                .qualityIssues(Set.of(QualityIssue.ECHO, QualityIssue.LATENCY)).spam(false).callScore(2)
                .comment("It dropped").incident("INC-1").build(), annotation);
        assertTrue(Submission.fromForm(form.byName()).problems().isEmpty());
    }

    private static Submission.Parsed json(String field, Object value) {
        Map<String, Object> body = new HashMap<>();
        body.put("call_sid", SID);
        body.put(field, value);
        return Submission.fromJson(body);
    }

    private static Submission.Parsed form(String field, String value) {
        return Submission.fromForm(FormParameters.of(List.of(Map.entry("CallSid", SID), Map.entry(field, value)))
                .byName());
    }
}
