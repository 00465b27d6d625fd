package com.callannotator.config;

import static java.util.Objects.requireNonNull;

import com.callannotator.mapping.ScriptPart;
import com.callannotator.mapping.SurveyLanguage;
import com.callannotator.mapping.SurveyQuestion;
import com.callannotator.mapping.SurveyScript;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The post-call survey: which questions, in which order, the default language, and what each language's caller
 * hears where the deployment overrides the built-in words (see docs/survey.md).
 *
 * @param questions the questions in the order asked; never empty, no repeats
 * @param language the language of a survey whose URL names none (or one that is not built in)
 * @param overrides the parts of each language's script the deployment replaces; validated
 */
public record SurveySettings(List<SurveyQuestion> questions, SurveyLanguage language,
        Map<SurveyLanguage, Map<ScriptPart, String>> overrides) {

    /** Comma-separated questions in the order asked: {@code score}, {@code quality}, {@code spam}; default all. */
    public static final String SURVEY_QUESTIONS = "SURVEY_QUESTIONS";
    /** The default language, one of {@link SurveyLanguage}; default {@code en-US}. */
    public static final String SURVEY_LANGUAGE = "SURVEY_LANGUAGE";
    /** Overrides per language, inline JSON or a JSON file in the package; see {@link SurveyPrompts}. */
    public static final String SURVEY_PROMPTS = SurveyPrompts.SURVEY_PROMPTS;
    /** The default language's {@code <Say>} voice; {@code default} for the account's default voice. */
    public static final String SURVEY_VOICE = "SURVEY_VOICE";
    /** What the default language says to ask for a score. */
    public static final String SURVEY_PROMPT_SCORE = "SURVEY_PROMPT_SCORE";
    /** What the default language says to ask for quality issues. */
    public static final String SURVEY_PROMPT_QUALITY = "SURVEY_PROMPT_QUALITY";
    /** What the default language says to ask whether the call was spam. */
    public static final String SURVEY_PROMPT_SPAM = "SURVEY_PROMPT_SPAM";
    /** What the default language says before asking again. */
    public static final String SURVEY_RETRY_PROMPT = "SURVEY_RETRY_PROMPT";
    /** What the default language says before hanging up. */
    public static final String SURVEY_GOODBYE = "SURVEY_GOODBYE";

    /** The settings that override one part of the default language, older than {@link #SURVEY_PROMPTS}. */
    private static final Map<ScriptPart, String> DEFAULT_LANGUAGE_SETTINGS = Map.of(
            ScriptPart.VOICE, SURVEY_VOICE, ScriptPart.SCORE, SURVEY_PROMPT_SCORE,
            ScriptPart.QUALITY, SURVEY_PROMPT_QUALITY, ScriptPart.SPAM, SURVEY_PROMPT_SPAM,
            ScriptPart.RETRY, SURVEY_RETRY_PROMPT, ScriptPart.GOODBYE, SURVEY_GOODBYE);

    public SurveySettings {
        questions = List.copyOf(questions);
        if (questions.isEmpty()) {
            throw new IllegalArgumentException("questions is empty");
        }
        requireNonNull(language, "language == null");
        Map<SurveyLanguage, Map<ScriptPart, String>> copy = new EnumMap<>(SurveyLanguage.class);
        overrides.forEach((tag, parts) -> copy.put(tag, Map.copyOf(parts)));
        overrides = Map.copyOf(copy);
    }

    /** The built-in defaults: score, quality, spam, in American English. */
    public static SurveySettings defaults() {
        return from(new Settings(Map.of()));
    }

    /** What a caller in {@code language} hears: the built-in script with this deployment's overrides. */
    public SurveyScript script(SurveyLanguage language) {
        return language.script().with(overrides.getOrDefault(language, Map.of()));
    }

    static SurveySettings from(Settings settings) {
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
