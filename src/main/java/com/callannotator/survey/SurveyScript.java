package com.callannotator.survey;

import static java.util.Objects.requireNonNull;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * What the caller hears in one language, and in which voice: every {@link ScriptPart}.
 *
 * @param parts the text of every part; the voice {@code default} means the account's default voice
 */
public record SurveyScript(Map<ScriptPart, String> parts) {

    /** The voice that leaves the choice to the Twilio account's text-to-speech settings. */
    public static final String DEFAULT_VOICE = "default";

    public SurveyScript {
        for (ScriptPart part : ScriptPart.values()) {
            requireNonNull(parts.get(part), "no " + part.wireValue());
        }
        parts = Map.copyOf(parts);
    }

    /** The {@code <Say>} voice; empty for the account's default voice. */
    public Optional<String> voice() {
        String voice = parts.get(ScriptPart.VOICE);
        return voice.equalsIgnoreCase(DEFAULT_VOICE) ? Optional.empty() : Optional.of(voice);
    }

    /** What is said to ask {@code question}. */
    public String prompt(SurveyQuestion question) {
        return parts.get(ScriptPart.prompt(question));
    }

    /** Said before a question is asked again. */
    public String retry() {
        return parts.get(ScriptPart.RETRY);
    }

    /** Said before hanging up. */
    public String goodbye() {
        return parts.get(ScriptPart.GOODBYE);
    }

    /** This script with {@code overrides} in place of the parts they name. */
    public SurveyScript with(Map<ScriptPart, String> overrides) {
        if (overrides.isEmpty()) {
            return this;
        }
        Map<ScriptPart, String> merged = new EnumMap<>(parts);
        merged.putAll(overrides);
        return new SurveyScript(merged);
    }
}
