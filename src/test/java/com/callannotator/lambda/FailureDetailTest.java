package com.callannotator.lambda;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.tests.EventLoader;
import com.callannotator.CallAnnotator;
import com.callannotator.delivery.Timing;
import com.callannotator.testutils.FakeContext;
import com.callannotator.testutils.InsightsStandIn;
import com.callannotator.testutils.MotoServer;
import com.callannotator.webhook.FailureDetail;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;

/**
 * The one {@code internal_error} line says why, naming the secret and the cause, never a value. Real local Secrets
 * Manager ({@code moto_server}); access denied is in {@code SecretAccessDeniedTest}.
 */
final class FailureDetailTest {

    @RegisterExtension
    static final MotoServer MOTO = new MotoServer();

    private static final String SECRET = "call-annotator/twilio";

    /** The log line of one signed status callback, with the secret holding {@code value} (null: no secret). */
    private static String lineFor(String value) {
        if (value != null) {
            try (SecretsManagerClient admin = MOTO.secretsManager()) {
                admin.createSecret(b -> b.name(SECRET).secretString(value));
            }
        }
        Map<String, String> environment = new HashMap<>(MOTO.awsEnvironment());
        environment.put("TWILIO_SECRET_ID", SECRET);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CallAnnotator app = CallAnnotator.fromEnvironment(environment, Timing.system(),
                new PrintStream(out, true, UTF_8));
        APIGatewayV2HTTPEvent event = EventLoader.loadApiGatewayHttpEvent("events/status-callback-machine.json");
        int status = new HttpApiHandler(app.webhook()).handleRequest(event, new FakeContext("req", 15_000))
                .getStatusCode();
        assertEquals(500, status);
        String line = out.toString(UTF_8).strip();
        assertEquals(1, line.lines().count(), line);
        assertTrue(line.contains("\"outcome\":\"internal_error\""), line);
        return line;
    }

    @Test
    void missingSecret_namesTheSecret() {
        assertTrue(lineFor(null).contains(
                "\"detail\":\"credentials unavailable: secret call-annotator/twilio not found\""));
    }

    @Test
    void secretLackingAuthToken_namesTheKeyNotTheValue() {
        String line = lineFor("{\"account_sid\":\"" + InsightsStandIn.ACCOUNT_SID + "\",\"authToken\":\"s3cr3t\"}");

        assertTrue(line.contains("\"detail\":\"credentials unavailable: secret call-annotator/twilio lacks key"
                + " \\\"auth_token\\\"\""), line);
        assertTrue(!line.contains("s3cr3t"), line);
    }

    @Test
    void secretNotJson_saysSoWithoutTheValue() {
        String line = lineFor("auth_token=s3cr3t");

        assertTrue(line.contains("\"detail\":\"credentials unavailable: secret call-annotator/twilio is not a JSON"
                + " object\""), line);
        assertTrue(!line.contains("s3cr3t"), line);
    }

    @Test
    void otherException_classMessageAndTopFrames() {
        IllegalStateException failure = new IllegalStateException("queue closed");

        String detail = FailureDetail.of(failure);

        assertTrue(detail.startsWith("java.lang.IllegalStateException: queue closed at com.callannotator.lambda"
                + ".FailureDetailTest.otherException_classMessageAndTopFrames(FailureDetailTest.java:"), detail);
        assertEquals(3, detail.split(" < ").length, detail);
    }
}
