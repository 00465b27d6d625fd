package com.callannotator.credentials;


/**
 * When the Secrets Manager secret is first read, by how Lambda starts the environment
 * ({@code AWS_LAMBDA_INITIALIZATION_TYPE}):
 * <ul>
 *   <li>{@code on-demand} or {@code provisioned-concurrency}: during init, on a background thread, so the client's
 *       build and the first {@code GetSecretValue} overlap the rest of the cold start (docs/performance.md);</li>
 *   <li>{@code snap-start}: never before the snapshot, which must not hold the secret; the client is built before it
 *       ({@link #beforeSnapshot}) and the secret is read on the first request after the restore;</li>
 *   <li>unset (tests, local tools): on the first request, client included.</li>
 * </ul>
 */
public final class InitialSecretRead {

    /** Lambda's variable, and its SnapStart value. */
    public static final String INITIALIZATION_TYPE = "AWS_LAMBDA_INITIALIZATION_TYPE";
    public static final String SNAP_START = "snap-start";

    private InitialSecretRead() {
    }

    /**
     * Reads {@code credentials} ahead when it is a secret and Lambda started the environment without SnapStart.
     *
     * @param initializationType {@code AWS_LAMBDA_INITIALIZATION_TYPE}; null outside Lambda
     */
    public static void start(CredentialsSource credentials, String initializationType) {
        if (credentials instanceof SecretsManagerCredentialsSource secret && readsAhead(initializationType)) {
            secret.readAhead();
        }
    }

    /** True for the on-demand and provisioned-concurrency starts; false under SnapStart and outside Lambda. */
    static boolean readsAhead(String initializationType) {
        return initializationType != null && !initializationType.isBlank()
                && !SNAP_START.equals(initializationType.trim());
    }

    /** Before a SnapStart snapshot: builds the Secrets Manager client (no read), as the first request would. */
    public static void beforeSnapshot(CredentialsSource credentials) {
        if (credentials instanceof SecretsManagerCredentialsSource secret) {
            secret.buildClient();
        }
    }
}
