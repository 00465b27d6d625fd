package com.callannotator.survey;

import com.callannotator.annotation.Annotation;
import com.callannotator.annotation.QualityIssue;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A valid answer to one survey question. It is made from the keypad form alone ({@link #fromKeys}), the one place
 * where answers are judged: a spoken answer is first reduced to its keypad form, and answers carried in the action
 * URL are read back the same way. Once made, an answer is never checked again. The keypad is the same in every
 * language; the tables are in docs/survey.md.
 */
public sealed interface Answer {

    /** The question answered. */
    SurveyQuestion question();

    /** The keypad form, as the caller could have typed it and as the survey's action URLs carry it. */
    String keys();

    /** Sets the annotation field this answer fills. */
    void fill(Annotation.Builder annotation);

    /** The answer {@code keys} gives to {@code question}; empty when it is not a valid answer. */
    static Optional<Answer> fromKeys(SurveyQuestion question, String keys) {
        return switch (question) {
            case SCORE -> Score.fromKeys(keys).map(Answer.class::cast);
            case QUALITY -> Quality.fromKeys(keys).map(Answer.class::cast);
            case SPAM -> Spam.fromKeys(keys).map(Answer.class::cast);
        };
    }

    /** "How would you rate this call?": one key, 1 (bad) to 5 (excellent); becomes {@code call_score}. */
    record Score(int score) implements Answer {

        public Score {
            if (score < 1 || score > 5) {
                throw new IllegalArgumentException("score must be 1 to 5: " + score);
            }
        }

        static Optional<Score> fromKeys(String keys) {
            return keys.matches("[1-5]") ? Optional.of(new Score(Integer.parseInt(keys))) : Optional.empty();
        }

        @Override
        public SurveyQuestion question() {
            return SurveyQuestion.SCORE;
        }

        @Override
        public String keys() {
            return String.valueOf(score);
        }

        @Override
        public void fill(Annotation.Builder annotation) {
            annotation.callScore(score);
        }
    }

    /** "Which problems did you notice?": every key that applies, or 0 alone for none; becomes quality_issues. */
    record Quality(Set<QualityIssue> issues) implements Answer {

        /** The quality keypad, in key order: one digit per issue, {@code 0} for none. */
        static final Map<Character, QualityIssue> KEYPAD = keypad();
        /** Every quality key, in key order: what a prompt must name when it names keys at all. */
        static final String KEYS = KEYPAD.keySet().stream().map(String::valueOf).reduce("", String::concat);

        public Quality {
            if (issues.isEmpty()) {
                throw new IllegalArgumentException("no issue and not none");
            }
            issues = Collections.unmodifiableSet(EnumSet.copyOf(issues));
            if (issues.contains(QualityIssue.NONE) && issues.size() > 1) {
                throw new IllegalArgumentException("none comes alone: " + issues);
            }
        }

        /** The issues {@code keys} name, in any order; empty if a key means nothing or 0 is not alone. */
        static Optional<Quality> fromKeys(String keys) {
            if (keys.isEmpty() || !keys.chars().allMatch(key -> KEYPAD.containsKey((char) key))) {
                return Optional.empty();
            }
            Set<QualityIssue> issues = EnumSet.noneOf(QualityIssue.class);
            keys.chars().forEach(key -> issues.add(KEYPAD.get((char) key)));
            boolean contradiction = issues.contains(QualityIssue.NONE) && issues.size() > 1;
            return contradiction ? Optional.empty() : Optional.of(new Quality(issues));
        }

        @Override
        public SurveyQuestion question() {
            return SurveyQuestion.QUALITY;
        }

        /** Each key once, in key order. */
        @Override
        public String keys() {
            StringBuilder keys = new StringBuilder();
            KEYPAD.forEach((key, issue) -> {
                if (issues.contains(issue)) {
                    keys.append(key);
                }
            });
            return keys.toString();
        }

        @Override
        public void fill(Annotation.Builder annotation) {
            annotation.qualityIssues(issues);
        }

        private static Map<Character, QualityIssue> keypad() {
            Map<Character, QualityIssue> keypad = new LinkedHashMap<>();
            keypad.put('0', QualityIssue.NONE);
            keypad.put('1', QualityIssue.LOW_VOLUME);
            keypad.put('2', QualityIssue.CHOPPY_ROBOTIC);
            keypad.put('3', QualityIssue.ECHO);
            keypad.put('4', QualityIssue.DTMF);
            keypad.put('5', QualityIssue.LATENCY);
            keypad.put('6', QualityIssue.ONE_WAY_AUDIO);
            keypad.put('7', QualityIssue.STATIC_NOISE);
            return Collections.unmodifiableMap(keypad);
        }
    }

    /** "Was this call spam?": 1 yes, 2 no; becomes {@code spam}. */
    record Spam(boolean spam) implements Answer {

        static final String YES = "1";
        static final String NO = "2";

        static Optional<Spam> fromKeys(String keys) {
            return keys.equals(YES) || keys.equals(NO) ? Optional.of(new Spam(keys.equals(YES))) : Optional.empty();
        }

        @Override
        public SurveyQuestion question() {
            return SurveyQuestion.SPAM;
        }

        @Override
        public String keys() {
            return spam ? YES : NO;
        }

        @Override
        public void fill(Annotation.Builder annotation) {
            annotation.spam(spam);
        }
    }
}
