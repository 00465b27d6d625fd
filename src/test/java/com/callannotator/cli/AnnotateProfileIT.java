package com.callannotator.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.callannotator.testutils.InsightsStandIn;
import com.callannotator.testutils.MotoServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;

/**
 * {@code scripts/annotate} with AWS credentials as a person at a terminal has them (profiles in temporary
 * {@code AWS_CONFIG_FILE} / {@code AWS_SHARED_CREDENTIALS_FILE}, no keys in the environment), against moto: the
 * script's own JVM and classpath, so an assume-role profile proves {@code sts} is on it.
 */
final class AnnotateProfileIT {

    @RegisterExtension
    static final MotoServer MOTO = new MotoServer();

    private static final String CALL = "CA0123456789abcdef0123456789abcdef";
    private static final String SECRET = "call-annotator/twilio";
    private static final String PROFILES = """
            [profile dev]
            region = us-east-1
            [profile annotator]
            role_arn = arn:aws:iam::123456789012:role/annotator
            source_profile = dev
            region = us-east-1
            """;

    @TempDir
    Path dir;

    @RegisterExtension
    final InsightsStandIn insights = InsightsStandIn.forEachTest();

    @BeforeEach
    void start() throws IOException {
        Files.writeString(Path.of("target", ".annotate-built"), ""); // The build is current (see AnnotateScriptIT).
        Files.writeString(dir.resolve("config"), PROFILES);
        Files.writeString(dir.resolve("credentials"), """
                [dev]
                aws_access_key_id = testing
                aws_secret_access_key = testing
                """);
    }

    @Test
    void annotate_profileWithStaticKeys_readsTheSecretWithTheProfilesRegion() throws Exception {
        createSecret();

        int status = run(Map.of("AWS_PROFILE", "dev"));

        assertEquals(0, status, read("err"));
        assertEquals(1, insights.server().getAllServeEvents().size());
    }

    @Test
    void annotate_assumeRoleProfile_readsTheSecretThroughSts() throws Exception {
        createSecret();

        int status = run(Map.of("AWS_PROFILE", "annotator"));

        assertEquals(0, status, read("err"));
        assertEquals(1, insights.server().getAllServeEvents().size());
    }

    @Test
    void annotate_noCredentialsAtAll_saysSoOnOneLine() throws Exception {
        createSecret();
        Files.delete(dir.resolve("credentials"));

        int status = run(Map.of("AWS_REGION", "us-east-1"));

        String err = read("err");
        assertEquals(1, status, err);
        assertEquals(1, err.lines().count(), err);
        assertTrue(err.startsWith("annotate: credentials: secret " + SECRET + " could not be read")
                && err.contains("SdkClientException: Unable to load credentials"), err);
        assertFalse(err.contains("ProfileFile("), err); // the SDK's dump of the whole file is cut
        assertEquals(List.of(), insights.server().getAllServeEvents());
    }

    @Test
    void packages_ssoAndStsModules_onTheScriptsClasspathOnly() throws IOException {
        List<String> modules = List.of("sso", "ssooidc", "sts");
        assertEquals(List.of(), jars("runtime-jars", modules), "in the deployment package");
        assertEquals(3, jars("cli-jars", modules).size(), "on scripts/annotate's classpath");
    }

    private static List<String> jars(String directory, List<String> modules) throws IOException {
        try (Stream<Path> files = Files.list(Path.of("target", directory))) {
            return files.map(file -> file.getFileName().toString())
                    .filter(name -> modules.stream().anyMatch(module -> name.matches(
                            "(software\\.amazon\\.awssdk\\.)?" + module + "-[0-9.]+\\.jar"))).toList();
        }
    }

    private static void createSecret() {
        try (SecretsManagerClient admin = MOTO.secretsManager()) {
            admin.createSecret(b -> b.name(SECRET).secretString("{\"account_sid\":\"" + InsightsStandIn.ACCOUNT_SID
                    + "\",\"auth_token\":\"" + InsightsStandIn.AUTH_TOKEN + "\"}"));
        }
    }

    /** Runs {@code annotate CALL --show} with no AWS or Twilio settings but these, the files in {@link #dir}. */
    private int run(Map<String, String> aws) throws IOException, InterruptedException {
        ProcessBuilder script = new ProcessBuilder("scripts/annotate", CALL, "--show")
                .redirectOutput(dir.resolve("out").toFile()).redirectError(dir.resolve("err").toFile());
        Map<String, String> environment = script.environment();
        environment.keySet().removeIf(name -> name.startsWith("AWS_") || name.startsWith("TWILIO_"));
        environment.putAll(aws);
        environment.put("HOME", dir.toString()); // no ~/.aws of the person running the tests
        environment.put("AWS_CONFIG_FILE", dir.resolve("config").toString());
        environment.put("AWS_SHARED_CREDENTIALS_FILE", dir.resolve("credentials").toString());
        environment.put("AWS_EC2_METADATA_DISABLED", "true"); // no instance metadata probe off EC2
        environment.put("AWS_ENDPOINT_URL", MOTO.endpoint());
        environment.put("TWILIO_SECRET_ID", SECRET);
        environment.put("TWILIO_INSIGHTS_BASE_URL", insights.baseUrl());
        Process process = script.start();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("scripts/annotate did not finish within 60 s");
        }
        return process.exitValue();
    }

    private String read(String name) throws IOException {
        return Files.readString(dir.resolve(name), UTF_8);
    }
}
