package com.callannotator.delivery;

import static java.util.Objects.requireNonNull;

import com.callannotator.credentials.CredentialsSource;
import com.callannotator.twilio.InsightsClient;
import java.util.Optional;

/**
 * The parts delivery is made of, built once per execution environment.
 *
 * @param client the Insights client
 * @param credentials the Twilio credentials
 * @param queue the retry queue; empty when none is configured (then an unsettled annotation fails)
 * @param log where unsent annotations are logged whole
 * @param policy how hard to try
 * @param timing the clock, sleeps and jitter
 */
public record DeliverySetup(InsightsClient client, CredentialsSource credentials, Optional<RetryQueue> queue,
        DeliveryLog log, RetryPolicy policy, Timing timing) {

    public DeliverySetup {
        requireNonNull(client, "client == null");
        requireNonNull(credentials, "credentials == null");
        requireNonNull(queue, "queue == null");
        requireNonNull(log, "log == null");
        requireNonNull(policy, "policy == null");
        requireNonNull(timing, "timing == null");
    }

    RetryLoop loop() {
        return new RetryLoop(client, credentials, policy, timing);
    }
}
