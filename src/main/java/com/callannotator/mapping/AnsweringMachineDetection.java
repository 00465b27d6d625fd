package com.callannotator.mapping;

import com.callannotator.annotation.AnsweredBy;
import java.util.Map;
import java.util.Optional;

/**
 * Maps Twilio's Answering Machine Detection result ({@code AnsweredBy} of a status callback) onto the annotation's
 * coarser {@code answered_by}. {@code unknown} says nothing, so it maps to nothing.
 *
 * @see <a href="https://www.twilio.com/docs/voice/answering-machine-detection">Answering Machine Detection</a>
 */
final class AnsweringMachineDetection {

    static final Map<String, AnsweredBy> TABLE = Map.of(
            "human", AnsweredBy.HUMAN,
            "machine_start", AnsweredBy.MACHINE,
            "machine_end_beep", AnsweredBy.MACHINE,
            "machine_end_silence", AnsweredBy.MACHINE,
            "machine_end_other", AnsweredBy.MACHINE,
            "fax", AnsweredBy.MACHINE);

    private AnsweringMachineDetection() {
    }

    /** The annotation value for an AMD result; empty for {@code unknown} and anything unrecognised. */
    static Optional<AnsweredBy> answeredBy(String amdResult) {
        return amdResult == null ? Optional.empty() : Optional.ofNullable(TABLE.get(amdResult));
    }
}
