package com.callannotator.webhook;

import static java.util.Objects.requireNonNull;

import com.callannotator.survey.Step;
import com.callannotator.survey.SurveyLanguage;
import com.callannotator.survey.SurveyQuestion;
import com.callannotator.survey.SurveyScript;
import com.callannotator.survey.SurveySettings;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The TwiML the survey answers with, in the caller's language: a question, a question asked again, or goodbye.
 * {@code <Say>} carries the language's voice and tag; a {@code <Gather>} that takes speech carries the tag and the
 * language's speech hints. Thread-safe.
 */
final class SurveyTwiml {

    private final SurveySettings settings;
    /** Each language's script with the deployment's overrides, merged on first use (nothing is read at start-up). */
    private final Map<SurveyLanguage, SurveyScript> scripts = new ConcurrentHashMap<>();

    SurveyTwiml(SurveySettings settings) {
        this.settings = requireNonNull(settings, "settings == null");
    }

    /**
     * The TwiML of {@code step}.
     *
     * @param actionBase the public URL of {@code /survey}, without query: where an answer is posted
     */
    WebhookResponse render(Step step, String actionBase) {
        if (step instanceof Step.Ask ask) {
            return ask(ask, actionBase);
        }
        if (step instanceof Step.Goodbye goodbye) {
            return goodbye(goodbye.language());
        }
        return hangup(200);
    }

    /**
     * Asks a question. The {@code <Gather>} posts the answer to {@code actionBase?state}; an empty answer is posted
     * too ({@code actionOnEmptyResult}), and the {@code <Redirect>} after it catches the case where Twilio does not,
     * so a silent caller is asked again rather than dropped. Asked again, the retry prompt is said first.
     */
    private WebhookResponse ask(Step.Ask ask, String actionBase) {
        String action = actionBase + "?" + ask.state();
        SurveyLanguage language = ask.language();
        SurveyScript script = script(language);
        Twiml twiml = new Twiml();
        if (ask.again()) {
            twiml.say(script.retry(), sayAttributes(language));
        }
        twiml.gather(gatherAttributes(ask.question(), language, action))
                .say(script.prompt(ask.question()), sayAttributes(language))
                .endGather()
                .redirect(action);
        return WebhookResponse.twiml(200, twiml.toXml());
    }

    /** Thanks the caller in {@code language} and hangs up. */
    WebhookResponse goodbye(SurveyLanguage language) {
        return WebhookResponse.twiml(200, new Twiml().say(script(language).goodbye(), sayAttributes(language))
                .hangup().toXml());
    }

    /** Just {@code <Hangup/>}, with {@code status}. */
    static WebhookResponse hangup(int status) {
        return WebhookResponse.twiml(status, new Twiml().hangup().toXml());
    }

    private SurveyScript script(SurveyLanguage language) {
        return scripts.computeIfAbsent(language, settings::script);
    }

    private static Map<String, String> gatherAttributes(SurveyQuestion question, SurveyLanguage language,
            String action) {
        Optional<String> hints = language.spokenAnswers().hints(question);
        boolean speech = hints.isPresent();
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("input", speech ? "dtmf speech" : "dtmf");
        attributes.put("action", action);
        attributes.put("method", "POST");
        attributes.put("numDigits", speech ? "1" : null);
        attributes.put("finishOnKey", "#");
        attributes.put("timeout", "5");
        attributes.put("actionOnEmptyResult", "true");
        attributes.put("language", speech ? language.wireValue() : null);
        attributes.put("hints", hints.orElse(null));
        return attributes;
    }

    private Map<String, String> sayAttributes(SurveyLanguage language) {
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("voice", script(language).voice().orElse(null));
        attributes.put("language", language.wireValue());
        return attributes;
    }
}
