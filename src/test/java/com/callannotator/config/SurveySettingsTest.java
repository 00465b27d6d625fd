package com.callannotator.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.callannotator.mapping.SurveyQuestion;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

final class SurveySettingsTest {

    @Test
    void from_nothingSet_isTheEnglishDefaults() {
        SurveySettings survey = config(Map.of()).survey();

        assertEquals(List.of(SurveyQuestion.SCORE, SurveyQuestion.QUALITY, SurveyQuestion.SPAM), survey.questions());
        assertEquals(Optional.of("Polly.Joanna"), survey.voice());
        assertEquals("en-US", survey.language());
        assertEquals("Thank you for your feedback. Goodbye.", survey.goodbye());
        assertEquals(SurveySettings.defaults(), survey);
    }

    @Test
    void from_everySetting_isRead() {
        SurveySettings survey = config(Map.of("SURVEY_QUESTIONS", "spam,score", "SURVEY_VOICE", "default",
                "SURVEY_LANGUAGE", "en-GB", "SURVEY_PROMPT_SCORE", "Score?", "SURVEY_PROMPT_SPAM", "Spam?",
                "SURVEY_RETRY_PROMPT", "Again.", "SURVEY_GOODBYE", "Bye.")).survey();

        assertEquals(List.of(SurveyQuestion.SPAM, SurveyQuestion.SCORE), survey.questions());
        assertEquals(Optional.empty(), survey.voice());
        assertEquals("en-GB", survey.language());
        assertEquals("Score?", survey.prompts().get(SurveyQuestion.SCORE));
        assertEquals("Spam?", survey.prompts().get(SurveyQuestion.SPAM));
        assertEquals("Again.", survey.retryPrompt());
        assertEquals("Bye.", survey.goodbye());
    }

    @Test
    void from_invalidValues_areAllReportedAtOnce() {
        ConfigException e = assertThrows(ConfigException.class, () -> config(Map.of(
                "SURVEY_QUESTIONS", "score,mood", "SURVEY_LANGUAGE", "english please",
                "SURVEY_GOODBYE", "x".repeat(4097))));

        assertEquals("invalid configuration: SURVEY_QUESTIONS must list distinct questions out of score, quality, "
                + "spam: score,mood; SURVEY_LANGUAGE must be a language tag such as en-US: english please; "
                + "SURVEY_GOODBYE must be at most 4096 characters: 4097", e.getMessage());
    }

    @Test
    void from_repeatedQuestion_isRefused() {
        assertThrows(ConfigException.class, () -> config(Map.of("SURVEY_QUESTIONS", "score,score")));
    }

    @Test
    void from_emptyQuestionInTheList_isRefused() {
        // "," once split to no questions at all, and "score," to a silently dropped one.
        assertThrows(ConfigException.class, () -> config(Map.of("SURVEY_QUESTIONS", ",")));
        assertThrows(ConfigException.class, () -> config(Map.of("SURVEY_QUESTIONS", "score,")));
    }

    private static Config config(Map<String, String> survey) {
        Map<String, String> environment = new HashMap<>(survey);
        environment.put("TWILIO_ACCOUNT_SID", "ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa");
        environment.put("TWILIO_AUTH_TOKEN", "12345");
        return Config.from(environment);
    }
}
