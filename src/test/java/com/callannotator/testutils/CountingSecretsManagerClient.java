package com.callannotator.testutils;

import java.util.concurrent.atomic.AtomicInteger;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.secretsmanager.model.GetSecretValueRequest;
import software.amazon.awssdk.services.secretsmanager.model.GetSecretValueResponse;

/** The real Secrets Manager client, counting its {@code GetSecretValue} calls. Not a mock: every call goes through. */
public final class CountingSecretsManagerClient implements SecretsManagerClient {

    private final SecretsManagerClient delegate;
    private final AtomicInteger reads = new AtomicInteger();

    public CountingSecretsManagerClient(SecretsManagerClient delegate) {
        this.delegate = delegate;
    }

    /** How many {@code GetSecretValue} calls were made. */
    public int reads() {
        return reads.get();
    }

    @Override
    public GetSecretValueResponse getSecretValue(GetSecretValueRequest request) {
        reads.incrementAndGet();
        return delegate.getSecretValue(request);
    }

    @Override
    public String serviceName() {
        return delegate.serviceName();
    }

    @Override
    public void close() {
        delegate.close();
    }
}
