package com.callannotator.survey;

import com.callannotator.annotation.QualityIssue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes the prompts that restate the keypad from the keypad table itself, so a prompt can never name a key the
 * table does not have, nor leave one out. A language supplies the words; the keys and their order come from
 * {@link Answer.Quality#KEYPAD}.
 */
final class KeypadPrompt {

    /** Where a phrase says its key: {@code "{key} for low volume"}. */
    static final String KEY = "{key}";

    private KeypadPrompt() {
    }

    /**
     * The quality question: {@code intro}, then each issue's phrase in key order and the phrase for no issue last,
     * joined by commas and ended with a full stop ("… 1 for low volume, …, 7 for static or noise, or 0 if there was
     * no problem.").
     *
     * @param phrases for every quality issue, {@link QualityIssue#NONE} included, its phrase with {@value #KEY}
     * @throws IllegalArgumentException when an issue of the keypad has no phrase, or its phrase no {@value #KEY}
     */
    static String quality(String intro, Map<QualityIssue, String> phrases) {
        List<String> said = new ArrayList<>();
        String none = null;
        for (Map.Entry<Character, QualityIssue> key : Answer.Quality.KEYPAD.entrySet()) {
            String phrase = phrases.get(key.getValue());
            if (phrase == null || !phrase.contains(KEY)) {
                throw new IllegalArgumentException("no phrase with " + KEY + " for " + key.getValue().wireValue());
            }
            String withKey = phrase.replace(KEY, String.valueOf(key.getKey()));
            if (key.getValue() == QualityIssue.NONE) {
                none = withKey;
            } else {
                said.add(withKey);
            }
        }
        said.add(none);
        return intro + " " + String.join(", ", said) + ".";
    }
}
