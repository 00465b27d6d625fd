package com.callannotator.credentials;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

/**
 * Twilio credentials from an AWS Secrets Manager secret, cached in memory.
 *
 * <p>Nothing is read until the first request asks ({@link #current}), so a SnapStart snapshot never holds the
 * secret. A value is reused for the policy's TTL, then read again. {@link #refresh} re-reads at once (after a 401
 * from Twilio or a failed signature: the secret was rotated), unless a forced re-read already happened within the
 * policy's interval, so a flood of forged signatures costs at most one extra read per interval. When a read fails,
 * the next try waits the same interval, and a cached value is kept meanwhile (stale beats nothing while Secrets
 * Manager is unreachable). Every read ends by the caller's deadline. Thread-safe.
 *
 * <p>Without SnapStart, {@link #readAhead} starts the first read (client included) on a background thread during
 * init, so it overlaps the rest of the cold start; the first request waits for it. It is the same read, with the same
 * TTL; a read-ahead that fails leaves no trace, so the first request reads again and reports its own failure.
 */
public final class SecretsManagerCredentialsSource implements CredentialsSource {

    /** The longest one {@code GetSecretValue} may take, its second try included, whatever the deadline. */
    static final Duration MAX_CALL_TIME = Duration.ofSeconds(5);
    /** A read is not started with less time than this left. */
    static final Duration MIN_CALL_TIME = Duration.ofMillis(100);

    private final String secretId;
    private final Supplier<? extends SecretStore> clientFactory;
    private SecretStore client;
    private final Clock clock;
    private final SecretCachePolicy policy;

    private TwilioCredentials cached;
    private Instant expires = Instant.MIN;
    private Instant lastForced;
    private Instant failedAt;
    private CredentialsException lastFailure;

    /**
     * @param secretId the secret's name or ARN ({@code TWILIO_SECRET_ID})
     * @param clientFactory builds the client ({@link GetSecretValueClient}) on first need ({@link #buildClient}, a
     *     read), once per execution environment
     */
    public SecretsManagerCredentialsSource(String secretId, Supplier<? extends SecretStore> clientFactory,
            Clock clock, SecretCachePolicy policy) {
        this.secretId = requireNonNull(secretId, "secretId == null");
        this.clientFactory = requireNonNull(clientFactory, "clientFactory == null");
        this.clock = requireNonNull(clock, "clock == null");
        this.policy = requireNonNull(policy, "policy == null");
    }

    /** Builds the client now if not yet built (before a SnapStart snapshot: a client, never a secret). */
    public synchronized void buildClient() {
        if (client == null) {
            client = clientFactory.get();
        }
    }

    /**
     * Starts the first read on a daemon thread (never under SnapStart: the snapshot must not hold the secret). The
     * first {@link #current} waits for it, as for any read in progress.
     *
     * @return the thread, started
     */
    public Thread readAhead() {
        Thread thread = new Thread(this::readOnce, "call-annotator-secret-read-ahead");
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    private synchronized void readOnce() {
        if (cached != null || lastFailure != null) {
            return; // A request got here first.
        }
        Instant now = clock.instant();
        try {
            cached = fetch(MAX_CALL_TIME);
            expires = now.plus(policy.ttl());
        } catch (RuntimeException ignored) {
            // Nothing recorded: the first request reads again, and its failure says why.
        }
    }

    @Override
    public synchronized TwilioCredentials current(Instant by) {
        Instant now = clock.instant();
        if (cached != null && now.isBefore(expires)) {
            return cached;
        }
        return read(now, by);
    }

    @Override
    public synchronized TwilioCredentials refresh(Instant by) {
        Instant now = clock.instant();
        if (lastForced != null && now.isBefore(lastForced.plus(policy.minForcedInterval()))) {
            return current(by);
        }
        lastForced = now;
        return read(now, by);
    }

    /** Reads the secret, unless the last read failed less than the interval ago. */
    private TwilioCredentials read(Instant now, Instant by) {
        if (lastFailure != null && now.isBefore(failedAt.plus(policy.minForcedInterval()))) {
            if (cached != null) {
                return cached;
            }
            throw new CredentialsException(lastFailure.getMessage() + " (not read again before "
                    + failedAt.plus(policy.minForcedInterval()) + ")", lastFailure);
        }
        Duration left = Duration.between(now, by);
        if (left.compareTo(MIN_CALL_TIME) < 0) {
            // Not a failure of the secret: the next request, with time, reads it.
            throw new CredentialsException("secret " + secretId + " not read: no time left in this invocation");
        }
        try {
            cached = fetch(left.compareTo(MAX_CALL_TIME) > 0 ? MAX_CALL_TIME : left);
            expires = now.plus(policy.ttl());
            lastFailure = null;
            return cached;
        } catch (CredentialsException e) {
            lastFailure = e;
            failedAt = now;
            if (cached != null) {
                return cached;
            }
            throw e;
        }
    }

    /** One {@code GetSecretValue}, retries included, within {@code timeout}. */
    private TwilioCredentials fetch(Duration timeout) {
        buildClient();
        return TwilioSecret.parse(secretId, client.secretString(secretId, timeout));
    }

    @Override
    public String toString() {
        return "SecretsManagerCredentialsSource[" + secretId + "]";
    }
}
