package com.callannotator.survey;

import static java.util.Objects.requireNonNull;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The post-call survey a deployment runs: which questions, in which order, the default language, and what each
 * language's caller hears where the deployment overrides the built-in words (see docs/survey.md). Read from the
 * environment by {@code config}; the survey itself knows nothing of where settings come from.
 *
 * @param questions the questions in the order asked; never empty, no repeats
 * @param language the language of a survey whose URL names none (or one that is not built in)
 * @param overrides the parts of each language's script the deployment replaces; validated. Languages without
 *     overrides are left out, so equal settings are equal records however they were written.
 */
public record SurveySettings(List<SurveyQuestion> questions, SurveyLanguage language,
        Map<SurveyLanguage, Map<ScriptPart, String>> overrides) {

    public SurveySettings {
        questions = List.copyOf(questions);
        if (questions.isEmpty()) {
            throw new IllegalArgumentException("questions is empty");
        }
        if (questions.stream().distinct().count() != questions.size()) {
            throw new IllegalArgumentException("questions repeat: " + questions);
        }
        requireNonNull(language, "language == null");
        Map<SurveyLanguage, Map<ScriptPart, String>> copy = new EnumMap<>(SurveyLanguage.class);
        overrides.forEach((tag, parts) -> {
            if (!parts.isEmpty()) {
                copy.put(tag, Map.copyOf(parts));
            }
        });
        overrides = Map.copyOf(copy);
    }

    /** The built-in defaults: score, quality, spam, in American English, nothing overridden. */
    public static SurveySettings defaults() {
        return new SurveySettings(List.of(SurveyQuestion.values()), SurveyLanguage.EN_US, Map.of());
    }

    /** What a caller in {@code language} hears: the built-in script with this deployment's overrides. */
    public SurveyScript script(SurveyLanguage language) {
        return language.script().with(overrides.getOrDefault(language, Map.of()));
    }

    /** The first question asked. */
    public SurveyQuestion first() {
        return questions.get(0);
    }

    /** The question asked after {@code question}; empty after the last. */
    public Optional<SurveyQuestion> after(SurveyQuestion question) {
        int index = questions.indexOf(question);
        return index < 0 || index + 1 >= questions.size() ? Optional.empty()
                : Optional.of(questions.get(index + 1));
    }
}
