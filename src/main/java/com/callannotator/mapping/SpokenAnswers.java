package com.callannotator.mapping;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Understands spoken answers ({@code SpeechResult}) to the score and spam questions, in English.
 *
 * <p>The recognised text is lower-cased and split into words; an answer is valid when its words name exactly one
 * keypad answer and hold no negation ("not bad" is refused rather than guessed). Quality issues are keypad only.
 */
final class SpokenAnswers {

    /** Words for each score: Twilio's own scale words (5 Excellent, 4 Good, 3 Fair, 2 Poor, 1 Bad) and numbers. */
    static final Map<String, String> SCORE_WORDS = Map.ofEntries(
            Map.entry("5", "5"), Map.entry("five", "5"), Map.entry("excellent", "5"), Map.entry("great", "5"),
            Map.entry("4", "4"), Map.entry("four", "4"), Map.entry("good", "4"),
            Map.entry("3", "3"), Map.entry("three", "3"), Map.entry("fair", "3"), Map.entry("okay", "3"),
            Map.entry("ok", "3"),
            Map.entry("2", "2"), Map.entry("two", "2"), Map.entry("poor", "2"),
            Map.entry("1", "1"), Map.entry("one", "1"), Map.entry("bad", "1"), Map.entry("terrible", "1"));

    /** Words for the spam question: yes is {@code 1}, no is {@code 2}. */
    static final Map<String, String> SPAM_WORDS = Map.of(
            "yes", "1", "yeah", "1", "yep", "1",
            "no", "2", "nope", "2", "nah", "2");

    private static final Set<String> NEGATIONS = Set.of("not", "don", "dont", "isn", "wasn", "never");

    private SpokenAnswers() {
    }

    /** The keypad answer {@code speech} gives to {@code question}; empty when none or more than one. */
    static Optional<String> keypadFor(SurveyQuestion question, String speech) {
        Map<String, String> words = switch (question) {
            case SCORE -> SCORE_WORDS;
            case SPAM -> SPAM_WORDS;
            case QUALITY -> Map.of();
        };
        List<String> heard = Arrays.asList(speech.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"));
        if (heard.stream().anyMatch(NEGATIONS::contains)) {
            return Optional.empty();
        }
        Set<String> answers = heard.stream().map(words::get).filter(answer -> answer != null)
                .collect(Collectors.toSet());
        return answers.size() == 1 ? Optional.of(answers.iterator().next()) : Optional.empty();
    }
}
