package com.callannotator.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.callannotator.survey.SurveyLanguage;
import com.callannotator.survey.SurveyQuestion;
import com.callannotator.survey.SurveyScript;
import com.callannotator.survey.SurveySettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class SurveySettingsTest {

    @Test
    void from_nothingSet_isTheAmericanEnglishDefaults() {
        SurveySettings survey = config(Map.of()).survey();

        assertEquals(List.of(SurveyQuestion.SCORE, SurveyQuestion.QUALITY, SurveyQuestion.SPAM), survey.questions());
        assertEquals(SurveyLanguage.EN_US, survey.language());
        SurveyScript script = survey.script(SurveyLanguage.EN_US);
        assertEquals(Optional.of("Polly.Joanna"), script.voice());
        assertEquals("Thank you for your feedback. Goodbye.", script.goodbye());
        assertEquals(SurveySettings.defaults(), survey);
    }

    @Test
    void from_defaultLanguageSettings_overrideThatLanguageOnly() {
        SurveySettings survey = config(Map.of("SURVEY_QUESTIONS", "spam,score", "SURVEY_VOICE", "default",
                "SURVEY_LANGUAGE", "en-gb", "SURVEY_PROMPT_SCORE", "Score?", "SURVEY_PROMPT_SPAM", "Spam?",
                "SURVEY_RETRY_PROMPT", "Again.", "SURVEY_GOODBYE", "Bye.")).survey();

        assertEquals(List.of(SurveyQuestion.SPAM, SurveyQuestion.SCORE), survey.questions());
        assertEquals(SurveyLanguage.EN_GB, survey.language());
        SurveyScript british = survey.script(SurveyLanguage.EN_GB);
        assertEquals(Optional.empty(), british.voice());
        assertEquals("Score?", british.prompt(SurveyQuestion.SCORE));
        assertEquals("Spam?", british.prompt(SurveyQuestion.SPAM));
        assertEquals("Again.", british.retry());
        assertEquals("Bye.", british.goodbye());
        assertEquals(SurveyLanguage.EN_US.script(), survey.script(SurveyLanguage.EN_US));
    }

    @Test
    void from_surveyPromptsJson_overridesEachLanguageNamed() {
        SurveySettings survey = config(Map.of("SURVEY_PROMPTS", "{\"es-US\": {\"voice\": \"Polly.Pedro-Neural\", "
                + "\"retry\": \"¿Cómo?\"}, \"DE-de\": {\"goodbye\": \"Tschüss.\"}}")).survey();

        assertEquals(Optional.of("Polly.Pedro-Neural"), survey.script(SurveyLanguage.ES_US).voice());
        assertEquals("¿Cómo?", survey.script(SurveyLanguage.ES_US).retry());
        assertEquals(SurveyLanguage.ES_US.script().goodbye(), survey.script(SurveyLanguage.ES_US).goodbye());
        assertEquals("Tschüss.", survey.script(SurveyLanguage.DE_DE).goodbye());
        assertEquals(Optional.of("Polly.Vicki-Neural"), survey.script(SurveyLanguage.DE_DE).voice());
    }

    @Test
    void from_surveyPromptsPackagedFile_isRead() {
        SurveySettings survey = config(Map.of("SURVEY_PROMPTS", "survey-prompts-test.json")).survey();

        assertEquals(Optional.of("Polly.Andres-Neural"), survey.script(SurveyLanguage.ES_MX).voice());
        assertEquals("¡Gracias y hasta luego!", survey.script(SurveyLanguage.ES_MX).goodbye());
    }

    @Test
    void from_surveyPromptsFilePath_isRead(@TempDir Path directory) throws Exception {
        Path file = Files.writeString(directory.resolve("prompts.json"), "{\"pt-BR\": {\"retry\": \"Como?\"}}");

        SurveySettings survey = config(Map.of("SURVEY_PROMPTS", file.toString())).survey();

        assertEquals("Como?", survey.script(SurveyLanguage.PT_BR).retry());
    }

    @Test
    void from_invalidValues_areAllReportedAtOnce() {
        ConfigException e = assertThrows(ConfigException.class, () -> config(Map.of(
                "SURVEY_QUESTIONS", "score,mood", "SURVEY_LANGUAGE", "english please",
                "SURVEY_GOODBYE", "x".repeat(4097))));

        assertEquals("invalid configuration: SURVEY_QUESTIONS must list distinct questions out of score, quality, "
                + "spam: score,mood; SURVEY_LANGUAGE must be one of en-US, en-GB, es-US, es-MX, fr-CA, fr-FR, pt-BR, "
                + "de-DE: english please; SURVEY_GOODBYE must be at most 4096 characters: 4097", e.getMessage());
    }

    @Test
    void from_invalidSurveyPrompts_everyProblemIsReportedAtOnce() {
        String json = "{\"it-IT\": {\"goodbye\": \"Ciao.\"}, \"es-US\": {\"scroe\": \"x\", \"goodbye\": \"\", "
                + "\"quality\": \"1 bajo, 2 robótico, 3 eco\", \"retry\": 7, \"spam\": \"" + "y".repeat(4097) + "\"},"
                + " \"fr-CA\": \"Bonjour\", \"de-DE\": {\"voice\": \"Vicki please\", \"score\": \"Von 2 bis 4?\"}}";

        ConfigException e = assertThrows(ConfigException.class, () -> config(Map.of("SURVEY_PROMPTS", json)));

        assertEquals("invalid configuration: SURVEY_PROMPTS language must be one of en-US, en-GB, es-US, es-MX, "
                + "fr-CA, fr-FR, pt-BR, de-DE: it-IT; SURVEY_PROMPTS es-US key must be one of voice, score, quality, "
                + "spam, retry, goodbye: scroe; SURVEY_PROMPTS es-US goodbye must not be empty; SURVEY_PROMPTS es-US "
                + "quality names keys but not 0, 4, 5, 6, 7; SURVEY_PROMPTS es-US retry must be text; SURVEY_PROMPTS "
                + "es-US spam must be at most 4096 characters: 4097; SURVEY_PROMPTS fr-CA must be an object with keys "
                + "out of voice, score, quality, spam, retry, goodbye; SURVEY_PROMPTS de-DE voice must be a voice name "
                + "such as Polly.Joanna-Neural: Vicki please; SURVEY_PROMPTS de-DE score names keys but not 1, 5",
                e.getMessage());
    }

    @Test
    void from_surveyPromptsNotJson_isReported() {
        ConfigException e = assertThrows(ConfigException.class, () -> config(Map.of("SURVEY_PROMPTS", "{\"es-US\"")));

        assertEquals(true, e.getMessage().startsWith("invalid configuration: SURVEY_PROMPTS must be a JSON object of "
                + "languages: "), e.getMessage());
    }

    @Test
    void from_surveyPromptsMissingFile_isReported() {
        ConfigException e = assertThrows(ConfigException.class, () -> config(Map.of("SURVEY_PROMPTS", "nope.json")));

        assertEquals("invalid configuration: SURVEY_PROMPTS must be JSON or name a JSON file in the package: "
                + "nope.json", e.getMessage());
    }

    @Test
    void from_sameDefaultLanguagePartTwice_isReported() {
        ConfigException e = assertThrows(ConfigException.class, () -> config(Map.of("SURVEY_LANGUAGE", "es-US",
                "SURVEY_GOODBYE", "Adiós.", "SURVEY_PROMPTS", "{\"es-US\": {\"goodbye\": \"Chao.\"}}")));

        assertEquals("invalid configuration: SURVEY_GOODBYE and SURVEY_PROMPTS both set es-US goodbye; keep one",
                e.getMessage());
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
