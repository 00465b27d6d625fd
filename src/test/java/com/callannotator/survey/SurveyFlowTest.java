package com.callannotator.survey;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.callannotator.annotation.Annotation;
import com.callannotator.annotation.CallSid;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The survey's flow on its own: no HTTP, no TwiML, no delivery. */
final class SurveyFlowTest {

    private static final String CALL = "CA0123456789abcdef0123456789abcdef";

    private final SurveyFlow flow = new SurveyFlow(new SurveySettings(
            List.of(SurveyQuestion.SPAM, SurveyQuestion.SCORE), SurveyLanguage.EN_US, Map.of()));

    @Test
    void take_start_asksTheFirstQuestionOfTheSettings() {
        Turn turn = flow.take(query(Map.of()), callback("", ""));

        assertEquals(new Step.Ask(SurveyQuestion.SPAM, SurveyLanguage.EN_US, "question=spam&language=en-US", false),
                turn.next());
        assertEquals(new Turn.Started(CALL), turn.result());
    }

    @ParameterizedTest(name = "attempt {0}")
    @CsvSource({"1, 'question=spam&attempt=2&language=en-US'", "2, 'question=spam&attempt=3&language=en-US'",
        "3, 'question=score&language=en-US'"})
    void take_invalidAnswer_asksAgainTwiceThenMovesOn(int attempt, String next) {
        Turn turn = flow.take(query(Map.of("question", "spam", "attempt", String.valueOf(attempt))),
                callback("9", ""));

        assertEquals(next, ((Step.Ask) turn.next()).state());
        assertEquals(attempt < 3, ((Step.Ask) turn.next()).again());
        assertEquals(new Turn.InvalidAnswer(CALL, SurveyQuestion.SPAM, attempt), turn.result());
    }

    @Test
    void take_lastAnswer_postsEveryAnswerAndSaysGoodbye() {
        Turn turn = flow.take(query(Map.of("question", "score", "spam", "2", "language", "de-DE")),
                callback("", "fünf"));

        assertEquals(new Step.Goodbye(SurveyLanguage.DE_DE), turn.next());
        assertEquals(new Turn.Answered(Annotation.builder(new CallSid(CALL)).spam(false).callScore(5).build(),
                new Answer.Score(5)), turn.result());
    }

    private static Function<String, Optional<String>> query(Map<String, String> query) {
        return name -> Optional.ofNullable(query.get(name));
    }

    private static SurveyCallback callback(String digits, String speech) {
        return new SurveyCallback(CALL, Optional.empty(), new GatherResult(digits, speech));
    }
}
