package com.callannotator.testutils;

import com.callannotator.credentials.CredentialsSource;
import com.callannotator.credentials.TwilioCredentials;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

/** Serves one set of credentials until {@link #refresh()}, then another: a token rotated behind the cache. */
public final class RotatingCredentials implements CredentialsSource {

    private final TwilioCredentials next;
    private volatile TwilioCredentials current;
    private final AtomicInteger refreshes = new AtomicInteger();

    public RotatingCredentials(TwilioCredentials current, TwilioCredentials next) {
        this.current = current;
        this.next = next;
    }

    @Override
    public TwilioCredentials current(Instant by) {
        return current;
    }

    @Override
    public TwilioCredentials refresh(Instant by) {
        refreshes.incrementAndGet();
        current = next;
        return current;
    }

    public int refreshes() {
        return refreshes.get();
    }
}
