package com.callannotator.webhook;

import static java.util.Objects.requireNonNull;

import com.callannotator.config.SurveySettings;
import com.callannotator.mapping.SurveyQuestion;
import java.util.LinkedHashMap;
import java.util.Map;

/** The TwiML the survey answers with: a question, a question asked again, or goodbye. */
final class SurveyTwiml {

    /** Speech hints for each question that takes speech (Twilio's {@code <Gather hints>}). */
    private static final Map<SurveyQuestion, String> HINTS = Map.of(
            SurveyQuestion.SCORE, "one, two, three, four, five, excellent, good, fair, poor, bad",
            SurveyQuestion.SPAM, "yes, no");

    private final SurveySettings settings;

    SurveyTwiml(SurveySettings settings) {
        this.settings = requireNonNull(settings, "settings == null");
    }

    /**
     * Asks {@code state}'s question. The {@code <Gather>} posts the answer to {@code actionBase?state}; an empty
     * answer is posted too ({@code actionOnEmptyResult}), and the {@code <Redirect>} after it catches the case where
     * Twilio does not, so a silent caller is asked again rather than dropped.
     *
     * @param actionBase the public URL of {@code /survey}, without query
     * @param again true to say the retry prompt first
     */
    WebhookResponse ask(SurveyState state, String actionBase, boolean again) {
        String action = actionBase + "?" + state.query();
        Twiml twiml = new Twiml();
        if (again) {
            twiml.say(settings.retryPrompt(), sayAttributes());
        }
        twiml.gather(gatherAttributes(state.question(), action))
                .say(settings.prompts().get(state.question()), sayAttributes())
                .endGather()
                .redirect(action);
        return WebhookResponse.twiml(200, twiml.toXml());
    }

    /** Thanks the caller and hangs up. */
    WebhookResponse goodbye() {
        return WebhookResponse.twiml(200, new Twiml().say(settings.goodbye(), sayAttributes()).hangup().toXml());
    }

    /** Just {@code <Hangup/>}, with {@code status}. */
    static WebhookResponse hangup(int status) {
        return WebhookResponse.twiml(status, new Twiml().hangup().toXml());
    }

    private Map<String, String> gatherAttributes(SurveyQuestion question, String action) {
        boolean speech = HINTS.containsKey(question);
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("input", speech ? "dtmf speech" : "dtmf");
        attributes.put("action", action);
        attributes.put("method", "POST");
        attributes.put("numDigits", speech ? "1" : null);
        attributes.put("finishOnKey", "#");
        attributes.put("timeout", "5");
        attributes.put("actionOnEmptyResult", "true");
        attributes.put("language", speech ? settings.language() : null);
        attributes.put("hints", HINTS.get(question));
        return attributes;
    }

    private Map<String, String> sayAttributes() {
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("voice", settings.voice().orElse(null));
        attributes.put("language", settings.language());
        return attributes;
    }
}
