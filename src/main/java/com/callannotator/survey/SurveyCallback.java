package com.callannotator.survey;

import com.callannotator.annotation.CallSid;
import java.util.Optional;
import java.util.function.Function;

/**
 * What Twilio posts to the survey: the call, how the {@code <Dial>} before it ended when the survey is a
 * {@code <Dial action>}, and what the {@code <Gather>} before it heard. The one place that knows these parameter
 * names; parsed once where the request enters the core.
 *
 * @param callSid {@code CallSid} as received, unchecked; empty when absent
 * @param dialCallStatus {@code DialCallStatus}, trimmed; empty when absent or blank
 * @param gathered the {@code Digits} and {@code SpeechResult} of an answer
 */
public record SurveyCallback(String callSid, Optional<String> dialCallStatus, GatherResult gathered) {

    /**
     * Reads a callback from its parameters.
     *
     * @param parameter the first value of a parameter by name; empty when absent
     */
    public static SurveyCallback from(Function<String, Optional<String>> parameter) {
        return new SurveyCallback(parameter.apply(CallSid.PASCAL_NAME).orElse(""),
                parameter.apply("DialCallStatus").map(String::trim).filter(status -> !status.isEmpty()),
                GatherResult.from(parameter));
    }

    /** True when the survey follows a {@code <Dial>} that did not connect: there is no conversation to ask about. */
    boolean followsUnansweredDial() {
        return dialCallStatus.filter(status -> !status.equals("completed")).isPresent();
    }
}
