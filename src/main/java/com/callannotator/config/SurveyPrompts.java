package com.callannotator.config;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.callannotator.survey.ScriptPart;
import com.callannotator.survey.SurveyLanguage;
import com.fasterxml.jackson.jr.ob.JSON;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * Reads {@code SURVEY_PROMPTS}: per language, the script parts a deployment says differently, as a JSON object
 * {@code {"es-US": {"voice": "Polly.Pedro-Neural", "goodbye": "¡Hasta luego!"}}}. The value is that JSON itself,
 * or the name of a JSON file packaged with the function (a class-path resource such as {@code survey-prompts.json}
 * from {@code src/main/resources}), or a file path. A file avoids Lambda's 4 KB limit on all environment variables.
 *
 * <p>Every problem is reported, none stops the reading of the rest: an unknown language or key, a value that is not
 * text, and each {@link ScriptPart#problem} (empty, over 4,096 characters, a prompt naming some keys but not all).
 */
final class SurveyPrompts {

    static final String SURVEY_PROMPTS = "SURVEY_PROMPTS";

    private SurveyPrompts() {
    }

    /** The valid overrides by language; problems go to {@code settings}. */
    static Map<SurveyLanguage, Map<ScriptPart, String>> read(Settings settings) {
        Map<SurveyLanguage, Map<ScriptPart, String>> overrides = new EnumMap<>(SurveyLanguage.class);
        Optional<String> value = settings.text(SURVEY_PROMPTS);
        if (value.isEmpty()) {
            return overrides;
        }
        Optional<String> json = value.get().startsWith("{") ? value : file(value.get(), settings);
        if (json.isEmpty()) {
            return overrides;
        }
        Map<String, Object> languages;
        try {
            languages = JSON.std.mapFrom(json.get());
        } catch (IOException | RuntimeException e) {
            settings.problem(SURVEY_PROMPTS + " must be a JSON object of languages: " + firstLine(e.getMessage()));
            return overrides;
        }
        languages.forEach((tag, parts) -> SurveyLanguage.fromWireValue(tag).ifPresentOrElse(
                language -> overrides.put(language, parts(language, parts, settings)),
                () -> settings.problem(SURVEY_PROMPTS + " language must be one of " + SurveyLanguage.accepted()
                        + ": " + tag)));
        return overrides;
    }

    private static Map<ScriptPart, String> parts(SurveyLanguage language, Object value, Settings settings) {
        String where = SURVEY_PROMPTS + " " + language.wireValue();
        Map<ScriptPart, String> parts = new EnumMap<>(ScriptPart.class);
        if (!(value instanceof Map<?, ?> map)) {
            settings.problem(where + " must be an object with keys out of " + ScriptPart.accepted());
            return parts;
        }
        map.forEach((key, text) -> {
            Optional<ScriptPart> part = ScriptPart.fromWireValue(String.valueOf(key));
            if (part.isEmpty()) {
                settings.problem(where + " key must be one of " + ScriptPart.accepted() + ": " + key);
            } else if (!(text instanceof String string)) {
                settings.problem(where + " " + key + " must be text");
            } else {
                part.get().problem(string).ifPresentOrElse(problem -> settings.problem(where + " " + key + " "
                        + problem), () -> parts.put(part.get(), string));
            }
        });
        return parts;
    }

    /** The text of a packaged resource, else of a file; empty (with a problem) when neither exists. */
    private static Optional<String> file(String name, Settings settings) {
        String resource = name.startsWith("/") ? name.substring(1) : name;
        try (InputStream in = SurveyPrompts.class.getClassLoader().getResourceAsStream(resource)) {
            if (in != null) {
                return Optional.of(new String(in.readAllBytes(), UTF_8));
            }
            Path path = Path.of(name);
            if (Files.isRegularFile(path)) {
                return Optional.of(Files.readString(path, UTF_8));
            }
            settings.problem(SURVEY_PROMPTS + " must be JSON or name a JSON file in the package: " + name);
        } catch (IOException | RuntimeException e) {
            settings.problem(SURVEY_PROMPTS + " cannot read " + name + ": " + e.getMessage());
        }
        return Optional.empty();
    }

    private static String firstLine(String message) {
        String text = message == null ? "" : message;
        int end = text.indexOf('\n');
        return end < 0 ? text : text.substring(0, end);
    }
}
