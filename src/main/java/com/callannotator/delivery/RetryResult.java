package com.callannotator.delivery;

import static java.util.Objects.requireNonNull;

import com.callannotator.annotation.DeliveryOutcome;
import com.callannotator.annotation.TwilioError;
import java.time.Duration;

/** What one round of attempts ended with. */
sealed interface RetryResult {

    /** Twilio decided: posted or rejected for good. */
    record Settled(DeliveryOutcome outcome) implements RetryResult {
        public Settled {
            requireNonNull(outcome, "outcome == null");
        }
    }

    /**
     * Not decided in this round: worth trying again later.
     *
     * @param reason why, for logs and the queue message
     * @param error Twilio's last error; null when Twilio never answered
     * @param attempts calls to Twilio made in this round
     * @param notBefore the least wait Twilio asked for ({@code Retry-After}); zero when none
     */
    record Unsettled(String reason, TwilioError error, int attempts, Duration notBefore) implements RetryResult {
        public Unsettled {
            requireNonNull(reason, "reason == null");
            requireNonNull(notBefore, "notBefore == null");
        }
    }
}
