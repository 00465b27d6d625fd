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
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A JUnit 5 extension that runs {@code moto_server} (local Secrets Manager and SQS) on a free loopback port for a
 * test class, resets its state before each test, and stops it afterwards.
 *
 * <p>When {@code moto_server} is not installed the tests are skipped with how to install it, except under
 * {@code CI=true}, where that fails the run. Use it with {@code @RegisterExtension static final MotoServer MOTO}.
 */
public final class MotoServer implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback {

    public static final String REGION = "us-east-1";
    private static final String INSTALL = "moto_server is not on the PATH; install it with: pip install 'moto[server]'";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(30);

    private Process process;
    private int port;

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        String executable = findOnPath("moto_server");
        if (executable == null) {
            if ("true".equals(System.getenv("CI"))) {
                fail(INSTALL);
            }
            Assumptions.abort(INSTALL);
        }
        port = freePort();
        Path log = Files.createTempFile("moto-server-", ".log");
        process = new ProcessBuilder(executable, "-H", "127.0.0.1", "-p", Integer.toString(port))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        awaitReady(log);
    }

    @Override
    public void beforeEach(ExtensionContext context) throws IOException {
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
