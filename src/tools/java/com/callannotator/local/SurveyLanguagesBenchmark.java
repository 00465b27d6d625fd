package com.callannotator.local;

import com.callannotator.survey.SurveyLanguage;
import com.callannotator.survey.SurveyQuestion;

/**
 * Prints what reading the survey's language files costs in a fresh JVM: the default language (read at start-up)
 * and then the other seven (each read on first use). Run it several times, each in its own JVM, with Lambda's
 * {@code -XX:TieredStopAtLevel=1}:
 * {@code java -XX:TieredStopAtLevel=1 -cp target/tools-classes:target/classes:$(cat target/tools.classpath)
 * com.callannotator.local.SurveyLanguagesBenchmark}.
 */
public final class SurveyLanguagesBenchmark {

    private SurveyLanguagesBenchmark() {
    }

    public static void main(String[] args) {
        long jdk = System.nanoTime();
        warmUpWhatTheFunctionUsesAnyway();
        long start = System.nanoTime();
        touch(SurveyLanguage.EN_US);
        long first = System.nanoTime();
        for (SurveyLanguage language : SurveyLanguage.values()) {
            touch(language);
        }
        long all = System.nanoTime();
        System.out.printf("survey languages: JDK warm-up %.1f ms, then default (en-US) %.1f ms, the other 7 %.1f ms%n",
                (start - jdk) / 1e6, (first - start) / 1e6, (all - first) / 1e6);
    }

    /** Lambdas, streams, regular expressions and maps: the function's start-up loads them whatever the survey does. */
    private static void warmUpWhatTheFunctionUsesAnyway() {
        java.util.List<String> words = java.util.regex.Pattern.compile(",").splitAsStream("a,b")
                .map(String::trim).filter(word -> !word.isEmpty()).toList();
        java.util.Map<String, String> map = new java.util.HashMap<>();
        map.computeIfAbsent(words.get(0), key -> key + words.size());
        if (map.isEmpty() || !"x1".matches("[a-z][0-9]")) {
            throw new IllegalStateException();
        }
    }

    private static void touch(SurveyLanguage language) {
        if (language.script().prompt(SurveyQuestion.SCORE).isEmpty()
                || language.spokenAnswers().keypadFor(SurveyQuestion.SCORE, "5").isEmpty()) {
            throw new IllegalStateException(language.wireValue());
        }
    }
}
