package com.callannotator.credentials;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.callannotator.AwsClients;
import com.callannotator.config.AwsSettings;
import com.callannotator.testutils.CountingSecretStore;
import com.callannotator.testutils.FakeClock;
import com.callannotator.testutils.MotoServer;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;

/** Against a real local Secrets Manager ({@code moto_server}). */
final class SecretsManagerCredentialsSourceTest {

    @RegisterExtension
    static final MotoServer MOTO = new MotoServer();

    private static final String SECRET = "call-annotator/twilio";
    private static final String ACCOUNT = "ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";
    private static final SecretCachePolicy POLICY = new SecretCachePolicy(Duration.ofMinutes(5),
            Duration.ofSeconds(30));

    private SecretsManagerClient admin;
    private CountingSecretStore client;
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
        return new SecretsManagerCredentialsSource(SECRET, () -> client, clock, POLICY);
    }

    private void putSecret(String json) {
        admin.createSecret(b -> b.name(SECRET).secretString(json));
    }

    private static String token(String authToken) {
        return "{\"account_sid\":\"" + ACCOUNT + "\",\"auth_token\":\"" + authToken + "\"}";
    }

    private void rotate(String json) {
        admin.putSecretValue(b -> b.secretId(SECRET).secretString(json));
    }

    @Test
    void constructor_readsNothing() {
        putSecret("{\"account_sid\":\"" + ACCOUNT + "\",\"auth_token\":\"t1\"}");

        source();

        assertEquals(0, client.reads());
    }

    @Test
    void current_accountAndToken_readsThemOnce() {
        putSecret("{\"account_sid\":\"" + ACCOUNT + "\",\"auth_token\":\"t1\"}");
        SecretsManagerCredentialsSource source = source();

        TwilioCredentials first = source.current();
        TwilioCredentials second = source.current();

        assertEquals(TwilioCredentials.of(ACCOUNT, "t1"), first);
        assertSame(first, second);
        assertEquals(1, client.reads());
    }

    @Test
    void current_withApiKey_usesTheKeyForRest() {
        putSecret("{\"account_sid\":\"" + ACCOUNT + "\",\"auth_token\":\"t1\","
                + "\"api_key_sid\":\"SK0123\",\"api_key_secret\":\"key-secret\"}");

        TwilioCredentials credentials = source().current();

        assertEquals("SK0123", credentials.restUsername());
        assertEquals("key-secret", credentials.restPassword());
        assertEquals("t1", credentials.authToken());
    }

    @Test
    void current_afterTtl_readsTheRotatedSecret() {
        putSecret("{\"account_sid\":\"" + ACCOUNT + "\",\"auth_token\":\"t1\"}");
        SecretsManagerCredentialsSource source = source();
        source.current();
        rotate("{\"account_sid\":\"" + ACCOUNT + "\",\"auth_token\":\"t2\"}");

        clock.advance(Duration.ofMinutes(4));
        String beforeExpiry = source.current().authToken();
        clock.advance(Duration.ofMinutes(1));
        String afterExpiry = source.current().authToken();

        assertEquals("t1", beforeExpiry);
        assertEquals("t2", afterExpiry);
        assertEquals(2, client.reads());
    }

    @Test
    void refresh_secretRotatedOneSecondAfterTheRead_readsTheNewTokenAtOnce() {
        putSecret(token("t1"));
        SecretsManagerCredentialsSource source = source();
        source.current();
        clock.advance(Duration.ofSeconds(1));
        rotate(token("t2"));

        clock.advance(Duration.ofMillis(500));
        String refreshed = source.refresh().authToken();

        assertEquals("t2", refreshed);
        assertEquals("t2", source.current().authToken());
        assertEquals(2, client.reads());
    }

    @Test
    void refresh_flood_atMostOneForcedReadPerInterval() {
        putSecret(token("t1"));
        SecretsManagerCredentialsSource source = source();
        source.current();
        source.refresh();
        rotate(token("t2"));

        for (int i = 0; i < 1_000; i++) {
            source.refresh();
        }
        String within = source.current().authToken();
        clock.advance(Duration.ofSeconds(30));
        String after = source.refresh().authToken();

        assertEquals("t1", within);
        assertEquals("t2", after);
        assertEquals(3, client.reads());
    }

    @Test
    void current_ttlReadIsNotHeldBackByARecentForcedRead() {
        putSecret(token("t1"));
        SecretsManagerCredentialsSource source = new SecretsManagerCredentialsSource(SECRET, () -> client, clock,
                new SecretCachePolicy(Duration.ofSeconds(10), Duration.ofSeconds(30)));
        source.current();
        clock.advance(Duration.ofSeconds(1));
        source.refresh();
        rotate(token("t2"));

        clock.advance(Duration.ofSeconds(11));
        String afterTtl = source.current().authToken();

        assertEquals("t2", afterTtl);
        assertEquals(3, client.reads());
    }

    @Test
    void current_secondaryAuthToken_bothTokensSign() {
        putSecret("{\"account_sid\":\"" + ACCOUNT + "\",\"auth_token\":\"t1\",\"secondary_auth_token\":\"t2\"}");

        TwilioCredentials credentials = source().current();

        assertEquals(List.of("t1", "t2"), credentials.signingTokens());
        assertEquals("t1", credentials.restPassword());
        assertFalse(credentials.toString().contains("t2"));
    }

    @Test
    void current_noTimeLeft_readsNothingAndDoesNotHoldTheNextReadBack() {
        putSecret(token("t1"));
        SecretsManagerCredentialsSource source = source();

        CredentialsException e = assertThrows(CredentialsException.class,
                () -> source.current(clock.instant().plusMillis(50)));
        String token = source.current().authToken();

        assertEquals("secret call-annotator/twilio not read: no time left in this invocation", e.getMessage());
        assertEquals("t1", token);
        assertEquals(1, client.reads());
    }

    @Test
    void current_missingSecret_namesTheSecret() {
        CredentialsException e = assertThrows(CredentialsException.class, () -> source().current());

        assertEquals("secret call-annotator/twilio not found", e.getMessage());
    }

    @Test
    void current_missingSecretTwice_readsOnceWithinTheInterval() {
        SecretsManagerCredentialsSource source = source();
        assertThrows(CredentialsException.class, source::current);

        CredentialsException again = assertThrows(CredentialsException.class, source::refresh);

        assertTrue(again.getMessage().startsWith("secret call-annotator/twilio not found (not read again before"),
                again.getMessage());
        assertEquals(1, client.reads());
    }

    @Test
    void current_notJson_saysSoWithoutTheValue() {
        putSecret("token=s3cr3t-value");

        CredentialsException e = assertThrows(CredentialsException.class, () -> source().current());

        assertEquals("secret call-annotator/twilio is not a JSON object", e.getMessage());
    }

    @Test
    void current_lacksAuthToken_namesTheKey() {
        putSecret("{\"account_sid\":\"" + ACCOUNT + "\",\"authToken\":\"s3cr3t-value\"}");

        CredentialsException e = assertThrows(CredentialsException.class, () -> source().current());

        assertEquals("secret call-annotator/twilio lacks key \"auth_token\"", e.getMessage());
    }

    @Test
    void current_apiKeyWithoutSecret_namesTheMissingKey() {
        putSecret("{\"account_sid\":\"" + ACCOUNT + "\",\"auth_token\":\"s3cr3t-value\",\"api_key_sid\":\"SK1\"}");

        CredentialsException e = assertThrows(CredentialsException.class, () -> source().current());

        assertEquals("secret call-annotator/twilio lacks key \"api_key_secret\" (api_key_sid is set)", e.getMessage());
        assertFalse(e.getMessage().contains("s3cr3t"));
    }

    @Test
    void current_secretDeletedAfterFirstRead_keepsServingTheCachedValue() {
        putSecret("{\"account_sid\":\"" + ACCOUNT + "\",\"auth_token\":\"t1\"}");
        SecretsManagerCredentialsSource source = source();
        source.current();
        admin.deleteSecret(b -> b.secretId(SECRET).forceDeleteWithoutRecovery(true));

        clock.advance(Duration.ofMinutes(6));
        String token = source.current().authToken();

        assertEquals("t1", token);
        assertEquals(2, client.reads());
    }

    @Test
    void toString_namesTheSecretOnly() {
        assertEquals("SecretsManagerCredentialsSource[call-annotator/twilio]", source().toString());
    }
}
