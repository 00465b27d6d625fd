package com.callannotator.config;

import com.callannotator.survey.ScriptPart;
import com.callannotator.survey.SurveyLanguage;
import com.callannotator.survey.SurveyQuestion;
import com.callannotator.survey.SurveySettings;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the post-call survey's settings from the environment: {@code SURVEY_QUESTIONS}, {@code SURVEY_LANGUAGE},
 * {@code SURVEY_PROMPTS} and the older per-part settings of the default language. Every problem is reported.
 */
final class SurveyEnvironment {

    /** Comma-separated questions in the order asked: {@code score}, {@code quality}, {@code spam}; default all. */
    static final String SURVEY_QUESTIONS = "SURVEY_QUESTIONS";
    /** The default language, one of {@link SurveyLanguage}; default {@code en-US}. */
    static final String SURVEY_LANGUAGE = "SURVEY_LANGUAGE";
    /** Overrides per language, inline JSON or a JSON file in the package; see {@link SurveyPrompts}. */
    static final String SURVEY_PROMPTS = SurveyPrompts.SURVEY_PROMPTS;
    /** The default language's {@code <Say>} voice; {@code default} for the account's default voice. */
    static final String SURVEY_VOICE = "SURVEY_VOICE";
    /** What the default language says to ask for a score. */
    static final String SURVEY_PROMPT_SCORE = "SURVEY_PROMPT_SCORE";
    /** What the default language says to ask for quality issues. */
    static final String SURVEY_PROMPT_QUALITY = "SURVEY_PROMPT_QUALITY";
    /** What the default language says to ask whether the call was spam. */
    static final String SURVEY_PROMPT_SPAM = "SURVEY_PROMPT_SPAM";
    /** What the default language says before asking again. */
    static final String SURVEY_RETRY_PROMPT = "SURVEY_RETRY_PROMPT";
    /** What the default language says before hanging up. */
    static final String SURVEY_GOODBYE = "SURVEY_GOODBYE";

    /** The settings that override one part of the default language, older than {@link #SURVEY_PROMPTS}. */
    private static final Map<ScriptPart, String> DEFAULT_LANGUAGE_SETTINGS = Map.of(
            ScriptPart.VOICE, SURVEY_VOICE, ScriptPart.SCORE, SURVEY_PROMPT_SCORE,
            ScriptPart.QUALITY, SURVEY_PROMPT_QUALITY, ScriptPart.SPAM, SURVEY_PROMPT_SPAM,
            ScriptPart.RETRY, SURVEY_RETRY_PROMPT, ScriptPart.GOODBYE, SURVEY_GOODBYE);

    private SurveyEnvironment() {
    }

    /** The survey settings; problems go to {@code settings}, and each bad value falls back to its default. */
    static SurveySettings read(Settings settings) {
        List<SurveyQuestion> questions = questions(settings);
        Optional<String> tag = settings.text(SURVEY_LANGUAGE);
        SurveyLanguage language = tag.flatMap(SurveyLanguage::fromWireValue).orElse(SurveyLanguage.EN_US);
        if (tag.isPresent() && SurveyLanguage.fromWireValue(tag.get()).isEmpty()) {
            settings.problem(SURVEY_LANGUAGE + " must be one of " + SurveyLanguage.accepted() + ": " + tag.get());
        }
        Map<SurveyLanguage, Map<ScriptPart, String>> overrides = SurveyPrompts.read(settings);
        Map<ScriptPart, String> defaultLanguage = new EnumMap<>(ScriptPart.class);
        defaultLanguage.putAll(overrides.getOrDefault(language, Map.of()));
        for (ScriptPart part : ScriptPart.values()) {
            String name = DEFAULT_LANGUAGE_SETTINGS.get(part);
            settings.text(name).ifPresent(value -> {
                if (defaultLanguage.containsKey(part)) {
                    settings.problem(name + " and " + SURVEY_PROMPTS + " both set " + language.wireValue() + " "
                            + part.wireValue() + "; keep one");
                }
                part.problem(value).ifPresentOrElse(problem -> settings.problem(name + " " + problem),
                        () -> defaultLanguage.put(part, value));
            });
        }
        overrides.put(language, defaultLanguage);
        return new SurveySettings(questions, language, overrides);
    }

    private static List<SurveyQuestion> questions(Settings settings) {
        Optional<String> value = settings.text(SURVEY_QUESTIONS);
        if (value.isEmpty()) {
            return List.of(SurveyQuestion.values());
        }
        List<SurveyQuestion> questions = new ArrayList<>();
        for (String name : value.get().split(",", -1)) {
            Optional<SurveyQuestion> question = SurveyQuestion.fromWireValue(name.trim());
            if (question.isEmpty() || questions.contains(question.get())) {
                settings.problem(SURVEY_QUESTIONS + " must list distinct questions out of " + SurveyQuestion.accepted()
                        + ": " + value.get());
                return List.of(SurveyQuestion.values());
            }
            questions.add(question.get());
        }
        return questions;
    }
}
