package com.callannotator.lambda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.tests.EventLoader;
import com.callannotator.AwsClients;
import com.callannotator.WebhookFunction;
import com.callannotator.config.AwsSettings;
import com.callannotator.config.Config;
import com.callannotator.credentials.SecretCachePolicy;
import com.callannotator.credentials.SecretsManagerCredentialsSource;
import com.callannotator.delivery.DeliverySetup;
import com.callannotator.delivery.DeliveryRound;
import com.callannotator.events.AnnotationEvents;
import com.callannotator.mapping.StatusCallbackMapper;
import com.callannotator.observability.RequestLog;
import com.callannotator.security.PublicUrl;
import com.callannotator.testutils.RecordingDeliveryLog;
import com.callannotator.testutils.CountingSecretStore;
import com.callannotator.testutils.FakeClock;
import com.callannotator.testutils.InsightsStandIn;
import com.callannotator.testutils.MotoServer;
import com.callannotator.twilio.HttpInsightsClient;
import com.callannotator.webhook.WebhookService;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;

/**
 * A flood of forged signatures through the HTTP API entry point costs at most one forced {@code GetSecretValue} per
 * {@code SECRET_REFRESH_MIN_INTERVAL_SECONDS}, counted on the real client against a local Secrets Manager ({@code moto_server}).
 */
final class SignatureFloodTest {

    @RegisterExtension
    static final MotoServer MOTO = new MotoServer();

    private static final String SECRET = "call-annotator/twilio";
    private static final Duration INTERVAL = Duration.ofSeconds(30);

    private SecretsManagerClient admin;
    private CountingSecretStore counting;
    private FakeClock clock;
    private HttpApiHandler handler;

    @BeforeEach
    void start() {
        AwsClients aws = AwsClients.from(AwsSettings.from(MOTO.awsEnvironment()));
        admin = MOTO.secretsManager();
        admin.createSecret(b -> b.name(SECRET).secretString("{\"account_sid\":\"" + InsightsStandIn.ACCOUNT_SID
                + "\",\"auth_token\":\"" + InsightsStandIn.AUTH_TOKEN + "\"}"));
        counting = new CountingSecretStore(aws.secretValues());
        clock = FakeClock.start();
        SecretsManagerCredentialsSource credentials = new SecretsManagerCredentialsSource(SECRET, () -> counting, clock,
                new SecretCachePolicy(Duration.ofMinutes(5), INTERVAL));
        Map<String, String> environment = new HashMap<>(MOTO.awsEnvironment());
        environment.put("TWILIO_SECRET_ID", SECRET);
        Config config = Config.from(environment);
        HttpInsightsClient insights = new HttpInsightsClient(URI.create("http://127.0.0.1:9"), Duration.ofSeconds(1),
                Duration.ofSeconds(1), "call-annotator/test");
        DeliverySetup setup = new DeliverySetup(insights, credentials, Optional.empty(), new RecordingDeliveryLog(),
                config.retryPolicy(), clock.timing(0.5));
        RequestLog quiet = new RequestLog(new PrintStream(OutputStream.nullOutputStream()), clock);
        handler = new HttpApiHandler(new WebhookFunction(WebhookService.of(credentials, new DeliveryRound(setup),
                new StatusCallbackMapper(config.spamOnFailedStir()), config.survey()),
                new PublicUrl(Optional.empty()), quiet, clock, AnnotationEvents.none(), () -> { }));
    }

    @AfterEach
    void stop() {
        admin.close();
    }

    private int forged(int i) {
        APIGatewayV2HTTPEvent event = EventLoader.loadApiGatewayHttpEvent("events/status-callback-machine.json");
        Map<String, String> headers = new HashMap<>(event.getHeaders());
        headers.put("x-twilio-signature", "forged" + i + "AAAAAAAAAAAAAAAAAAAAAA=");
        event.setHeaders(headers);
        return handler.handleRequest(event, null).getStatusCode();
    }

    @Test
    void thousandForgedSignatures_withinOneInterval_readTheSecretOnceAndReReadItOnce() {
        for (int i = 0; i < 1_000; i++) {
            assertEquals(403, forged(i));
        }

        // The first read, and one forced re-read (the first forged signature could have been a rotated token).
        assertEquals(2, counting.reads());
    }

    @Test
    void thousandForgedSignatures_overFiveMinutes_readAtMostOncePerInterval() {
        Duration step = Duration.ofMillis(300);
        for (int i = 0; i < 1_000; i++) {
            assertEquals(403, forged(i));
            clock.advance(step);
        }

        // The first read, plus at most one forced re-read per interval begun (each also restarts the TTL).
        long elapsedSeconds = step.multipliedBy(1_000).toSeconds();
        long allowed = 1 + (elapsedSeconds + INTERVAL.toSeconds() - 1) / INTERVAL.toSeconds();
        assertTrue(counting.reads() <= allowed, counting.reads() + " reads, allowed " + allowed);
        assertEquals(11, counting.reads());
    }
}
