package com.callannotator.mapping;

import com.callannotator.annotation.Annotation;
import com.callannotator.annotation.CallSid;
import com.callannotator.annotation.ConnectivityIssue;
import java.util.Optional;

/**
 * Turns a Twilio voice status callback into the annotation it implies, or into nothing when it says nothing
 * ({@code initiated}, {@code ringing}, an answered call without AMD, a busy line).
 *
 * <p>Reads {@code AnsweredBy}, {@code CallStatus}, {@code ErrorCode}, {@code SipResponseCode}, {@code Direction}
 * and {@code StirVerstat}; see FACTS-twilio.md §4 and the README's mapping table.
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
    public Optional<Annotation> map(CallSid callSid, FormParameters callback) {
        Annotation.Builder annotation = Annotation.builder(callSid)
                .answeredBy(callback.first("AnsweredBy").flatMap(AnsweringMachineDetection::answeredBy).orElse(null))
                .connectivityIssue(connectivityIssue(callback).orElse(null))
                .spam(isSpam(callback) ? Boolean.TRUE : null);
        Annotation built = annotation.build();
        return built.isEmpty() ? Optional.empty() : Optional.of(built);
    }

    private static Optional<ConnectivityIssue> connectivityIssue(FormParameters callback) {
        String status = callback.first("CallStatus").orElse("");
        Integer errorCode = integer(callback, "ErrorCode");
        Integer sipCode = integer(callback, "SipResponseCode");
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

    private boolean isSpam(FormParameters callback) {
        return spamOnFailedStir
                && callback.first("Direction").filter("inbound"::equals).isPresent()
                && callback.first("StirVerstat").filter(v -> v.startsWith(FAILED_STIR_PREFIX)).isPresent();
    }

    private static Integer integer(FormParameters callback, String name) {
        return callback.nonBlank(name).map(value -> {
            try {
                return Integer.valueOf(value);
            } catch (NumberFormatException e) {
                return null;
            }
        }).orElse(null);
    }
}
