package com.callannotator.survey;

import static java.util.Objects.requireNonNull;

import com.callannotator.annotation.CallSid;
import java.util.Optional;
import java.util.function.Function;

/**
 * The survey's flow: which question comes first, which after a valid answer, how often a question is asked again,
 * and when to say goodbye. Where a caller is travels in the signed action URL's query (see {@link SurveyState}), so
 * the flow keeps nothing between requests. Thread-safe.
 *
 * <p>The caller's language comes from {@code language} in the query and is carried in every action URL. A language
 * that is not built in falls back to the deployment's default and is noted for the log, never answered with an
 * error.
 */
public final class SurveyFlow {

    /** How many times a question is asked again after an answer that is not valid; then the survey moves on. */
    public static final int MAX_REPROMPTS = 2;

    private final SurveySettings settings;

    public SurveyFlow(SurveySettings settings) {
        this.settings = requireNonNull(settings, "settings == null");
    }

    /**
     * The turn for one request to the survey.
     *
     * @param query the first value of a query parameter by name: the state, covered by Twilio's signature
     * @param callback what Twilio posted
     */
    public Turn take(Function<String, Optional<String>> query, SurveyCallback callback) {
        Optional<SurveyState> state = SurveyState.parse(query, settings.language());
        Optional<CallSid> callSid = CallSid.parse(state.map(SurveyState::callSid).orElseGet(callback::callSid));
        if (state.isEmpty() || callSid.isEmpty()) {
            return new Turn(new Step.Goodbye(SurveyState.language(query, settings.language())),
                    new Turn.Invalid("survey query or CallSid malformed"));
        }
        Turn turn = state.get().question() == null
                ? start(state.get(), callback, callSid.get())
                : answer(state.get(), callback.gathered(), callSid.get());
        return turn.noting(SurveyState.unknownLanguage(query).map(tag -> "language " + printable(tag)
                + " is not built in; spoke " + state.get().language().wireValue()));
    }

    private Turn start(SurveyState state, SurveyCallback callback, CallSid callSid) {
        if (callback.followsUnansweredDial()) {
            return new Turn(new Step.HangUp(), new Turn.NotConnected(callSid.value()));
        }
        return new Turn(ask(state.ask(settings.first()), false), new Turn.Started(callSid.value()));
    }

    private Turn answer(SurveyState state, GatherResult gathered, CallSid callSid) {
        Optional<Answer> answer = SurveyAnswers.read(state.question(), state.language().spokenAnswers(), gathered);
        if (answer.isEmpty()) {
            Step next = state.attempt() <= MAX_REPROMPTS ? ask(state.retry(), true) : after(state);
            return new Turn(next, new Turn.InvalidAnswer(callSid.value(), state.question(), state.attempt()));
        }
        SurveyState answered = state.answered(answer.get());
        return new Turn(after(answered), new Turn.Answered(
                SurveyAnswers.annotation(callSid, answered.answers().values()), answer.get()));
    }

    /** The question after the current one, or goodbye. */
    private Step after(SurveyState state) {
        return settings.after(state.question()).map(next -> ask(state.ask(next), false))
                .orElseGet(() -> new Step.Goodbye(state.language()));
    }

    private static Step ask(SurveyState state, boolean again) {
        return new Step.Ask(state.question(), state.language(), state.query(), again);
    }

    /** At most 20 characters of a tag, anything but letters, digits, '-' and '_' shown as '?'. */
    static String printable(String tag) {
        String cut = tag.length() > 20 ? tag.substring(0, 20) + "…" : tag;
        return cut.replaceAll("[^A-Za-z0-9_\\-…]", "?");
    }
}
