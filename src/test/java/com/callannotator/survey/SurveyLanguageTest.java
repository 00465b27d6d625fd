package com.callannotator.survey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** The eight built-in languages: their files, prompts, voices and spoken words. */
final class SurveyLanguageTest {

    @ParameterizedTest(name = "{0}")
    @EnumSource(SurveyLanguage.class)
    void builtIn_everyPart_passesTheChecksOverridesMeet(SurveyLanguage language) {
        SurveyScript script = BuiltInLanguage.load(language).script();

        for (ScriptPart part : ScriptPart.values()) {
            assertEquals(Optional.empty(), part.problem(script.parts().get(part)), language + " " + part);
        }
        assertTrue(language.spokenAnswers().hints(SurveyQuestion.SCORE).isPresent());
        assertEquals(Optional.empty(), language.spokenAnswers().hints(SurveyQuestion.QUALITY));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
        "en-US, Polly.Joanna", "en-GB, Polly.Amy-Neural", "es-US, Polly.Lupe-Neural", "es-MX, Polly.Mia-Neural",
        "fr-CA, Polly.Gabrielle-Neural", "fr-FR, Polly.Lea-Neural", "pt-BR, Polly.Camila-Neural",
        "de-DE, Polly.Vicki-Neural"})
    void builtIn_voice_isAPollyVoiceTwilioOffersForTheLanguage(String tag, String voice) {
        assertEquals(Optional.of(voice), SurveyLanguage.fromWireValue(tag).orElseThrow().script().voice());
    }

    @ParameterizedTest(name = "{0}: {1} {2} {3} {4} {5}")
    @CsvSource({
        "en-US, one, two, three, four, five", "en-GB, one, two, three, four, five",
        "es-US, uno, dos, tres, cuatro, cinco", "es-MX, uno, dos, tres, cuatro, cinco",
        "fr-CA, un, deux, trois, quatre, cinq", "fr-FR, un, deux, trois, quatre, cinq",
        "pt-BR, um, dois, três, quatro, cinco", "de-DE, eins, zwei, drei, vier, fünf"})
    void spokenAnswers_numbersOneToFive_areScores(String tag, String one, String two, String three, String four,
            String five) {
        SpokenAnswers spoken = SurveyLanguage.fromWireValue(tag).orElseThrow().spokenAnswers();
        String[] words = {one, two, three, four, five};

        for (int score = 1; score <= 5; score++) {
            assertEquals(Optional.of(String.valueOf(score)), spoken.keypadFor(SurveyQuestion.SCORE, words[score - 1]),
                    tag + " " + words[score - 1]);
            assertEquals(Optional.of(String.valueOf(score)), spoken.keypadFor(SurveyQuestion.SCORE, score + "."));
        }
    }

    @ParameterizedTest(name = "{0} {1}: \"{2}\" -> {3}")
    @CsvSource(delimiter = '|', nullValues = "none", value = {
        "es-US | spam | sí | 1", "es-US | spam | SI | 1", "es-US | spam | no | 2", "es-US | spam | No, no. | 2",
        "es-US | spam | no sé | none", "es-US | spam | no, sí | none", "es-US | score | pésimo | 1",
        "es-US | score | PESIMO | 1", "es-US | score | no | none",
        "pt-BR | spam | não | 2", "pt-BR | spam | nao | 2", "pt-BR | spam | não, não foi | none",
        "pt-BR | score | péssimo | 1", "pt-BR | score | tres | 3",
        "fr-FR | score | très mauvais | 1", "fr-FR | score | pas mal | none", "fr-FR | score | Médiocre | 2",
        "fr-CA | spam | non | 2", "fr-CA | spam | non, pas du tout | none",
        "de-DE | score | funf | 5", "de-DE | score | MITTELMASSIG | 3", "de-DE | spam | kein Spam | none",
        "en-US | score | not bad | none", "en-US | spam | no | 2", "en-US | score | five not | none"})
    void spokenAnswers_accentsCaseAndNegations(String tag, String question, String speech, String expected) {
        SpokenAnswers spoken = SurveyLanguage.fromWireValue(tag).orElseThrow().spokenAnswers();

        assertEquals(Optional.ofNullable(expected),
                spoken.keypadFor(SurveyQuestion.fromWireValue(question).orElseThrow(), speech));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(nullValues = "none", value = {"es-US, es-US", "es-us, es-US", "ES-US, es-US", "' de-DE ', de-DE",
        "es, none", "es_US, none", "it-IT, none", "'', none"})
    void fromWireValue_anyLetterCase(String tag, String expected) {
        assertEquals(Optional.ofNullable(expected), SurveyLanguage.fromWireValue(tag).map(SurveyLanguage::wireValue));
    }

    @Test
    void fold_dropsAccentsCaseAndEszett() {
        assertEquals("si nao francais mittelmassig", SpokenAnswers.fold("Sí NÃO Français mittelmäßig"));
    }
}
