package com.callannotator.survey;

import static java.util.Objects.requireNonNull;

/** What the caller hears next; the webhook renders it as TwiML. */
public sealed interface Step {

    /**
     * Ask {@code question} in {@code language}; the answer is posted back to the survey with {@code state} as the
     * action URL's query.
     *
     * @param again true when the question is asked again after an answer that was not valid
     */
    record Ask(SurveyQuestion question, SurveyLanguage language, String state, boolean again) implements Step {
        public Ask {
            requireNonNull(question, "question == null");
            requireNonNull(language, "language == null");
            requireNonNull(state, "state == null");
        }
    }

    /** Thank the caller in {@code language} and hang up. */
    record Goodbye(SurveyLanguage language) implements Step {
        public Goodbye {
            requireNonNull(language, "language == null");
        }
    }

    /** Hang up without a word: there is nothing to ask about. */
    record HangUp() implements Step {
    }
}
