package com.callannotator.config;

import static java.util.Objects.requireNonNull;

import com.callannotator.mapping.SurveyQuestion;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The post-call survey: which questions, in which order, and what the caller hears.
 *
 * @param questions the questions in the order asked; never empty, no repeats
 * @param voice the {@code <Say>} voice, e.g. {@code Polly.Joanna}; empty for Twilio's default voice
 * @param language the {@code <Say>} and speech-recognition language, e.g. {@code en-US}
 * @param prompts what is said for each question
 * @param retryPrompt said before a question is asked again after an answer that was not understood
 * @param goodbye said at the end, before hanging up
 */
public record SurveySettings(List<SurveyQuestion> questions, Optional<String> voice, String language,
        Map<SurveyQuestion, String> prompts, String retryPrompt, String goodbye) {

    /** Comma-separated questions in the order asked: {@code score}, {@code quality}, {@code spam}; default all. */
    public static final String SURVEY_QUESTIONS = "SURVEY_QUESTIONS";
    /** The {@code <Say>} voice; default {@code Polly.Joanna}; {@code default} for Twilio's default voice. */
    public static final String SURVEY_VOICE = "SURVEY_VOICE";
    /** The {@code <Say>} and speech-recognition language; default {@code en-US}. */
    public static final String SURVEY_LANGUAGE = "SURVEY_LANGUAGE";
    /** What is said to ask for a score; default in {@link #DEFAULT_PROMPTS}. */
    public static final String SURVEY_PROMPT_SCORE = "SURVEY_PROMPT_SCORE";
    /** What is said to ask for quality issues; default in {@link #DEFAULT_PROMPTS}. */
    public static final String SURVEY_PROMPT_QUALITY = "SURVEY_PROMPT_QUALITY";
    /** What is said to ask whether the call was spam; default in {@link #DEFAULT_PROMPTS}. */
    public static final String SURVEY_PROMPT_SPAM = "SURVEY_PROMPT_SPAM";
    /** Said before asking again; default "Sorry, I didn't get that." */
    public static final String SURVEY_RETRY_PROMPT = "SURVEY_RETRY_PROMPT";
    /** Said before hanging up; default "Thank you for your feedback. Goodbye." */
    public static final String SURVEY_GOODBYE = "SURVEY_GOODBYE";

    static final Map<SurveyQuestion, String> DEFAULT_PROMPTS = Map.of(
            SurveyQuestion.SCORE, "Please rate the quality of this call from 1 to 5, where 5 is excellent and 1 is "
                    + "bad. Press a key or say a number.",
            SurveyQuestion.QUALITY, "Did you notice a problem? Press every key that applies, then the pound key. "
                    + "1 for low volume, 2 for choppy or robotic audio, 3 for echo, 4 for problems with keypad "
                    + "tones, 5 for delay, 6 if only one side could be heard, 7 for static or noise, or 0 if there "
                    + "was no problem.",
            SurveyQuestion.SPAM, "Was this an unwanted or spam call? Press 1 or say yes, press 2 or say no.");
    static final String DEFAULT_VOICE = "Polly.Joanna";
    static final String DEFAULT_LANGUAGE = "en-US";
    static final String DEFAULT_RETRY_PROMPT = "Sorry, I didn't get that.";
    static final String DEFAULT_GOODBYE = "Thank you for your feedback. Goodbye.";
    /** Twilio's {@code <Say>} takes at most 4,096 characters. */
    static final int MAX_SAY_LENGTH = 4096;

    private static final Pattern LANGUAGE = Pattern.compile("[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*");

    public SurveySettings {
        questions = List.copyOf(questions);
        if (questions.isEmpty()) {
            throw new IllegalArgumentException("questions is empty");
        }
        requireNonNull(voice, "voice == null");
        requireNonNull(language, "language == null");
        prompts = Map.copyOf(new EnumMap<>(prompts));
        for (SurveyQuestion question : questions) {
            requireNonNull(prompts.get(question), "no prompt for " + question.wireValue());
        }
        requireNonNull(retryPrompt, "retryPrompt == null");
        requireNonNull(goodbye, "goodbye == null");
    }

    /** The English defaults: score, quality, spam. */
    public static SurveySettings defaults() {
        return from(new Settings(Map.of()));
    }

    static SurveySettings from(Settings settings) {
        List<SurveyQuestion> questions = questions(settings);
        Optional<String> voice = settings.text(SURVEY_VOICE).or(() -> Optional.of(DEFAULT_VOICE))
                .filter(value -> !value.equalsIgnoreCase("default"));
        String language = settings.text(SURVEY_LANGUAGE).orElse(DEFAULT_LANGUAGE);
        if (!LANGUAGE.matcher(language).matches()) {
            settings.problem(SURVEY_LANGUAGE + " must be a language tag such as en-US: " + language);
            language = DEFAULT_LANGUAGE;
        }
        Map<SurveyQuestion, String> prompts = new EnumMap<>(SurveyQuestion.class);
        prompts.put(SurveyQuestion.SCORE, say(settings, SURVEY_PROMPT_SCORE, SurveyQuestion.SCORE));
        prompts.put(SurveyQuestion.QUALITY, say(settings, SURVEY_PROMPT_QUALITY, SurveyQuestion.QUALITY));
        prompts.put(SurveyQuestion.SPAM, say(settings, SURVEY_PROMPT_SPAM, SurveyQuestion.SPAM));
        String retry = say(settings, SURVEY_RETRY_PROMPT, DEFAULT_RETRY_PROMPT);
        return new SurveySettings(questions, voice, language, prompts, retry,
                say(settings, SURVEY_GOODBYE, DEFAULT_GOODBYE));
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

    private static String say(Settings settings, String name, SurveyQuestion question) {
        return say(settings, name, DEFAULT_PROMPTS.get(question));
    }

    private static String say(Settings settings, String name, String defaultValue) {
        String value = settings.text(name).orElse(defaultValue);
        if (value.length() > MAX_SAY_LENGTH) {
            settings.problem(name + " must be at most " + MAX_SAY_LENGTH + " characters: " + value.length());
            return defaultValue;
        }
        return value;
    }
}
