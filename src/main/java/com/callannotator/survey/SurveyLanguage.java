package com.callannotator.survey;

import com.callannotator.annotation.WireValue;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A language the survey speaks and understands, named by its BCP 47 tag in settings and in the survey's
 * {@code language} query parameter ({@code /survey?language=es-US}).
 *
 * <p>Each language's prompts, voice and spoken-answer words are data, in {@code languages/<tag>.properties} next to
 * this class, read the first time the language is used. Keys work the same in every language.
 */
public enum SurveyLanguage implements WireValue {
    EN_US("en-US"),
    EN_GB("en-GB"),
    ES_US("es-US"),
    ES_MX("es-MX"),
    FR_CA("fr-CA"),
    FR_FR("fr-FR"),
    PT_BR("pt-BR"),
    DE_DE("de-DE");

    private static final Map<String, SurveyLanguage> BY_FOLDED_TAG = Map.of(
            "en-us", EN_US, "en-gb", EN_GB, "es-us", ES_US, "es-mx", ES_MX,
            "fr-ca", FR_CA, "fr-fr", FR_FR, "pt-br", PT_BR, "de-de", DE_DE);

    private final String tag;

    SurveyLanguage(String tag) {
        this.tag = tag;
    }

    /** The tag in Twilio's {@code language} attributes, e.g. {@code es-US}. */
    @Override
    public String wireValue() {
        return tag;
    }

    /** Parses a tag in any letter case ({@code es-us} is {@code es-US}); empty for anything else. */
    public static Optional<SurveyLanguage> fromWireValue(String value) {
        return value == null ? Optional.empty()
                : Optional.ofNullable(BY_FOLDED_TAG.get(value.trim().toLowerCase(Locale.ROOT)));
    }

    /** The accepted tags, for error messages. */
    public static String accepted() {
        return WireValue.accepted(SurveyLanguage.class);
    }

    /** What the caller hears in this language, before any override; loaded on first use. */
    public SurveyScript script() {
        return BuiltInLanguage.of(this).script();
    }

    /** How spoken answers are understood in this language; loaded on first use. */
    public SpokenAnswers spokenAnswers() {
        return BuiltInLanguage.of(this).spokenAnswers();
    }
}
