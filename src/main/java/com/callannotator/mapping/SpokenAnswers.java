package com.callannotator.mapping;

import static java.util.Objects.requireNonNull;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Understands spoken answers ({@code SpeechResult}) to the score and spam questions in one language.
 *
 * <p>What was heard is {@linkplain #fold folded} (lower case, accents and ß dropped, so "Sí" and "si" match) and
 * split into words. An answer is valid when its words name exactly one keypad answer and hold no negation: "not
 * bad", "no está mal" and "pas mal" are asked again rather than guessed. A negation that is itself the answer (the
 * Spanish and Portuguese "no"/"não" to the spam question) counts as the answer when nothing but itself follows it,
 * so "no" is an answer but "no sé" is not. Quality issues are keypad only.
 *
 * @param scoreWords folded word to score key ({@code "cinco"} to {@code 5}); digits 1–5 included
 * @param spamWords folded word to spam key, {@code 1} yes and {@code 2} no
 * @param negations folded words that negate what follows them
 * @param hints Twilio {@code <Gather hints>} for each question that takes speech
 */
public record SpokenAnswers(Map<String, String> scoreWords, Map<String, String> spamWords, Set<String> negations,
        Map<SurveyQuestion, String> hints) {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_A_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    public SpokenAnswers {
        scoreWords = Map.copyOf(scoreWords);
        spamWords = Map.copyOf(spamWords);
        negations = Set.copyOf(negations);
        hints = Map.copyOf(hints);
    }

    /** The keypad answer {@code speech} gives to {@code question}; empty when none, more than one, or negated. */
    public Optional<String> keypadFor(SurveyQuestion question, String speech) {
        requireNonNull(speech, "speech == null");
        Map<String, String> words = switch (question) {
            case SCORE -> scoreWords;
            case SPAM -> spamWords;
            case QUALITY -> Map.of();
        };
        List<String> heard = words(speech);
        for (int i = 0; i < heard.size(); i++) {
            if (negations.contains(heard.get(i)) && !isStandingAnswer(words, heard, i)) {
                return Optional.empty();
            }
        }
        Set<String> answers = heard.stream().map(words::get).filter(answer -> answer != null)
                .collect(Collectors.toSet());
        return answers.size() == 1 ? Optional.of(answers.iterator().next()) : Optional.empty();
    }

    /** The speech hints for {@code question}; empty when it is keypad only. */
    public Optional<String> hints(SurveyQuestion question) {
        return Optional.ofNullable(hints.get(question));
    }

    /** Lower case without accents or ß, the form every word is compared in. */
    public static String fold(String text) {
        String lower = text.toLowerCase(Locale.ROOT).replace("ß", "ss");
        return MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
    }

    /** The folded words of {@code speech}. */
    static List<String> words(String speech) {
        return NOT_A_WORD.splitAsStream(fold(speech)).filter(word -> !word.isEmpty()).toList();
    }

    /** True when the negation at {@code at} is an answer to this question followed only by itself ("no, no"). */
    private static boolean isStandingAnswer(Map<String, String> words, List<String> heard, int at) {
        String word = heard.get(at);
        return words.containsKey(word) && heard.subList(at + 1, heard.size()).stream().allMatch(word::equals);
    }
}
