package com.callannotator.delivery;

import static java.util.Objects.requireNonNull;

import com.callannotator.annotation.Annotation;
import com.callannotator.annotation.Deadline;
import com.callannotator.annotation.DeliveryOutcome;
import com.callannotator.annotation.TwilioError;
import com.callannotator.credentials.CredentialsException;
import com.callannotator.credentials.CredentialsSource;
import com.callannotator.credentials.TwilioCredentials;
import com.callannotator.twilio.InsightsAnswer;
import com.callannotator.twilio.InsightsClient;
import com.callannotator.twilio.RetryAfter;
import com.callannotator.twilio.Verdict;
import java.io.IOException;
import java.time.Duration;

/**
 * One round of attempts to post an annotation, within a deadline: retries what is transient with exponential
 * backoff and full jitter (honouring {@code Retry-After}), re-reads the credentials once after a {@code 401}, and
 * stops at the first verdict that waiting seconds cannot change. Thread-safe.
 */
final class RetryLoop {

    private final InsightsClient client;
    private final CredentialsSource credentials;
    private final RetryPolicy policy;
    private final Timing timing;

    RetryLoop(InsightsClient client, CredentialsSource credentials, RetryPolicy policy, Timing timing) {
        this.client = requireNonNull(client, "client == null");
        this.credentials = requireNonNull(credentials, "credentials == null");
        this.policy = requireNonNull(policy, "policy == null");
        this.timing = requireNonNull(timing, "timing == null");
    }

    RetryResult run(Annotation annotation, Deadline deadline) {
        Round round = new Round();
        try {
            round.using = credentials.current(deadline.at());
        } catch (CredentialsException e) {
            return new RetryResult.Unsettled("credentials unavailable: " + e.getMessage(), null, 0, Duration.ZERO);
        }
        RetryResult result = null;
        while (result == null) {
            result = attempt(annotation, round, deadline);
        }
        return result;
    }

    /** One call to Twilio if attempts and time are left: null to try again, else how the round ends. */
    private RetryResult attempt(Annotation annotation, Round round, Deadline deadline) {
        Duration left = deadline.remaining(timing.clock());
        if (round.outOfAttempts(policy) || left.compareTo(policy.minAttemptTime()) < 0) {
            return round.giveUp();
        }
        round.attempts++;
        InsightsAnswer answer;
        try {
            answer = client.update(annotation, round.using, left);
        } catch (IOException e) {
            round.lastReason = "Twilio did not answer: " + e.getClass().getSimpleName();
            round.lastError = null;
            return waitBeforeRetry(round, Duration.ZERO, deadline);
        }
        if (answer instanceof InsightsAnswer.Stored stored) {
            return settled(new DeliveryOutcome.Posted(stored.annotation(), round.attempts));
        }
        return onRefusal(round, (InsightsAnswer.Refused) answer, deadline);
    }

    /** Decides after Twilio refused: null to try again, else how the round ends. */
    private RetryResult onRefusal(Round round, InsightsAnswer.Refused refused, Deadline deadline) {
        TwilioError error = refused.error();
        round.lastError = error;
        round.lastReason = "Twilio answered " + error.status() + " (code " + error.code() + ")";
        return switch (Verdict.of(error)) {
            // A 2xx is never refused; the table's SUCCESS row is for callers that only have a status.
            case PERMANENT, SUCCESS -> settled(new DeliveryOutcome.Rejected(error, round.attempts));
            case NOT_YET_KNOWN -> {
                round.lastReason = "call not known to Insights yet: " + round.lastReason;
                yield round.giveUp();
            }
            case UNAUTHENTICATED -> refreshCredentials(round, deadline);
            case TRANSIENT -> {
                round.notBefore = refused.retryAfter().flatMap(value -> RetryAfter.parse(value, timing.clock()))
                        .orElse(Duration.ZERO);
                yield waitBeforeRetry(round, round.notBefore, deadline);
            }
        };
    }

    /** After a 401: the credentials read anew at once and one more attempt; the round ends if they did not change. */
    private RetryResult refreshCredentials(Round round, Deadline deadline) {
        round.lastReason = "Twilio refused the credentials: " + round.lastReason;
        if (round.refreshed) {
            return round.giveUp();
        }
        round.refreshed = true;
        try {
            TwilioCredentials fresh = credentials.refresh(deadline.at());
            if (fresh.equals(round.using)) {
                return round.giveUp();
            }
            round.using = fresh;
            return null;
        } catch (CredentialsException e) {
            round.lastReason = "credentials unavailable: " + e.getMessage();
            return round.giveUp();
        }
    }

    /** Sleeps the backoff (at least {@code notBefore}); ends the round when the wait would pass the deadline. */
    private RetryResult waitBeforeRetry(Round round, Duration notBefore, Deadline deadline) {
        if (round.outOfAttempts(policy)) {
            return round.giveUp();
        }
        Duration ceiling = policy.backoffCeiling(round.retries + 1);
        Duration wait = Duration.ofNanos((long) (ceiling.toNanos() * timing.jitter().getAsDouble()));
        if (notBefore.compareTo(wait) > 0) {
            wait = notBefore;
        }
        if (wait.plus(policy.minAttemptTime()).compareTo(deadline.remaining(timing.clock())) > 0) {
            return round.giveUp();
        }
        try {
            timing.sleeper().sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            round.lastReason = "interrupted while waiting to retry: " + round.lastReason;
            return round.giveUp();
        }
        round.retries++;
        return null;
    }

    private static RetryResult settled(DeliveryOutcome outcome) {
        return new RetryResult.Settled(outcome);
    }

    /** The state of one round. */
    private static final class Round {
        TwilioCredentials using;
        int attempts;
        int retries;
        boolean refreshed;
        String lastReason = "no time left to try";
        TwilioError lastError;
        Duration notBefore = Duration.ZERO;

        /** The retry after a credentials refresh does not count. */
        boolean outOfAttempts(RetryPolicy policy) {
            return attempts >= policy.maxAttemptsPerRound() + (refreshed ? 1 : 0);
        }

        RetryResult giveUp() {
            return new RetryResult.Unsettled(lastReason, lastError, attempts, notBefore);
        }
    }
}
