package com.callannotator.webhook;

import static com.callannotator.webhook.SignedRequests.CALL;
import static com.callannotator.webhook.SignedRequests.HOST;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.callannotator.annotation.Deadline;
import com.callannotator.survey.SurveyLanguage;
import com.callannotator.survey.SurveyQuestion;
import com.callannotator.survey.SurveyScript;
import com.callannotator.testutils.InsightsStandIn;
import com.callannotator.testutils.QuietCallAnnotator;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A survey in every built-in language, through the function's own composition root, posting to the local
 * Insights stand-in: keypad and speech; valid, invalid and negated answers; the TwiML's voice and language.
 */
final class SurveyLanguagesTest {

    private static final String FORM = "AccountSid=" + InsightsStandIn.ACCOUNT_SID + "&CallSid=" + CALL
            + "&CallStatus=in-progress";

    @RegisterExtension
    final InsightsStandIn insights = InsightsStandIn.forEachTest();
    private WebhookService webhook;

    @BeforeEach
    void start() {
        webhook = QuietCallAnnotator.from(insights.localEnvironment()).webhook().service();
    }

    @ParameterizedTest(name = "{0}: keypad 4, 13, 1")
    @CsvSource({
        "en-US, Polly.Joanna", "en-GB, Polly.Amy-Neural", "es-US, Polly.Lupe-Neural", "es-MX, Polly.Mia-Neural",
        "fr-CA, Polly.Gabrielle-Neural", "fr-FR, Polly.Lea-Neural", "pt-BR, Polly.Camila-Neural",
        "de-DE, Polly.Vicki-Neural"})
    void keypadSurvey_everyLanguage_asksInItsVoiceAndPostsEveryAnswer(String tag, String voice) {
        SurveyScript script = SurveyLanguage.fromWireValue(tag).orElseThrow().script();
        String say = "<Say voice=\"" + voice + "\" language=\"" + tag + "\">";

        String start = post("/survey?language=" + tag, "");
        String score = post("/survey?question=score&language=" + tag, "&Digits=4");
        String quality = post("/survey?question=quality&language=" + tag + "&score=4", "&Digits=31");
        String spam = post("/survey?question=spam&language=" + tag + "&score=4&quality=13", "&Digits=1");

        assertTrue(start.contains("<Gather input=\"dtmf speech\" action=\"" + HOST + "/survey?question=score&amp;"
                + "language=" + tag + "\""), start);
        assertTrue(start.contains("language=\"" + tag + "\" hints=\""), start);
        assertTrue(start.contains(say + xml(script.prompt(SurveyQuestion.SCORE)) + "</Say></Gather>"), start);
        assertTrue(score.contains(say + xml(script.prompt(SurveyQuestion.QUALITY)) + "</Say>"), score);
        assertTrue(score.contains("?question=quality&amp;language=" + tag + "&amp;score=4\""), score);
        assertTrue(quality.contains("?question=spam&amp;language=" + tag + "&amp;score=4&amp;quality=13\""), quality);
        assertEquals(Twiml.DECLARATION + "<Response>" + say + xml(script.goodbye()) + "</Say><Hangup/></Response>",
                spam);
        assertEquals(List.of(posted(Map.of("CallScore", "4")),
                posted(Map.of("CallScore", "4", "QualityIssues", "low_volume,echo")),
                posted(Map.of("CallScore", "4", "QualityIssues", "low_volume,echo", "Spam", "true"))),
                insights.posts());
    }

    @ParameterizedTest(name = "{0}: score \"{1}\" = {2}, spam \"{3}\" = {4}")
    @CsvSource(delimiter = '|', value = {
        "en-US | Excellent. | 5 | Yes. | true", "en-US | poor | 2 | no | false",
        "en-GB | Brilliant! | 5 | nope | false",
        "es-US | Cinco. | 5 | Sí. | true", "es-US | Muy malo | 1 | No. | false",
        "es-MX | bueno | 4 | si | true", "es-MX | REGULAR | 3 | no, no | false",
        "fr-CA | Excellent! | 5 | Oui. | true", "fr-CA | médiocre | 2 | non | false",
        "fr-FR | quatre | 4 | ouais | true", "fr-FR | C'était mauvais | 1 | Non. | false",
        "pt-BR | Ótimo! | 5 | Sim. | true", "pt-BR | ruim | 1 | Não. | false",
        "de-DE | Fünf. | 5 | Ja. | true", "de-DE | Mittelmäßig | 3 | Nein. | false"})
    void spokenSurvey_everyLanguage_understandsItsWords(String tag, String score, String key, String spam,
            String isSpam) {
        String afterScore = post("/survey?question=score&language=" + tag, "&SpeechResult=" + form(score));
        String afterSpam = post("/survey?question=spam&language=" + tag + "&score=" + key,
                "&SpeechResult=" + form(spam));

        assertTrue(afterScore.contains("?question=quality&amp;language=" + tag + "&amp;score=" + key + "\""),
                afterScore);
        assertTrue(afterSpam.contains("<Hangup/>"), afterSpam);
        assertEquals(List.of(posted(Map.of("CallScore", key)), posted(Map.of("CallScore", key, "Spam", isSpam))),
                insights.posts());
    }

    @ParameterizedTest(name = "{0}: \"{2}\" to {1} is asked again")
    @CsvSource(delimiter = '|', value = {
        "en-US | score | not bad", "en-US | spam | don't know", "en-US | score | banana",
        "en-GB | score | not great", "en-GB | score | 6",
        "es-US | score | no está mal", "es-US | spam | no sé", "es-US | score | plátano",
        "es-MX | score | nada mal", "es-MX | spam | sí o no",
        "fr-CA | score | pas mal", "fr-CA | spam | je ne sais pas", "fr-CA | score | banane",
        "fr-FR | score | ce n'était pas mauvais", "fr-FR | score | bon ou mauvais",
        "pt-BR | score | não é ruim", "pt-BR | spam | não sei", "pt-BR | score | banana",
        "de-DE | score | nicht schlecht", "de-DE | spam | weiß nicht", "de-DE | score | Banane"})
    void spokenAnswer_invalidOrNegated_isAskedAgainInTheLanguage(String tag, String question, String speech) {
        SurveyScript script = SurveyLanguage.fromWireValue(tag).orElseThrow().script();
        String say = "<Say voice=\"" + script.voice().orElseThrow() + "\" language=\"" + tag + "\">";

        String response = post("/survey?question=" + question + "&language=" + tag,
                "&SpeechResult=" + form(speech));

        assertTrue(response.startsWith(Twiml.DECLARATION + "<Response>" + say + xml(script.retry()) + "</Say>"
                + "<Gather input=\"dtmf speech\" action=\"" + HOST + "/survey?question=" + question
                + "&amp;attempt=2&amp;language=" + tag + "\""), response);
        assertEquals(List.of(), insights.posts());
    }

    @ParameterizedTest(name = "{0}: keys {1} to {2} are asked again")
    @CsvSource({"es-US, score, 9", "fr-CA, quality, 08", "pt-BR, spam, 3", "de-DE, score, *"})
    void keypadAnswer_invalid_isAskedAgainInTheLanguage(String tag, String question, String keys) {
        String response = post("/survey?question=" + question + "&language=" + tag,
                "&Digits=" + form(keys));

        assertTrue(response.contains("action=\"" + HOST + "/survey?question=" + question + "&amp;attempt=2&amp;"
                + "language=" + tag + "\""), response);
        assertTrue(response.contains(xml(SurveyLanguage.fromWireValue(tag).orElseThrow().script().retry())),
                response);
        assertEquals(List.of(), insights.posts());
    }

    @Test
    void start_unknownLanguage_fallsBackToTheDefaultAndSaysSoInTheLog() {
        Handled handled = webhook.handle(SignedRequests.form("/survey?language=xx-XX", FORM), Deadline.NONE);

        assertEquals(200, handled.response().status());
        assertTrue(handled.response().body().contains("?question=score&amp;language=en-US\""),
                handled.response().body());
        assertTrue(handled.response().body().contains("<Say voice=\"Polly.Joanna\" language=\"en-US\">"),
                handled.response().body());
        assertEquals("survey_started", handled.report().outcome().logName());
        assertEquals("language xx-XX is not built in; spoke en-US", handled.report().detail());
    }

    @Test
    void answer_unknownLanguageWithOddCharacters_isLoggedSafelyAndStillPosted() {
        Handled handled = webhook.handle(SignedRequests.form("/survey?question=score&language=%3Cscript%3E", FORM
                + "&Digits=5"), Deadline.NONE);

        assertTrue(handled.response().body().contains("language=en-US&amp;score=5\""), handled.response().body());
        assertEquals("language ?script? is not built in; spoke en-US", handled.report().detail());
        assertEquals(List.of(posted(Map.of("CallScore", "5"))), insights.posts());
    }

    @Test
    void start_languageInAnyCase_isTheBuiltInOne() {
        String response = post("/survey?language=ES-us", "");

        assertTrue(response.contains("?question=score&amp;language=es-US\""), response);
        assertTrue(response.contains("<Say voice=\"Polly.Lupe-Neural\" language=\"es-US\">"), response);
    }

    private String post(String pathAndQuery, String answer) {
        return webhook.handle(SignedRequests.form(pathAndQuery, FORM + answer), Deadline.NONE).response().body();
    }

    private static InsightsStandIn.RecordedPost posted(Map<String, String> fields) {
        return new InsightsStandIn.RecordedPost(CALL, fields, InsightsStandIn.ACCOUNT_SID);
    }

    private static String form(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String xml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&apos;");
    }
}
