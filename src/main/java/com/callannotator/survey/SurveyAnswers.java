package com.callannotator.survey;

import com.callannotator.annotation.Annotation;
import com.callannotator.annotation.CallSid;
import java.util.Collection;
import java.util.Optional;

/**
 * Reads a survey caller's answer, given on the keypad ({@code Digits}) or spoken ({@code SpeechResult}), and turns
 * the answers so far into an annotation.
 *
 * <p>A spoken answer is reduced to its keypad form (a spoken "five" or "cinco" becomes {@code 5}, "yes" or "sí"
 * becomes {@code 1}) and then judged like keys, by {@link Answer#fromKeys}.
 */
final class SurveyAnswers {

    private SurveyAnswers() {
    }

    /**
     * The answer the caller gave to {@code question}; empty when it is not a valid one. Digits win over speech.
     *
     * @param spoken how speech is understood in the caller's language
     */
    public static Optional<Answer> read(SurveyQuestion question, SpokenAnswers spoken, GatherResult gathered) {
        String keys = gathered.digits().trim();
        if (keys.isEmpty()) {
            return spoken.keypadFor(question, gathered.speech()).flatMap(heard -> Answer.fromKeys(question, heard));
        }
        return Answer.fromKeys(question, keys);
    }

    /** The annotation of {@code callSid} holding every answer given so far. */
    public static Annotation annotation(CallSid callSid, Collection<Answer> answers) {
        Annotation.Builder builder = Annotation.builder(callSid);
        answers.forEach(answer -> answer.fill(builder));
        return builder.build();
    }
}
