package com.callannotator.survey;

import static java.util.Objects.requireNonNull;

import com.callannotator.annotation.CallSid;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Where a caller is in the survey, carried from one {@code <Gather>} to the next in the action URL's query, which
 * Twilio's signature covers, so a caller cannot change it.
 *
 * <p>Query: {@code question} (absent: the survey starts), {@code attempt} (1 when absent), {@code call_sid} (the call
 * to annotate when it is not the request's own {@code CallSid}), {@code language} (the deployment's default when
 * absent or not built in) and the keypad form of each answer so far, named after its question
 * ({@code score=4&quality=13}). Every value is made of unreserved URL characters only, so no encoding question
 * arises between Twilio's signing and our checking.
 *
 * @param question the question being answered; null when the survey starts
 * @param attempt 1 for the first time a question is asked, 2 and 3 for the re-prompts
 * @param callSid the {@code call_sid} override; null when the request's {@code CallSid} is annotated
 * @param language the language the caller is asked and understood in
 * @param answers each valid answer so far
 */
record SurveyState(SurveyQuestion question, int attempt, String callSid, SurveyLanguage language,
        Map<SurveyQuestion, Answer> answers) {

    static final String QUESTION = "question";
    static final String ATTEMPT = "attempt";
    static final String CALL_SID = "call_sid";
    static final String LANGUAGE = "language";

    SurveyState {
        if (attempt < 1) {
            throw new IllegalArgumentException("attempt < 1: " + attempt);
        }
        requireNonNull(language, "language == null");
        answers = Map.copyOf(answers);
    }

    /** The {@code language} of the query, or {@code fallback} when it names none that is built in. */
    static SurveyLanguage language(Function<String, Optional<String>> query, SurveyLanguage fallback) {
        return nonBlank(query, LANGUAGE).flatMap(SurveyLanguage::fromWireValue).orElse(fallback);
    }

    /** The {@code language} of the query when it is there but not built in, for the log. */
    static Optional<String> unknownLanguage(Function<String, Optional<String>> query) {
        return nonBlank(query, LANGUAGE).filter(tag -> SurveyLanguage.fromWireValue(tag).isEmpty());
    }

    /**
     * Reads the state from a survey request's query; empty when {@code question}, {@code attempt} or
     * {@code call_sid} is malformed. Answers that are not valid are dropped; a {@code language} that is not built in
     * is replaced by {@code fallback}, since a caller must never hear an error for it.
     *
     * @param query the first value of a query parameter by name; empty when absent
     */
    static Optional<SurveyState> parse(Function<String, Optional<String>> query, SurveyLanguage fallback) {
        Optional<String> name = nonBlank(query, QUESTION);
        Optional<SurveyQuestion> question = name.flatMap(SurveyQuestion::fromWireValue);
        Optional<String> attempt = nonBlank(query, ATTEMPT);
        Optional<String> callSid = nonBlank(query, CALL_SID);
        boolean valid = (name.isEmpty() || question.isPresent())
                && attempt.map(value -> value.matches("[1-9]")).orElse(true)
                && callSid.map(CallSid::isValid).orElse(true);
        if (!valid) {
            return Optional.empty();
        }
        Map<SurveyQuestion, Answer> answers = new EnumMap<>(SurveyQuestion.class);
        for (SurveyQuestion asked : SurveyQuestion.values()) {
            nonBlank(query, asked.wireValue()).flatMap(keys -> Answer.fromKeys(asked, keys))
                    .ifPresent(answer -> answers.put(asked, answer));
        }
        return Optional.of(new SurveyState(question.orElse(null), attempt.map(Integer::parseInt).orElse(1),
                callSid.orElse(null), language(query, fallback), answers));
    }

    /** The state for asking {@code next} for the first time. */
    SurveyState ask(SurveyQuestion next) {
        return new SurveyState(requireNonNull(next, "next == null"), 1, callSid, language, answers);
    }

    /** The state for asking the same question again. */
    SurveyState retry() {
        return new SurveyState(question, attempt + 1, callSid, language, answers);
    }

    /** The state with {@code answer} recorded as the answer to its question. */
    SurveyState answered(Answer answer) {
        Map<SurveyQuestion, Answer> more = new EnumMap<>(SurveyQuestion.class);
        more.putAll(answers);
        more.put(answer.question(), answer);
        return new SurveyState(question, attempt, callSid, language, more);
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
        query.append('&').append(LANGUAGE).append('=').append(language.wireValue());
        for (SurveyQuestion asked : SurveyQuestion.values()) {
            if (answers.containsKey(asked)) {
                query.append('&').append(asked.wireValue()).append('=').append(answers.get(asked).keys());
            }
        }
        return query.toString();
    }

    /** The trimmed value of {@code name}; empty when absent or blank. */
    private static Optional<String> nonBlank(Function<String, Optional<String>> query, String name) {
        return query.apply(name).map(String::trim).filter(value -> !value.isEmpty());
    }
}
