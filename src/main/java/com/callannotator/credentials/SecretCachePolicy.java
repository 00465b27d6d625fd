package com.callannotator.credentials;

import static java.util.Objects.requireNonNull;

import java.time.Duration;

/**
 * How long a secret read from Secrets Manager is reused, and how often it may be re-read early.
 *
 * @param ttl how long a value is served before it is read again ({@code SECRET_CACHE_TTL_SECONDS})
 * @param minForcedInterval the least time between two forced re-reads (after a 401 or a failed signature), and
 *     between a failed read and the next try ({@code SECRET_REFRESH_MIN_INTERVAL_SECONDS}); the first read and the
 *     reads after the TTL are not held back by it
 */
public record SecretCachePolicy(Duration ttl, Duration minForcedInterval) {

    public SecretCachePolicy {
        requireNonNull(ttl, "ttl == null");
        requireNonNull(minForcedInterval, "minForcedInterval == null");
        if (ttl.isNegative() || minForcedInterval.isNegative()) {
            throw new IllegalArgumentException("durations must not be negative: " + ttl + ", " + minForcedInterval);
        }
    }
}
