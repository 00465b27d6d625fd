package com.callannotator.testutils;

import com.callannotator.credentials.SecretStore;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

/** The real {@code GetSecretValue} client, counting its reads. Not a mock: every read goes through. */
public final class CountingSecretStore implements SecretStore {

    private final SecretStore delegate;
    private final AtomicInteger reads = new AtomicInteger();

    public CountingSecretStore(SecretStore delegate) {
        this.delegate = delegate;
    }

    /** How many {@code GetSecretValue} reads were made. */
    public int reads() {
        return reads.get();
    }

    @Override
    public String secretString(String secretId, Duration timeout) {
        reads.incrementAndGet();
        return delegate.secretString(secretId, timeout);
    }
}
