package com.callannotator.credentials;

import static java.util.Objects.requireNonNull;

import java.time.Duration;

/**
 * How long a secret read from Secrets Manager is reused, and how often it may be read at most.
 *
 * @param ttl how long a value is served before it is read again ({@code SECRET_CACHE_TTL_SECONDS})
 * @param minReadInterval the least time between two reads, whatever asks for them: expiry, a refresh after a 401 or
 *     a failed signature, or a read that failed ({@code SECRET_REFRESH_MIN_INTERVAL_SECONDS})
 */
public record SecretCachePolicy(Duration ttl, Duration minReadInterval) {

    public SecretCachePolicy {
        requireNonNull(ttl, "ttl == null");
        requireNonNull(minReadInterval, "minReadInterval == null");
        if (ttl.isNegative() || minReadInterval.isNegative()) {
            throw new IllegalArgumentException("durations must not be negative: " + ttl + ", " + minReadInterval);
        }
    }
}
