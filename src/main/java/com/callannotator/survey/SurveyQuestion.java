package com.callannotator.survey;

import com.callannotator.annotation.WireValue;
import java.util.Map;
import java.util.Optional;

/** A question of the post-call survey, named in settings and in the {@code question} query parameter. */
public enum SurveyQuestion implements WireValue {
    /** "How would you rate this call?": a digit 1–5 or a spoken score, becomes {@code call_score}. */
    SCORE("score"),
    /** "Which problems did you notice?": keypad digits, becomes {@code quality_issues}. */
    QUALITY("quality"),
    /** "Was this call spam?": 1 yes, 2 no (or spoken), becomes {@code spam}. */
    SPAM("spam");

    private static final Map<String, SurveyQuestion> BY_NAME = WireValue.index(SurveyQuestion.class);

    private final String name;

    SurveyQuestion(String name) {
        this.name = name;
    }

    /** The name in settings ({@code SURVEY_QUESTIONS}) and URLs ({@code ?question=score}). */
    @Override
    public String wireValue() {
        return name;
    }

    /** Parses a name; empty for anything else. */
    public static Optional<SurveyQuestion> fromWireValue(String value) {
        return WireValue.lookup(BY_NAME, value);
    }

    /** The accepted names, for error messages. */
    public static String accepted() {
        return WireValue.accepted(SurveyQuestion.class);
    }
}
