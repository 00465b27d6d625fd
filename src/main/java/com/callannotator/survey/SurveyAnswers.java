package com.callannotator.survey;

import com.callannotator.annotation.Annotation;
import com.callannotator.annotation.CallSid;
import com.callannotator.annotation.QualityIssue;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a survey caller's answers, given on the keypad ({@code Digits}) or spoken ({@code SpeechResult}), and turns
 * them into an annotation.
 *
 * <p>Each valid answer is reduced to its keypad form (a spoken "five" or "cinco" becomes {@code 5}, "yes" or "sí"
 * becomes {@code 1}), so answers can travel in the survey's signed action URLs and be read again with the same
 * rules, whatever the language. The keypad is the same in every language. The tables are in docs/survey.md.
 */
public final class SurveyAnswers {

    /** The quality keypad: one digit per issue, {@code 0} for none. */
    static final Map<Character, QualityIssue> QUALITY_KEYPAD = Map.of(
            '0', QualityIssue.NONE,
            '1', QualityIssue.LOW_VOLUME,
            '2', QualityIssue.CHOPPY_ROBOTIC,
            '3', QualityIssue.ECHO,
            '4', QualityIssue.DTMF,
            '5', QualityIssue.LATENCY,
            '6', QualityIssue.ONE_WAY_AUDIO,
            '7', QualityIssue.STATIC_NOISE);

    private SurveyAnswers() {
    }

    /**
     * The answer in keypad form, or empty when it is not a valid answer to {@code question}. Digits win over speech.
     *
     * @param spoken how speech is understood in the caller's language
     * @param digits {@code Digits}; may be null or empty
     * @param speech {@code SpeechResult}; may be null or empty
     */
    public static Optional<String> read(SurveyQuestion question, SpokenAnswers spoken, String digits, String speech) {
        String keys = digits == null ? "" : digits.trim();
        if (keys.isEmpty()) {
            return spoken.keypadFor(question, speech == null ? "" : speech);
        }
        return keypad(question, keys);
    }

    /** The keypad answer {@code keys} gives to {@code question}, or empty when it is not valid. */
    public static Optional<String> keypad(SurveyQuestion question, String keys) {
        return switch (question) {
            case SCORE -> keys.matches("[1-5]") ? Optional.of(keys) : Optional.empty();
            case SPAM -> keys.equals("1") || keys.equals("2") ? Optional.of(keys) : Optional.empty();
            case QUALITY -> qualityKeys(keys);
        };
    }

    /**
     * The annotation of {@code callSid} holding every answer given so far.
     *
     * @param answers keypad-form answers by question; an answer that is not valid is left out
     */
    public static Annotation annotation(CallSid callSid, Map<SurveyQuestion, String> answers) {
        Annotation.Builder builder = Annotation.builder(callSid);
        answers.forEach((question, answer) -> keypad(question, answer).ifPresent(keys -> {
            switch (question) {
                case SCORE -> builder.callScore(Integer.valueOf(keys));
                case SPAM -> builder.spam(keys.equals("1"));
                case QUALITY -> builder.qualityIssues(qualityIssues(keys));
            }
        }));
        return builder.build();
    }

    /** The issues a valid keypad answer names. */
    static Set<QualityIssue> qualityIssues(String keys) {
        Set<QualityIssue> issues = EnumSet.noneOf(QualityIssue.class);
        keys.chars().forEach(key -> issues.add(QUALITY_KEYPAD.get((char) key)));
        return issues;
    }

    /** Distinct keys in keypad order; empty when a key means nothing or {@code 0} comes with an issue. */
    private static Optional<String> qualityKeys(String keys) {
        StringBuilder distinct = new StringBuilder();
        for (char key : "01234567".toCharArray()) {
            if (keys.indexOf(key) >= 0) {
                distinct.append(key);
            }
        }
        boolean onlyKnownKeys = keys.chars().allMatch(key -> QUALITY_KEYPAD.containsKey((char) key));
        boolean contradiction = distinct.length() > 1 && distinct.charAt(0) == '0';
        return onlyKnownKeys && !contradiction ? Optional.of(distinct.toString()) : Optional.empty();
    }
}
