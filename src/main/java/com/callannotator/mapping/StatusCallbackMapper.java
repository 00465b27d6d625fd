package com.callannotator.mapping;

import com.callannotator.annotation.Annotation;
import com.callannotator.annotation.ConnectivityIssue;
import java.util.Optional;

/**
 * Turns a Twilio voice status callback into the annotation it implies, or into nothing when it says nothing
 * ({@code initiated}, {@code ringing}, an answered call without AMD, a busy line). A pure function of the
 * {@link StatusCallback}; see FACTS-twilio.md §4 and the README's mapping table.
 */
public final class StatusCallbackMapper {

    private static final String FAILED_STIR_PREFIX = "TN-Validation-Failed";

    private final boolean spamOnFailedStir;

    /**
     * @param spamOnFailedStir mark inbound calls whose SHAKEN/STIR verification failed as spam
     */
    public StatusCallbackMapper(boolean spamOnFailedStir) {
        this.spamOnFailedStir = spamOnFailedStir;
    }

    /** The annotation the callback implies; empty when there is nothing to annotate. */
    public Optional<Annotation> map(StatusCallback callback) {
        Annotation annotation = Annotation.builder(callback.callSid())
                .answeredBy(callback.answeredBy().flatMap(AnsweringMachineDetection::answeredBy).orElse(null))
                .connectivityIssue(connectivityIssue(callback).orElse(null))
                .spam(isSpam(callback) ? Boolean.TRUE : null)
                .build();
        return annotation.isEmpty() ? Optional.empty() : Optional.of(annotation);
    }

    private static Optional<ConnectivityIssue> connectivityIssue(StatusCallback callback) {
        String status = callback.callStatus();
        Integer errorCode = callback.errorCode().orElse(null);
        Integer sipCode = callback.sipResponseCode().orElse(null);
        for (ConnectivityRule rule : ConnectivityRule.TABLE) {
            if (rule.matchesError(status, errorCode)) {
                return Optional.of(rule.issue());
            }
        }
        for (ConnectivityRule rule : ConnectivityRule.TABLE) {
            if (rule.matchesSip(status, sipCode)) {
                return Optional.of(rule.issue());
            }
        }
        return Optional.empty();
    }

    private boolean isSpam(StatusCallback callback) {
        return spamOnFailedStir
                && callback.direction().filter("inbound"::equals).isPresent()
                && callback.stirVerstat().filter(v -> v.startsWith(FAILED_STIR_PREFIX)).isPresent();
    }
}
