package com.callannotator.survey;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.callannotator.annotation.QualityIssue;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A built-in language as shipped in {@code languages/<tag>.properties} (UTF-8): the {@link ScriptPart} keys
 * ({@code voice}, {@code score}, …), where {@code quality} is only the question's opening; the phrase of each quality
 * key, {@code quality.<issue>} such as {@code quality.low_volume={key} for low volume} (see {@link KeypadPrompt});
 * {@code hints.score} and {@code hints.spam}, the spoken answers
 * {@code spoken.score.1} to {@code spoken.score.5}, {@code spoken.spam.1} (yes) and {@code spoken.spam.2} (no), and
 * {@code negations}; word lists are comma-separated. Each file is read once, the first time its language is used,
 * so languages nobody calls in cost nothing at start-up. Thread-safe.
 */
record BuiltInLanguage(SurveyScript script, SpokenAnswers spokenAnswers) {

    private static final Map<SurveyLanguage, BuiltInLanguage> LOADED = new ConcurrentHashMap<>();

    /** The language's data, read on first use. */
    static BuiltInLanguage of(SurveyLanguage language) {
        return LOADED.computeIfAbsent(language, BuiltInLanguage::load);
    }

    /**
     * Reads a language file.
     *
     * @throws IllegalStateException when the file is missing or lacks a key: a packaging bug
     */
    static BuiltInLanguage load(SurveyLanguage language) {
        String file = "languages/" + language.wireValue() + ".properties";
        Properties properties = new Properties();
        try (InputStream in = BuiltInLanguage.class.getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + file);
            }
            properties.load(new InputStreamReader(in, UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        return from(properties, file);
    }

    private static BuiltInLanguage from(Properties properties, String file) {
        Map<ScriptPart, String> parts = new EnumMap<>(ScriptPart.class);
        for (ScriptPart part : ScriptPart.values()) {
            parts.put(part, required(properties, part.wireValue(), file));
        }
        parts.put(ScriptPart.QUALITY, qualityPrompt(properties, file));
        Map<String, String> score = new HashMap<>();
        for (String key : new String[] {"1", "2", "3", "4", "5"}) {
            score.put(key, key);
            words(required(properties, "spoken.score." + key, file)).forEach(word -> score.put(word, key));
        }
        Map<String, String> spam = new HashMap<>();
        for (String key : new String[] {"1", "2"}) {
            words(required(properties, "spoken.spam." + key, file)).forEach(word -> spam.put(word, key));
        }
        Map<SurveyQuestion, String> hints = Map.of(
                SurveyQuestion.SCORE, required(properties, "hints.score", file),
                SurveyQuestion.SPAM, required(properties, "hints.spam", file));
        return new BuiltInLanguage(new SurveyScript(parts),
                new SpokenAnswers(score, spam, words(required(properties, "negations", file)), hints));
    }

    /** The quality question, its keys written from the keypad table: {@code quality} and a phrase per issue. */
    private static String qualityPrompt(Properties properties, String file) {
        Map<QualityIssue, String> phrases = new EnumMap<>(QualityIssue.class);
        for (QualityIssue issue : Answer.Quality.KEYPAD.values()) {
            phrases.put(issue, required(properties, "quality." + issue.wireValue(), file));
        }
        try {
            return KeypadPrompt.quality(required(properties, ScriptPart.QUALITY.wireValue(), file), phrases);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(file + ": " + e.getMessage(), e);
        }
    }

    private static String required(Properties properties, String key, String file) {
        String value = properties.getProperty(key);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(file + " lacks " + key);
        }
        return value.trim();
    }

    /** The folded words of a comma-separated list. */
    private static Set<String> words(String list) {
        Set<String> words = new HashSet<>();
        for (String word : list.split(",", -1)) {
            String folded = SpokenAnswers.fold(word.trim());
            if (!folded.isEmpty()) {
                words.add(folded);
            }
        }
        return words;
    }
}
