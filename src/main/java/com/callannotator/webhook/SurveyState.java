package com.callannotator.webhook;

import static java.util.Objects.requireNonNull;

import com.callannotator.annotation.CallSid;
import com.callannotator.mapping.FormParameters;
import com.callannotator.mapping.SurveyAnswers;
import com.callannotator.mapping.SurveyQuestion;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * Where a caller is in the survey, carried from one {@code <Gather>} to the next in the action URL's query, which
 * Twilio's signature covers, so a caller cannot change it.
 *
 * <p>Query: {@code question} (absent: the survey starts), {@code attempt} (1 when absent), {@code call_sid} (the call
 * to annotate when it is not the request's own {@code CallSid}) and the keypad form of each answer so far, named
 * after its question ({@code score=4&quality=13}). Every value is made of unreserved URL characters only, so no
 * encoding question arises between Twilio's signing and our checking.
 *
 * @param question the question being answered; null when the survey starts
 * @param attempt 1 for the first time a question is asked, 2 and 3 for the re-prompts
 * @param callSid the {@code call_sid} override; null when the request's {@code CallSid} is annotated
 * @param answers the keypad form of each valid answer so far
 */
record SurveyState(SurveyQuestion question, int attempt, String callSid, Map<SurveyQuestion, String> answers) {

    static final String QUESTION = "question";
    static final String ATTEMPT = "attempt";
    static final String CALL_SID = "call_sid";

    SurveyState {
        if (attempt < 1) {
            throw new IllegalArgumentException("attempt < 1: " + attempt);
        }
        answers = Map.copyOf(answers);
    }

    /**
     * Reads the state from a survey request's query; empty when {@code question}, {@code attempt} or
     * {@code call_sid} is malformed. Answers that are not valid are dropped.
     */
    static Optional<SurveyState> parse(FormParameters query) {
        Optional<String> name = query.nonBlank(QUESTION);
        Optional<SurveyQuestion> question = name.flatMap(SurveyQuestion::fromWireValue);
        Optional<String> attempt = query.nonBlank(ATTEMPT);
        Optional<String> callSid = query.nonBlank(CALL_SID);
        boolean valid = (name.isEmpty() || question.isPresent())
                && attempt.map(value -> value.matches("[1-9]")).orElse(true)
                && callSid.map(CallSid::isValid).orElse(true);
        if (!valid) {
            return Optional.empty();
        }
        Map<SurveyQuestion, String> answers = new EnumMap<>(SurveyQuestion.class);
        for (SurveyQuestion asked : SurveyQuestion.values()) {
            query.nonBlank(asked.wireValue()).flatMap(keys -> SurveyAnswers.read(asked, keys, null))
                    .ifPresent(keys -> answers.put(asked, keys));
        }
        return Optional.of(new SurveyState(question.orElse(null), attempt.map(Integer::parseInt).orElse(1),
                callSid.orElse(null), answers));
    }

    /** The state for asking {@code next} for the first time. */
    SurveyState ask(SurveyQuestion next) {
        return new SurveyState(requireNonNull(next, "next == null"), 1, callSid, answers);
    }

    /** The state for asking the same question again. */
    SurveyState retry() {
        return new SurveyState(question, attempt + 1, callSid, answers);
    }

    /** The state with {@code keys} recorded as the answer to the current question. */
    SurveyState answered(String keys) {
        Map<SurveyQuestion, String> more = new EnumMap<>(SurveyQuestion.class);
        more.putAll(answers);
        more.put(question, keys);
        return new SurveyState(question, attempt, callSid, more);
    }

    /** The action URL's query for this state, in a fixed order. */
    String query() {
        StringBuilder query = new StringBuilder(QUESTION).append('=').append(question.wireValue());
        if (attempt > 1) {
            query.append('&').append(ATTEMPT).append('=').append(attempt);
        }
        if (callSid != null) {
            query.append('&').append(CALL_SID).append('=').append(callSid);
        }
        for (SurveyQuestion asked : SurveyQuestion.values()) {
            if (answers.containsKey(asked)) {
                query.append('&').append(asked.wireValue()).append('=').append(answers.get(asked));
            }
        }
        return query.toString();
    }
}
