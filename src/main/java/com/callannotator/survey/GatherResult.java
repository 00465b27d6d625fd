package com.callannotator.survey;

import java.util.Optional;
import java.util.function.Function;

/**
 * What a Twilio {@code <Gather>} heard: the keys pressed, or what was said. Both are empty when the caller was silent.
 *
 * @param digits {@code Digits}, the keys pressed; empty when none
 * @param speech {@code SpeechResult}, the transcribed speech; empty when none
 */
record GatherResult(String digits, String speech) {

    public GatherResult {
        digits = digits == null ? "" : digits;
        speech = speech == null ? "" : speech;
    }

    /**
     * Reads the result from a {@code <Gather action>} request's parameters.
     *
     * @param parameter the first value of a parameter by name; empty when absent
     */
    public static GatherResult from(Function<String, Optional<String>> parameter) {
        return new GatherResult(parameter.apply("Digits").orElse(""), parameter.apply("SpeechResult").orElse(""));
    }
}
