package com.callannotator.testutils;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;

/**
 * A JUnit 5 extension that runs {@code moto_server} (local Secrets Manager and SQS) on a free loopback port for a
 * test class, resets its state before each test, and stops it afterwards.
 *
 * <p>When {@code moto_server} is not installed, each test is disabled with how to install it, so Surefire and
 * Failsafe count it as skipped (an aborted class would vanish from the counts), and the hint is printed once per JVM;
 * under {@code CI=true} the missing server fails the run instead. Use it with
 * {@code @RegisterExtension static final MotoServer MOTO}.
 */
public final class MotoServer implements ExecutionCondition, BeforeAllCallback, AfterAllCallback, BeforeEachCallback {

    public static final String REGION = "us-east-1";
    private static final String INSTALL = "moto_server is not on the PATH; install it with: pip install 'moto[server]'";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(30);

    private static final AtomicBoolean HINT_PRINTED = new AtomicBoolean();

    private final Map<String, String> environment;
    private Process process;
    private int port;

    public MotoServer() {
        this(Map.of());
    }

    private MotoServer(Map<String, String> environment) {
        this.environment = Map.copyOf(environment);
    }

    /**
     * A server that lets the first {@code freeActions} calls through and then enforces IAM (moto's
     * {@code INITIAL_NO_AUTH_ACTION_COUNT}): set up a user without permissions, then call as that user.
     */
    public static MotoServer enforcingIamAfter(int freeActions) {
        return new MotoServer(Map.of("INITIAL_NO_AUTH_ACTION_COUNT", Integer.toString(freeActions)));
    }

    /** Each test is disabled (reported skipped) when moto_server is missing, unless under CI=true. */
    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (isCi() || findOnPath("moto_server") != null) {
            return ConditionEvaluationResult.enabled("moto_server is on the PATH");
        }
        if (context.getTestMethod().isEmpty()) {
            return ConditionEvaluationResult.enabled("each test is reported as skipped on its own");
        }
        if (HINT_PRINTED.compareAndSet(false, true)) {
            System.err.println("SKIPPED: the tests that need moto_server (" + INSTALL + ")");
        }
        return ConditionEvaluationResult.disabled(INSTALL);
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        String executable = findOnPath("moto_server");
        if (executable == null) {
            if (isCi()) {
                fail(INSTALL);
            }
            return; // every test of the class is disabled and reported as skipped
        }
        port = freePort();
        Path log = Files.createTempFile("moto-server-", ".log");
        ProcessBuilder builder = new ProcessBuilder(executable, "-H", "127.0.0.1", "-p", Integer.toString(port))
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        process = builder.start();
        awaitReady(log);
    }

    @Override
    public void beforeEach(ExtensionContext context) throws IOException {
        if (process == null) {
            return;
        }
        HttpURLConnection reset = (HttpURLConnection) URI.create(endpoint() + "/moto-api/reset").toURL()
                .openConnection();
        reset.setRequestMethod("POST");
        reset.getResponseCode();
        reset.disconnect();
    }

    @Override
    public void afterAll(ExtensionContext context) throws InterruptedException {
        if (process != null) {
            // The PATH entry may be a wrapper (e.g. a pyenv shim): stop what it started too.
            process.descendants().forEach(ProcessHandle::destroy);
            process.destroy();
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }

    /** {@code http://127.0.0.1:<port>}. */
    public String endpoint() {
        return "http://127.0.0.1:" + port;
    }

    /** The AWS settings that point the SDK at this server: endpoint, region and dummy keys. */
    public Map<String, String> awsEnvironment() {
        return Map.of("AWS_ENDPOINT_URL", endpoint(), "AWS_REGION", REGION,
                "AWS_ACCESS_KEY_ID", "testing", "AWS_SECRET_ACCESS_KEY", "testing");
    }

    /** An SDK Secrets Manager client on this server, for tests to create, rotate and delete secrets; close it. */
    public SecretsManagerClient secretsManager() {
        return SecretsManagerClient.builder().endpointOverride(URI.create(endpoint())).region(Region.of(REGION))
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("testing", "testing")))
                .httpClient(UrlConnectionHttpClient.create()).build();
    }

    private void awaitReady(Path log) throws IOException, InterruptedException {
        Instant giveUp = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(giveUp)) {
            if (!process.isAlive()) {
                fail("moto_server exited with " + process.exitValue() + ": " + Files.readString(log));
            }
            try {
                HttpURLConnection probe = (HttpURLConnection) URI.create(endpoint() + "/moto-api/").toURL()
                        .openConnection();
                probe.setConnectTimeout(200);
                probe.setReadTimeout(1000);
                if (probe.getResponseCode() > 0) {
                    probe.disconnect();
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(100);
        }
        process.destroyForcibly();
        fail("moto_server did not answer within " + START_TIMEOUT + ": " + Files.readString(log));
    }

    private static boolean isCi() {
        return "true".equals(System.getenv("CI"));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static String findOnPath(String name) {
        String path = System.getenv("PATH");
        if (path == null) {
            return null;
        }
        for (String directory : path.split(File.pathSeparator, -1)) {
            File candidate = new File(directory, name);
            if (candidate.isFile() && candidate.canExecute()) {
                return candidate.getAbsolutePath();
            }
        }
        return null;
    }
}
