package com.callannotator.survey;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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

    /**
     * Accented letters of the built-in languages and their plain forms. A table rather than
     * {@code java.text.Normalizer}, whose first use costs tens of milliseconds of start-up (measured: docs/survey.md).
     */
    private static final String ACCENTED = "àáâãäåāèéêëēìíîïīòóôõöōùúûüūçñýÿ";
    private static final String PLAIN = "aaaaaaaeeeeeiiiiioooooouuuuucnyy";

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

    /** Lower case without accents (precomposed or combining) or ß, the form every word is compared in. */
    public static String fold(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        StringBuilder folded = new StringBuilder(lower.length());
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            int accented = ACCENTED.indexOf(c);
            if (accented >= 0) {
                folded.append(PLAIN.charAt(accented));
            } else if (c == 'ß') {
                folded.append("ss");
            } else if (c < '\u0300' || c > '\u036f') {
                folded.append(c);
            }
        }
        return folded.toString();
    }

    /** The folded words of {@code speech}: runs of letters and digits. */
    static List<String> words(String speech) {
        String folded = fold(speech);
        List<String> words = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= folded.length(); i++) {
            boolean inWord = i < folded.length() && Character.isLetterOrDigit(folded.charAt(i));
            if (inWord && start < 0) {
                start = i;
            } else if (!inWord && start >= 0) {
                words.add(folded.substring(start, i));
                start = -1;
            }
        }
        return words;
    }

    /** True when the negation at {@code at} is an answer to this question followed only by itself ("no, no"). */
    private static boolean isStandingAnswer(Map<String, String> words, List<String> heard, int at) {
        String word = heard.get(at);
        return words.containsKey(word) && heard.subList(at + 1, heard.size()).stream().allMatch(word::equals);
    }
}
