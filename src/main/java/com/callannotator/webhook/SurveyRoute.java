package com.callannotator.webhook;

import static java.util.Objects.requireNonNull;

import com.callannotator.delivery.AnnotationDelivery;
import com.callannotator.delivery.Deadline;
import com.callannotator.delivery.DeliveryOutcome;
import com.callannotator.survey.SurveyCallback;
import com.callannotator.survey.SurveyFlow;
import com.callannotator.survey.SurveySettings;
import com.callannotator.survey.Turn;
import java.util.List;
import java.util.Set;

/**
 * {@code POST /survey}: the post-call IVR survey, whose flow is {@link SurveyFlow}'s. This route reads the request,
 * posts each valid answer, and answers with TwiML: the next question, the same question again, or goodbye, whatever
 * became of the annotation. A failure inside answers goodbye with {@code 200}, so a caller never hears "an
 * application error has occurred"; a request that is not Twilio's (bad signature, wrong method, type or size) gets
 * its honest 4xx status with a {@code <Hangup/>} body.
 */
final class SurveyRoute implements Route {

    static final String NAME = "/survey";

    private final SurveySettings settings;
    private final SurveyFlow flow;
    private final AnnotationDelivery delivery;
    private final SurveyTwiml twiml;

    SurveyRoute(SurveySettings settings, AnnotationDelivery delivery) {
        this.settings = requireNonNull(settings, "settings == null");
        this.flow = new SurveyFlow(settings);
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
        Turn turn = flow.take(request.query()::first, SurveyCallback.from(request.parameters()::first));
        Report report = report(turn.result(), request.deadline());
        WebhookResponse response = twiml.render(turn.next(), actionBase(request.request().publicUrl()));
        return new Handled(response, turn.note().map(note -> noted(report, note)).orElse(report));
    }

    /** The log line of {@code result}; an answer is posted first, so the line says what became of it. */
    private Report report(Turn.Result result, Deadline deadline) {
        if (result instanceof Turn.Answered answered) {
            DeliveryOutcome outcome = delivery.deliver(answered.annotation(), deadline);
            return Report.answered(answered.annotation(), answered.answer().question().wireValue(), outcome);
        }
        if (result instanceof Turn.InvalidAnswer invalid) {
            return new Report(NAME, invalid.callSid(), List.of(), "invalid_answer", 0, 0, 0,
                    invalid.question().wireValue() + " attempt " + invalid.attempt());
        }
        if (result instanceof Turn.Started started) {
            return new Report(NAME, started.callSid(), List.of(), "survey_started", 0, 0, 0, "");
        }
        if (result instanceof Turn.NotConnected notConnected) {
            return Report.skipped(NAME, notConnected.callSid());
        }
        return Report.refused(NAME, "invalid", ((Turn.Invalid) result).reason());
    }

    private static Report noted(Report report, String note) {
        return report.withOutcome(report.outcome(), report.detail().isEmpty() ? note : report.detail() + "; " + note);
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
