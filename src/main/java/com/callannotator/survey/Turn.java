package com.callannotator.survey;

import static java.util.Objects.requireNonNull;

import com.callannotator.annotation.Annotation;
import java.util.Optional;

/**
 * One request's way through the survey: what the caller hears next, and what became of the request.
 *
 * @param next what the caller hears next
 * @param result what the request was, and the annotation to post if it answered a question
 * @param note a remark for the request's log line, e.g. that the language asked for is not built in
 */
public record Turn(Step next, Result result, Optional<String> note) {

    public Turn {
        requireNonNull(next, "next == null");
        requireNonNull(result, "result == null");
        requireNonNull(note, "note == null");
    }

    Turn(Step next, Result result) {
        this(next, result, Optional.empty());
    }

    /** This turn with {@code note} for the log. */
    Turn noting(Optional<String> note) {
        return new Turn(next, result, note);
    }

    /** What a request to the survey was. */
    public sealed interface Result {
    }

    /** The survey's query or the call SID is malformed: nothing is posted. */
    public record Invalid(String reason) implements Result {
    }

    /** The survey follows a {@code <Dial>} that did not connect: there is no conversation to ask about. */
    public record NotConnected(String callSid) implements Result {
    }

    /** The survey starts with its first question. */
    public record Started(String callSid) implements Result {
    }

    /** The answer to {@code question} was not valid; {@code attempt} is how often it had been asked. */
    public record InvalidAnswer(String callSid, SurveyQuestion question, int attempt) implements Result {
    }

    /**
     * {@code answer} was valid: post {@code annotation}, which holds it and every answer before it (the caller may
     * hang up at any time, and whether Twilio keeps fields an update leaves out is not documented).
     */
    public record Answered(Annotation annotation, Answer answer) implements Result {
    }
}
