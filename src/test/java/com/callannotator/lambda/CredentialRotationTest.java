package com.callannotator.lambda;

import static java.nio.charset.StandardCharsets.UTF_8;
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
import com.callannotator.webhook.FormParameters;
import com.callannotator.observability.RequestLog;
import com.callannotator.security.PublicUrl;
import com.callannotator.security.SignatureCalculator;
import com.callannotator.testutils.RecordingDeliveryLog;
import com.callannotator.testutils.CountingSecretStore;
import com.callannotator.testutils.FakeClock;
import com.callannotator.testutils.FakeContext;
import com.callannotator.testutils.InsightsStandIn;
import com.callannotator.testutils.MotoServer;
import com.callannotator.webhook.FormParameters;
import com.callannotator.webhook.WebhookService;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;

/**
 * Rotating the auth token the way Twilio designed it, and rotating the API key, with callbacks signed as Twilio
 * signs them at each step: no genuine callback is refused and every annotation is posted at once. Real local
 * Secrets Manager ({@code moto_server}), the Insights stand-in, fake time (TTL 5 min, forced re-reads 30 s apart).
 */
final class CredentialRotationTest {

    @RegisterExtension
    static final MotoServer MOTO = new MotoServer();

    private static final String SECRET = "call-annotator/twilio";
    private static final String OLD = InsightsStandIn.AUTH_TOKEN;
    private static final String NEW = "rotated-auth-token-2";
    private static final String KEY = "SK0123456789abcdef0123456789abcdef";
    private static final String URL = "https://abc123def4.execute-api.us-east-1.amazonaws.com/status-callback";

    @RegisterExtension
    final InsightsStandIn insights = InsightsStandIn.forEachTest();
    private final ByteArrayOutputStream logs = new ByteArrayOutputStream();
    private SecretsManagerClient admin;
    private CountingSecretStore counting;
    private FakeClock clock;
    private HttpApiHandler handler;

    @BeforeEach
    void start() {
        AwsClients aws = AwsClients.from(AwsSettings.from(MOTO.awsEnvironment()));
        admin = MOTO.secretsManager();
        admin.createSecret(b -> b.name(SECRET).secretString(secret(OLD, null, "key-1")));
        insights.accept(KEY, "key-1");
        counting = new CountingSecretStore(aws.secretValues());
        clock = FakeClock.start();
        SecretsManagerCredentialsSource credentials = new SecretsManagerCredentialsSource(SECRET, () -> counting, clock,
                new SecretCachePolicy(Duration.ofMinutes(5), Duration.ofSeconds(30)));
        Map<String, String> environment = new HashMap<>(MOTO.awsEnvironment());
        environment.put("TWILIO_SECRET_ID", SECRET);
        Config config = Config.from(environment);
        DeliverySetup setup = new DeliverySetup(insights.client(), credentials, Optional.empty(),
                new RecordingDeliveryLog(),
                config.retryPolicy(), clock.timing(0.5));
        RequestLog log = new RequestLog(new PrintStream(logs, true, UTF_8), clock);
        handler = new HttpApiHandler(new WebhookFunction(WebhookService.of(credentials, new DeliveryRound(setup),
                new StatusCallbackMapper(config.spamOnFailedStir()), config.survey()),
                new PublicUrl(Optional.empty()), log, clock, AnnotationEvents.none(), () -> { }));
    }

    @AfterEach
    void stop() {
        admin.close();
    }

    private static String secret(String authToken, String secondary, String keySecret) {
        return "{\"account_sid\":\"" + InsightsStandIn.ACCOUNT_SID + "\",\"auth_token\":\"" + authToken + "\""
                + (secondary == null ? "" : ",\"secondary_auth_token\":\"" + secondary + "\"")
                + ",\"api_key_sid\":\"" + KEY + "\",\"api_key_secret\":\"" + keySecret + "\"}";
    }

    private void putSecret(String json) {
        admin.putSecretValue(b -> b.secretId(SECRET).secretString(json));
    }

    /** The sample status callback, signed with {@code token} as Twilio signs it; its answer's status. */
    private int callbackSignedWith(String token) {
        APIGatewayV2HTTPEvent event = EventLoader.loadApiGatewayHttpEvent("events/status-callback-machine.json");
        String form = new String(Base64.getDecoder().decode(event.getBody()), UTF_8);
        Map<String, String> headers = new HashMap<>(event.getHeaders());
        headers.put("x-twilio-signature", new SignatureCalculator(token).sign(URL, FormParameters.parse(form)
                .entries()));
        event.setHeaders(headers);
        return handler.handleRequest(event, new FakeContext("req", 15_000)).getStatusCode();
    }

    /** One step: at {@code second} after the start, a callback signed with {@code token}; [status, reads, posts]. */
    private String step(double second, String token) {
        Duration at = Duration.ofMillis((long) (second * 1000));
        clock.advance(at.minus(Duration.between(FakeClock.start().instant(), clock.instant())));
        int status = callbackSignedWith(token);
        return status + " reads=" + counting.reads() + " posts=" + insights.posts().size();
    }

    @Test
    void authTokenRotatedOneSecondAfterTheRead_callbackSignedWithTheNewTokenAccepted() {
        assertEquals("204 reads=1 posts=1", step(0, OLD));
        clock.advance(Duration.ofSeconds(1));
        putSecret(secret(NEW, null, "key-1"));

        assertEquals("204 reads=2 posts=2", step(1.5, NEW));
        assertEquals("204 reads=2 posts=3", step(2, NEW));
    }

    @Test
    void twilioRotationProcedure_everyStep_noCallbackRefusedAndEveryOnePosted() {
        assertEquals("204 reads=1 posts=1", step(0, OLD));
        // 1. Twilio console: create a secondary auth token. Twilio still signs with the primary.
        assertEquals("204 reads=1 posts=2", step(1, OLD));
        // 2. Add it to the secret as secondary_auth_token.
        putSecret(secret(OLD, NEW, "key-1"));
        assertEquals("204 reads=1 posts=3", step(2, OLD));
        // 3. Twilio console: promote it. Twilio signs with it now: one forced re-read finds it.
        assertEquals("204 reads=2 posts=4", step(3, NEW));
        assertEquals("204 reads=2 posts=5", step(3.5, NEW));
        // 4. Move it to auth_token and drop secondary_auth_token.
        putSecret(secret(NEW, null, "key-1"));
        assertEquals("204 reads=2 posts=6", step(4, NEW));
        // After the TTL the secret is read again; the old token no longer signs (one forced re-read to be sure).
        assertEquals("204 reads=3 posts=7", step(305, NEW));
        assertEquals("403 reads=4 posts=7", step(306, OLD));
    }

    @Test
    void apiKeyRotatedOneSecondAfterTheRead_401ReReadsAndPostsInTheSameRequest() {
        assertEquals("204 reads=1 posts=1", step(0, OLD));
        clock.advance(Duration.ofSeconds(1));
        insights.revoke(KEY);
        insights.accept(KEY, "key-2");
        putSecret(secret(OLD, null, "key-2"));

        assertEquals("204 reads=2 posts=2", step(1.5, OLD));

        String lastLine = logs.toString(UTF_8).strip().lines().reduce((first, second) -> second).orElseThrow();
        assertTrue(lastLine.contains("\"outcome\":\"posted\"") && lastLine.contains("\"attempts\":2"), lastLine);
    }
}
