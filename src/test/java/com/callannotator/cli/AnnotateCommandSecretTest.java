package com.callannotator.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.callannotator.testutils.InsightsStandIn;
import com.callannotator.testutils.MotoServer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;

/** {@code scripts/annotate} with {@code TWILIO_SECRET_ID}, against a real local Secrets Manager. */
final class AnnotateCommandSecretTest {

    @RegisterExtension
    static final MotoServer MOTO = new MotoServer();

    private static final String CALL = "CA0123456789abcdef0123456789abcdef";
    private static final String SECRET = "call-annotator/twilio";
    private static final String KEY_SID = "SK0123456789abcdef0123456789abcdef";

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @RegisterExtension
    final InsightsStandIn insights = InsightsStandIn.forEachTest();

    @BeforeEach
    void start() {
        insights.accept(KEY_SID, "key-s3cret");
    }

    private Map<String, String> secretEnvironment() {
        Map<String, String> environment = new HashMap<>(MOTO.awsEnvironment());
        environment.put("TWILIO_SECRET_ID", SECRET);
        environment.put("TWILIO_INSIGHTS_BASE_URL", insights.baseUrl());
        return environment;
    }

    private int run(Map<String, String> environment, String... args) {
        return new AnnotateCommand(environment, new PrintStream(out, true, UTF_8), new PrintStream(err, true, UTF_8))
                .run(List.of(args));
    }

    @Test
    void run_secretWithApiKey_postsWithTheKey() {
        try (SecretsManagerClient admin = MOTO.secretsManager()) {
            admin.createSecret(b -> b.name(SECRET).secretString("{\"account_sid\":\"" + InsightsStandIn.ACCOUNT_SID
                    + "\",\"auth_token\":\"token-s3cret\",\"api_key_sid\":\"" + KEY_SID
                    + "\",\"api_key_secret\":\"key-s3cret\"}"));
        }

        int status = run(secretEnvironment(), CALL, "--connectivity-issue", "no_connectivity_issue");

        assertEquals(0, status, err.toString(UTF_8));
        assertEquals(List.of(new InsightsStandIn.RecordedPost(CALL, Map.of("ConnectivityIssue",
                "no_connectivity_issue"), KEY_SID)), insights.posts());
    }

    @Test
    void run_secretMissing_exits1NamingTheSecretRegionAndCause() {
        Map<String, String> environment = secretEnvironment();

        int status = run(environment, CALL, "--show");

        assertEquals(1, status);
        assertEquals("annotate: credentials: secret call-annotator/twilio not found (region us-east-1): "
                + "ResourceNotFoundException: Secrets Manager can't find the specified secret.\n", err.toString(UTF_8));
        assertEquals(List.of(), insights.server().getAllServeEvents());
    }

    @Test
    void run_secretInAnotherRegion_saysWhichRegionWasAsked() {
        createSecret("{\"account_sid\":\"" + InsightsStandIn.ACCOUNT_SID + "\",\"auth_token\":\"token-s3cret\"}");
        Map<String, String> environment = secretEnvironment();
        environment.put("AWS_REGION", "eu-west-1");

        int status = run(environment, CALL, "--show");

        assertEquals(1, status);
        assertEquals("annotate: credentials: secret call-annotator/twilio not found (region eu-west-1): "
                + "ResourceNotFoundException: Secrets Manager can't find the specified secret.\n", err.toString(UTF_8));
        assertEquals(List.of(), insights.server().getAllServeEvents());
    }

    @Test
    void run_secretWithoutAuthToken_namesTheKeyOnOneLineWithoutAnyValue() {
        createSecret("{\"account_sid\":\"" + InsightsStandIn.ACCOUNT_SID + "\",\"api_key_secret\":\"key-s3cret\"}");

        int status = run(secretEnvironment(), CALL, "--show");

        String printed = err.toString(UTF_8);
        assertEquals(1, status);
        assertTrue(printed.startsWith("annotate: credentials: ") && printed.contains("auth_token"), printed);
        assertEquals(1, printed.lines().count(), printed);
        assertFalse(printed.contains("s3cret") || printed.contains(InsightsStandIn.ACCOUNT_SID), printed);
    }

    private static void createSecret(String value) {
        try (SecretsManagerClient admin = MOTO.secretsManager()) {
            admin.createSecret(b -> b.name(SECRET).secretString(value));
        }
    }
}
