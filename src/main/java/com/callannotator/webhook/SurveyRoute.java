package com.callannotator.webhook;

import static java.util.Objects.requireNonNull;

import com.callannotator.annotation.Annotation;
import com.callannotator.annotation.CallSid;
import com.callannotator.config.SurveySettings;
import com.callannotator.annotation.AnnotationDelivery;
import com.callannotator.annotation.DeliveryOutcome;
import com.callannotator.mapping.FormParameters;
import com.callannotator.mapping.SurveyAnswers;
import com.callannotator.mapping.SurveyLanguage;
import com.callannotator.mapping.SurveyQuestion;
import com.callannotator.observability.Outcome;
import com.callannotator.observability.Report;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code POST /survey}: the post-call IVR survey. Without {@code question} it starts and asks the first question;
 * each {@code <Gather>} posts its answer back here with the next state in the query (see {@link SurveyState}).
 *
 * <p>Every valid answer is posted at once, together with the answers before it (the caller may hang up at any
 * time, and whether Twilio keeps fields an update leaves out is not documented). The answer to the caller is
 * always TwiML: the next question, the same question again (at most {@link #MAX_REPROMPTS} times, then the survey
 * moves on), or goodbye, whatever became of the annotation. A failure inside answers goodbye with {@code 200}, so a
 * caller never hears "an application error has occurred"; a request that is not Twilio's (bad signature, wrong
 * method, type or size) gets its honest 4xx status with a {@code <Hangup/>} body.
 *
 * <p>The caller's language comes from {@code language} in the query ({@code /survey?language=es-US} starts a Spanish
 * survey) and is carried in every action URL. A language that is not built in falls back to the deployment's
 * default and is noted in the request's log line, never answered with an error.
 */
final class SurveyRoute implements Route {

    static final String NAME = "/survey";
    static final int MAX_REPROMPTS = 2;

    private final SurveySettings settings;
    private final AnnotationDelivery delivery;
    private final SurveyTwiml twiml;

    SurveyRoute(SurveySettings settings, AnnotationDelivery delivery) {
        this.settings = requireNonNull(settings, "settings == null");
        this.delivery = requireNonNull(delivery, "delivery == null");
        this.twiml = new SurveyTwiml(settings);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Set<String> methods() {
        return Set.of("POST");
    }

    @Override
    public Set<String> mediaTypes() {
        return Set.of(MediaTypes.FORM);
    }

    @Override
    public Handled handle(SignedRequest request) {
        Optional<SurveyState> state = SurveyState.parse(request.query(), settings.language());
        String rawCallSid = state.map(SurveyState::callSid)
                .orElseGet(() -> request.parameters().first("CallSid").orElse(""));
        Optional<CallSid> callSid = CallSid.parse(rawCallSid);
        if (state.isEmpty() || callSid.isEmpty()) {
            SurveyLanguage language = SurveyState.language(request.query(), settings.language());
            return new Handled(twiml.goodbye(language), Report.refused(NAME, Outcome.INVALID,
                    "survey query or CallSid malformed"));
        }
        String actionBase = actionBase(request.request().publicUrl());
        Handled handled = state.get().question() == null
                ? start(state.get(), request.parameters(), actionBase, rawCallSid)
                : answer(state.get(), request, actionBase, callSid.get());
        return SurveyState.unknownLanguage(request.query())
                .map(tag -> noteFallback(handled, tag, state.get().language()))
                .orElse(handled);
    }

    /** The log line says which language was asked for and which one the caller got instead. */
    private static Handled noteFallback(Handled handled, String asked, SurveyLanguage used) {
        String note = "language " + printable(asked) + " is not built in; spoke " + used.wireValue();
        return new Handled(handled.response(), handled.report().withDetail(note));
    }

    /** At most 20 characters of a tag, anything but letters, digits, '-' and '_' shown as '?'. */
    static String printable(String tag) {
        String cut = tag.length() > 20 ? tag.substring(0, 20) + "…" : tag;
        return cut.replaceAll("[^A-Za-z0-9_\\-…]", "?");
    }

    private Handled start(SurveyState state, FormParameters form, String actionBase, String callSid) {
        Optional<String> dialStatus = form.nonBlank("DialCallStatus");
        if (dialStatus.isPresent() && !dialStatus.get().equals("completed")) {
            // A <Dial action> that did not connect: there is no conversation to ask about.
            return new Handled(SurveyTwiml.hangup(200), Report.skipped(NAME, callSid));
        }
        return new Handled(twiml.ask(state.ask(settings.questions().get(0)), actionBase, false),
                Report.builder(NAME, Outcome.SURVEY_STARTED).callSid(callSid).build());
    }

    private Handled answer(SurveyState state, SignedRequest request, String actionBase, CallSid callSid) {
        FormParameters form = request.parameters();
        SurveyQuestion question = state.question();
        Optional<String> keys = SurveyAnswers.read(question, state.language().spokenAnswers(),
                form.first("Digits").orElse(null), form.first("SpeechResult").orElse(null));
        if (keys.isEmpty()) {
            WebhookResponse response = state.attempt() <= MAX_REPROMPTS
                    ? twiml.ask(state.retry(), actionBase, true)
                    : next(state, actionBase);
            return new Handled(response, Report.builder(NAME, Outcome.INVALID_ANSWER).callSid(callSid.value())
                    .detail(question.wireValue() + " attempt " + state.attempt()).build());
        }
        SurveyState answered = state.answered(keys.get());
        Annotation annotation = SurveyAnswers.annotation(callSid, answered.answers());
        DeliveryOutcome outcome = delivery.deliver(annotation, request.deadline());
        return new Handled(next(answered, actionBase),
                Report.answered(NAME, annotation, question.wireValue(), outcome));
    }

    /** The question after the current one, or goodbye. */
    private WebhookResponse next(SurveyState state, String actionBase) {
        int index = settings.questions().indexOf(state.question());
        if (index < 0 || index + 1 >= settings.questions().size()) {
            return twiml.goodbye(state.language());
        }
        return twiml.ask(state.ask(settings.questions().get(index + 1)), actionBase, false);
    }

    /** The public URL of this route without query or fragment: where the next answer goes. */
    static String actionBase(String publicUrl) {
        int end = publicUrl.length();
        for (char c : new char[] {'?', '#'}) {
            int at = publicUrl.indexOf(c);
            if (at >= 0 && at < end) {
                end = at;
            }
        }
        return publicUrl.substring(0, end);
    }

    @Override
    public WebhookResponse refusal(int status, String reason) {
        return status >= 500 ? twiml.goodbye(settings.language()) : SurveyTwiml.hangup(status);
    }
}
