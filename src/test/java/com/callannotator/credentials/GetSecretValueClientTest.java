package com.callannotator.credentials;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.callannotator.AwsClients;
import com.callannotator.config.AwsSettings;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.regions.Region;

/**
 * {@code GetSecretValue} on the SDK's core against a local server that answers as scripted: what goes on the wire,
 * which failures are tried again, and what each failure says. The happy and missing-secret paths against a real
 * Secrets Manager (moto) are in {@link SecretsManagerCredentialsSourceTest}.
 */
final class GetSecretValueClientTest {

    private static final String SECRET = "call-annotator/twilio";
    private static final Duration TIME = Duration.ofSeconds(2);

    private HttpServer server;
    private final Deque<String[]> answers = new ArrayDeque<>(); // {status, body}
    private final List<Map<String, List<String>>> headers = Collections.synchronizedList(new ArrayList<>());
    private final List<String> bodies = Collections.synchronizedList(new ArrayList<>());

    @BeforeEach
    void start() throws IOException {
        // The JDK reads this once per JVM, at its first HttpServer; the local runtime's tests in the same JVM need it
        // (RuntimeApiServer), so the first server here must not fix it to Nagle's default.
        System.setProperty("sun.net.httpserver.nodelay", "true");
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::answer);
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private synchronized void answer(HttpExchange exchange) throws IOException {
        headers.add(Map.copyOf(exchange.getRequestHeaders()));
        bodies.add(new String(exchange.getRequestBody().readAllBytes(), UTF_8));
        String[] answer = answers.isEmpty() ? new String[] {"500", "{}"} : answers.poll();
        byte[] body = answer[1].getBytes(UTF_8);
        exchange.sendResponseHeaders(Integer.parseInt(answer[0]), body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }

    private static GetSecretValueClient client(URI endpoint) {
        return AwsClients.from(AwsSettings.from(Map.of("AWS_REGION", "eu-west-1", "AWS_ACCESS_KEY_ID", "testing",
                "AWS_SECRET_ACCESS_KEY", "testing", "AWS_ENDPOINT_URL_SECRETS_MANAGER", endpoint.toString())))
                .secretValues();
    }

    private GetSecretValueClient client() {
        return client(URI.create("http://127.0.0.1:" + server.getAddress().getPort()));
    }

    @Test
    void secretString_signedForSecretsManagerWithItsTarget() {
        answers.add(new String[] {"200", "{\"Name\":\"n\",\"SecretString\":\"{\\\"a\\\":1}\"}"});

        String value = client().secretString(SECRET, TIME);

        assertEquals("{\"a\":1}", value);
        assertEquals(List.of("secretsmanager.GetSecretValue"), headers.get(0).get("X-amz-target"));
        assertEquals(List.of("application/x-amz-json-1.1"), headers.get(0).get("Content-type"));
        String authorization = headers.get(0).get("Authorization").get(0);
        assertTrue(authorization.startsWith("AWS4-HMAC-SHA256 Credential=testing/")
                && authorization.contains("/eu-west-1/secretsmanager/aws4_request"), authorization);
        assertEquals(List.of("{\"SecretId\":\"call-annotator/twilio\"}"), bodies);
    }

    @Test
    void secretString_serverErrorOnce_triedAgain() {
        answers.add(new String[] {"500", "{\"__type\":\"InternalServiceError\",\"message\":\"oops\"}"});
        answers.add(new String[] {"200", "{\"SecretString\":\"v\"}"});

        assertEquals("v", client().secretString(SECRET, TIME));
        assertEquals(2, bodies.size());
    }

    @Test
    void secretString_throttledTwice_givesUpNamingTheCode() {
        answers.add(new String[] {"400", "{\"__type\":\"ThrottlingException\",\"message\":\"Rate exceeded\"}"});
        answers.add(new String[] {"400", "{\"__type\":\"ThrottlingException\",\"message\":\"Rate exceeded\"}"});

        CredentialsException e = assertThrows(CredentialsException.class, () -> client().secretString(SECRET, TIME));

        assertEquals("secret call-annotator/twilio could not be read: ThrottlingException (HTTP 400)", e.getMessage());
        assertEquals(2, bodies.size());
    }

    @Test
    void secretString_accessDenied_namesThePermissionAndIsNotTriedAgain() {
        answers.add(new String[] {"400", "{\"__type\":\"com.amazonaws.secretsmanager#AccessDeniedException\","
                + "\"Message\":\"not authorized\"}"});

        CredentialsException e = assertThrows(CredentialsException.class, () -> client().secretString(SECRET, TIME));

        assertEquals("secret call-annotator/twilio could not be read: AccessDeniedException (HTTP 400), access denied:"
                + " the function's role needs secretsmanager:GetSecretValue on it", e.getMessage());
        assertEquals(1, bodies.size());
    }

    @Test
    void secretString_binarySecret_saysItIsNotRead() {
        answers.add(new String[] {"200", "{\"Name\":\"n\",\"SecretBinary\":\"AAEC\"}"});

        CredentialsException e = assertThrows(CredentialsException.class, () -> client().secretString(SECRET, TIME));

        assertEquals("secret call-annotator/twilio has no SecretString (binary secrets are not read)", e.getMessage());
    }

    @Test
    void secretString_silentServer_givenUpWithinTheTimeLimit() throws IOException {
        try (ServerSocket silent = new ServerSocket(0, 4, InetAddress.getLoopbackAddress())) {
            long started = System.nanoTime();
            CredentialsException e = assertThrows(CredentialsException.class, () -> client(
                    URI.create("http://127.0.0.1:" + silent.getLocalPort())).secretString(SECRET,
                    Duration.ofMillis(400)));
            Duration took = Duration.ofNanos(System.nanoTime() - started);

            assertEquals("secret call-annotator/twilio could not be read: ApiCallTimeoutException (time limit 400 ms)",
                    e.getMessage());
            assertTrue(took.compareTo(Duration.ofMillis(1500)) < 0, took.toString());
        }
    }

    @Test
    void secretString_nothingListening_saysItCouldNotConnect() throws IOException {
        int port;
        try (ServerSocket closed = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = closed.getLocalPort();
        }
        GetSecretValueClient client = client(URI.create("http://127.0.0.1:" + port));

        CredentialsException e = assertThrows(CredentialsException.class, () -> client.secretString(SECRET, TIME));

        assertEquals("secret call-annotator/twilio could not be read: SdkClientException (time limit 2000 ms)",
                e.getMessage());
    }

    @Test
    void defaultEndpoint_followsThePartition() {
        assertEquals(URI.create("https://secretsmanager.eu-west-1.amazonaws.com"),
                GetSecretValueClient.defaultEndpoint(Region.EU_WEST_1));
        assertEquals(URI.create("https://secretsmanager.cn-north-1.amazonaws.com.cn"),
                GetSecretValueClient.defaultEndpoint(Region.CN_NORTH_1));
    }
}
