package com.callannotator.survey;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.callannotator.annotation.Annotation;
import com.callannotator.annotation.CallSid;
import com.callannotator.annotation.QualityIssue;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class SurveyAnswersTest {

    private static final CallSid CALL = new CallSid("CA0123456789abcdef0123456789abcdef");
    private static final SpokenAnswers ENGLISH = SurveyLanguage.EN_US.spokenAnswers();

    @ParameterizedTest(name = "score: Digits={0} SpeechResult={1} -> {2}")
    @CsvSource(delimiter = '|', nullValues = "none", value = {
        "1 | none | 1", "2 | none | 2", "3 | none | 3", "4 | none | 4", "5 | none | 5",
        "0 | none | none", "6 | none | none", "9 | none | none", "* | none | none", "# | none | none",
        "12 | none | none", "'' | none | none", "none | none | none", "' 4 ' | none | 4",
        "4 | one | 4",
        "none | Five. | 5", "none | five | 5", "none | Excellent. | 5", "none | great | 5",
        "none | Four. | 4", "none | good | 4", "none | I'd say four | 4",
        "none | Three. | 3", "none | fair | 3", "none | okay | 3", "none | OK | 3",
        "none | Two. | 2", "none | poor | 2",
        "none | One. | 1", "none | bad | 1", "none | terrible | 1",
        "none | 4. | 4",
        "none | not bad | none", "none | it wasn't good | none", "none | don't know | none",
        "none | four or five | none", "none | good or bad | none", "none | banana | none", "none | '' | none"})
    void read_score_everyAnswer(String digits, String speech, String expected) {
        assertEquals(Optional.ofNullable(expected), read(SurveyQuestion.SCORE, digits, speech));
    }

    @ParameterizedTest(name = "quality: Digits={0} -> {1}")
    @CsvSource(nullValues = "none", value = {
        "0, 0", "1, 1", "2, 2", "3, 3", "4, 4", "5, 5", "6, 6", "7, 7",
        "13, 13", "31, 13", "1357, 1357", "11, 1", "7654321, 1234567",
        "8, none", "9, none", "18, none", "*, none", "01, none", "10, none", "00, 0", "'', none", "none, none"})
    void read_quality_everyKey(String digits, String expected) {
        assertEquals(Optional.ofNullable(expected), read(SurveyQuestion.QUALITY, digits, "echo"));
    }

    @ParameterizedTest(name = "quality key {0} -> {1}")
    @CsvSource({
        "0, NONE", "1, LOW_VOLUME", "2, CHOPPY_ROBOTIC", "3, ECHO", "4, DTMF", "5, LATENCY", "6, ONE_WAY_AUDIO",
        "7, STATIC_NOISE"})
    void qualityIssues_keypadTable(String key, QualityIssue expected) {
        assertEquals(Set.of(expected), Answer.Quality.fromKeys(key).orElseThrow().issues());
    }

    @ParameterizedTest(name = "spam: Digits={0} SpeechResult={1} -> {2}")
    @CsvSource(delimiter = '|', nullValues = "none", value = {
        "1 | none | 1", "2 | none | 2", "0 | none | none", "3 | none | none", "12 | none | none",
        "none | Yes. | 1", "none | yeah | 1", "none | yep | 1", "none | No. | 2", "none | nope | 2", "none | nah | 2",
        "none | yes no | none", "none | not really | none", "none | maybe | none", "none | '' | none"})
    void read_spam_everyAnswer(String digits, String speech, String expected) {
        assertEquals(Optional.ofNullable(expected), read(SurveyQuestion.SPAM, digits, speech));
    }

    @Test
    void annotation_everyAnswer_setsEveryField() {
        List<Answer> answers = List.of(Answer.fromKeys(SurveyQuestion.SCORE, "4").orElseThrow(),
                Answer.fromKeys(SurveyQuestion.QUALITY, "13").orElseThrow(),
                Answer.fromKeys(SurveyQuestion.SPAM, "1").orElseThrow());

        Annotation annotation = SurveyAnswers.annotation(CALL, answers);

        assertEquals(Annotation.builder(CALL).callScore(4).qualityIssues(Set.of(QualityIssue.LOW_VOLUME,
                QualityIssue.ECHO)).spam(true).build(), annotation);
    }

    @Test
    void annotation_invalidCarriedAnswer_isLeftOut() {
        Map<String, String> query = Map.of("question", "quality", "score", "9", "spam", "2");
        SurveyState carried = SurveyState.parse(name -> Optional.ofNullable(query.get(name)), SurveyLanguage.EN_US)
                .orElseThrow();
        Annotation annotation = SurveyAnswers.annotation(CALL, carried.answers().values());

        assertEquals(Annotation.builder(CALL).spam(false).build(), annotation);
    }

    /** The keypad form of the answer read from a {@code <Gather>} result; empty when it is not valid. */
    private static Optional<String> read(SurveyQuestion question, String digits, String speech) {
        return SurveyAnswers.read(question, ENGLISH, new GatherResult(digits, speech)).map(Answer::keys);
    }
}
