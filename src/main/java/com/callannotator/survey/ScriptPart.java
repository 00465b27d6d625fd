package com.callannotator.survey;

import com.callannotator.annotation.WireValue;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One thing a survey language says, or the voice it says it in: the key in a language file and in a
 * {@code SURVEY_PROMPTS} override ({@code {"es-US": {"voice": "Polly.Pedro-Neural", "goodbye": "¡Adiós!"}}}).
 */
public enum ScriptPart implements WireValue {
    /** The {@code <Say>} voice, e.g. {@code Polly.Lupe-Neural}; {@code default} for the account's default voice. */
    VOICE("voice", ""),
    /** Asks for the score; names keys 1 and 5 (the ends of the scale) when it names keys at all. */
    SCORE("score", "15"),
    /** Asks for quality issues; names every quality key when it names keys at all. */
    QUALITY("quality", Answer.Quality.KEYS),
    /** Asks whether the call was spam; names keys 1 and 2 when it names keys at all. */
    SPAM("spam", "12"),
    /** Said before a question is asked again. */
    RETRY("retry", ""),
    /** Said before hanging up. */
    GOODBYE("goodbye", "");

    /** Twilio's {@code <Say>} takes at most 4,096 characters. */
    public static final int MAX_SAY_LENGTH = 4096;

    private static final Map<String, ScriptPart> BY_NAME = WireValue.index(ScriptPart.class);
    private static final Pattern KEY = Pattern.compile("(?<![0-9])[0-9](?![0-9])");
    private static final Pattern VOICE_NAME = Pattern.compile("[\\p{L}0-9._-]{1,64}");

    private final String name;
    private final String keys;

    ScriptPart(String name, String keys) {
        this.name = name;
        this.keys = keys;
    }

    @Override
    public String wireValue() {
        return name;
    }

    /** Parses a key; empty for anything else. */
    public static Optional<ScriptPart> fromWireValue(String value) {
        return WireValue.lookup(BY_NAME, value);
    }

    /** The accepted keys, for error messages. */
    public static String accepted() {
        return WireValue.accepted(ScriptPart.class);
    }

    /** The prompt that asks {@code question}. */
    public static ScriptPart prompt(SurveyQuestion question) {
        return switch (question) {
            case SCORE -> SCORE;
            case QUALITY -> QUALITY;
            case SPAM -> SPAM;
        };
    }

    /**
     * What is wrong with {@code value} for this part, or empty when it is fine: blank, over {@value #MAX_SAY_LENGTH}
     * characters, a voice name with spaces or symbols, or a prompt that names some keys but not all it must.
     */
    public Optional<String> problem(String value) {
        if (value == null || value.isBlank()) {
            return Optional.of("must not be empty");
        }
        if (this == VOICE) {
            return VOICE_NAME.matcher(value).matches() ? Optional.empty()
                    : Optional.of("must be a voice name such as Polly.Joanna-Neural: " + value);
        }
        if (value.length() > MAX_SAY_LENGTH) {
            return Optional.of("must be at most " + MAX_SAY_LENGTH + " characters: " + value.length());
        }
        StringBuilder named = new StringBuilder();
        Matcher key = KEY.matcher(value);
        while (key.find()) {
            named.append(key.group());
        }
        String missing = keys.chars().filter(k -> named.indexOf(String.valueOf((char) k)) < 0)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        if (named.length() > 0 && !missing.isEmpty()) {
            return Optional.of("names keys but not " + String.join(", ", missing.split("")));
        }
        return Optional.empty();
    }
}
