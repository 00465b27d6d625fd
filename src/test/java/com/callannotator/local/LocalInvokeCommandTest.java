package com.callannotator.local;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class LocalInvokeCommandTest {
    @TempDir
    Path dir;

    @Test
    void parse_allOptions_buildsFunctionAndReadsEvents() throws Exception {
        Path env = Files.writeString(dir.resolve("env"), "# local\nA=1\n\nB=x=y\n");
        Path event = Files.writeString(dir.resolve("e.json"), "{\"k\":1}");

        LocalInvokeCommand.Parsed parsed = LocalInvokeCommand.parse(List.of("--task-root", dir.toString(),
                "--handler", "a.B::handleRequest", "--name", "Fn", "--timeout", "30", "--memory", "512",
                "--env-file", env.toString(), event.toString()));

        assertEquals(new FunctionSpec("Fn", dir, "a.B::handleRequest", Map.of("A", "1", "B", "x=y"),
                Duration.ofSeconds(30), 512), parsed.function());
        assertEquals(List.of("{\"k\":1}"), parsed.events());
    }

    @Test
    void parse_unknownOption_listsKnownOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> LocalInvokeCommand.parse(List.of("--handlr", "x")));

        assertEquals("unknown option --handlr; known: [--task-root, --handler, --name, --env-file, --timeout,"
                + " --memory]", e.getMessage());
    }

    @Test
    void readEnvFile_lineWithoutEquals_namesLineButNotItsContent() throws Exception {
        Path env = Files.writeString(dir.resolve("env"), "A=1\nsecret-token-value\n");

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> LocalInvokeCommand.readEnvFile(env));

        assertEquals("not KEY=VALUE: " + env + " line 2", e.getMessage());
    }

    @Test
    void print_anyError_printsBodiesAndReturnsOne() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        List<InvocationResult> results = List.of(
                new InvocationResult(InvocationResult.Kind.RESPONSE, "{\"ok\":1}", null, Duration.ofMillis(900),
                        Duration.ofMillis(120), true),
                new InvocationResult(InvocationResult.Kind.ERROR, "{\"errorMessage\":\"x\"}", "Runtime.UserException",
                        Duration.ofMillis(950), Duration.ofMillis(5), false));

        int status = LocalInvokeCommand.print(results, new PrintStream(out, true, UTF_8),
                new PrintStream(err, true, UTF_8));

        assertEquals(1, status);
        assertEquals("{\"ok\":1}\n{\"errorMessage\":\"x\"}\n", out.toString(UTF_8));
        assertEquals("""
                local-invoke: event 1: response, cold, 900 ms since JVM start, 120 ms invoke
                local-invoke: event 2: error Runtime.UserException, warm, 950 ms since JVM start, 5 ms invoke
                """, err.toString(UTF_8));
    }
}
