package com.callannotator.credentials;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.callannotator.AwsClients;
import com.callannotator.config.AwsSettings;
import com.callannotator.testutils.CountingSecretStore;
import com.callannotator.testutils.FakeClock;
import com.callannotator.testutils.MotoServer;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;

/** The first read started during init (without SnapStart), against a real local Secrets Manager. */
final class SecretReadAheadTest {

    @RegisterExtension
    static final MotoServer MOTO = new MotoServer();

    private static final String SECRET = "call-annotator/twilio";
    private static final String ACCOUNT = "ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";
    private static final SecretCachePolicy POLICY = new SecretCachePolicy(Duration.ofMinutes(5),
            Duration.ofSeconds(30));

    private SecretsManagerClient admin;
    private CountingSecretStore client;
    private final AtomicInteger builds = new AtomicInteger();
    private FakeClock clock;

    @BeforeEach
    void setUp() {
        AwsClients aws = AwsClients.from(AwsSettings.from(MOTO.awsEnvironment()));
        admin = MOTO.secretsManager();
        client = new CountingSecretStore(aws.secretValues());
        clock = FakeClock.start();
    }

    @AfterEach
    void tearDown() {
        admin.close();
    }

    private SecretsManagerCredentialsSource source() {
        return new SecretsManagerCredentialsSource(SECRET, () -> {
            builds.incrementAndGet();
            return client;
        }, clock, POLICY);
    }

    private void putSecret(String token) {
        admin.createSecret(b -> b.name(SECRET).secretString(
                "{\"account_sid\":\"" + ACCOUNT + "\",\"auth_token\":\"" + token + "\"}"));
    }

    @Test
    void constructor_buildsNoClientAndReadsNothing() {
        source();

        assertEquals(0, builds.get());
        assertEquals(0, client.reads());
    }

    @Test
    void readAhead_thenCurrent_oneClientOneRead() throws InterruptedException {
        putSecret("t1");
        SecretsManagerCredentialsSource source = source();

        source.readAhead().join();
        TwilioCredentials credentials = source.current();

        assertEquals("t1", credentials.authToken());
        assertEquals(1, builds.get());
        assertEquals(1, client.reads());
    }

    @Test
    void readAhead_isTheFirstReadOfTheTtl_rotationStillSeenAfterIt() throws InterruptedException {
        putSecret("t1");
        SecretsManagerCredentialsSource source = source();
        source.readAhead().join();
        admin.putSecretValue(b -> b.secretId(SECRET).secretString(
                "{\"account_sid\":\"" + ACCOUNT + "\",\"auth_token\":\"t2\"}"));

        assertEquals("t1", source.current().authToken());
        assertEquals("t2", source.refresh().authToken()); // A forced re-read is not held back by the read-ahead.
        assertEquals(2, client.reads());
    }

    @Test
    void readAhead_failed_leavesNoTrace_firstRequestReadsAgainAndSaysWhy() throws InterruptedException {
        SecretsManagerCredentialsSource source = source();

        source.readAhead().join(); // No secret yet: fails, silently.
        CredentialsException missing = assertThrows(CredentialsException.class, source::current);
        putSecret("t1");
        clock.advance(Duration.ofSeconds(31));

        assertTrue(missing.getMessage().contains("not found"), missing.getMessage());
        assertFalse(missing.getMessage().contains("not read again"), missing.getMessage());
        assertEquals(2, client.reads(), "the read-ahead and the first request's own read");
        assertEquals("t1", source.current().authToken());
    }

    @Test
    void buildClient_buildsOnceAndReadsNothing() {
        SecretsManagerCredentialsSource source = source();

        source.buildClient();
        source.buildClient();

        assertEquals(1, builds.get());
        assertEquals(0, client.reads());
    }

    @Test
    void initialSecretRead_onlyOnLambdasStartsWithoutSnapStart() {
        assertTrue(InitialSecretRead.readsAhead("on-demand"));
        assertTrue(InitialSecretRead.readsAhead("provisioned-concurrency"));
        assertFalse(InitialSecretRead.readsAhead("snap-start"));
        assertFalse(InitialSecretRead.readsAhead(null));
        assertFalse(InitialSecretRead.readsAhead(""));
    }
}
