package com.callannotator.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.callannotator.testutils.InsightsStandIn;
import com.fasterxml.jackson.jr.ob.JSON;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code scripts/annotate} end to end, after {@code package}: the bash wrapper, a new JVM, the stand-in. */
final class AnnotateScriptIT {

    private static final String CALL = "CA0123456789abcdef0123456789abcdef";

    @TempDir
    Path dir;

    @RegisterExtension
    final InsightsStandIn insights = InsightsStandIn.forEachTest();

    @BeforeEach
    void start() throws IOException {
        // Failsafe runs after `package`, so the build is current: tell the script so, or a pom.xml newer than the
        // class files (nothing recompiled) would make it run Maven inside this Maven build.
        Files.writeString(Path.of("target", ".annotate-built"), "");
    }

    @Test
    void annotate_scoreAndQuality_postsThemAndPrintsTheAnnotation() throws Exception {
        ProcessBuilder script = new ProcessBuilder("scripts/annotate", CALL, "--score", "3", "--quality", "echo")
                .redirectOutput(dir.resolve("out").toFile()).redirectError(dir.resolve("err").toFile());
        Map<String, String> environment = script.environment();
        environment.keySet().removeIf(name -> name.startsWith("TWILIO_"));
        environment.putAll(insights.localEnvironment());

        int status = run(script);

        assertEquals(0, status, read("err"));
        assertEquals(List.of(new InsightsStandIn.RecordedPost(CALL, Map.of("CallScore", "3", "QualityIssues", "echo"),
                InsightsStandIn.ACCOUNT_SID)), insights.posts());
        assertEquals(List.of("echo"), JSON.std.mapFrom(read("out")).get("quality_issues"));
        assertTrue(read("err").isEmpty(), read("err"));
    }

    private static int run(ProcessBuilder script) throws IOException, InterruptedException {
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
