package com.callannotator.lambda;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code scripts/sign-event} ({@link SignEventCommand}): every signed sample in {@code events/} is exactly what the
 * function's own signing code writes for it, byte for byte, so a sample edited without re-signing fails here.
 */
final class SignEventTest {

    @TempDir
    Path scratch;

    static Stream<Path> signedSamples() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("events"))) {
            List<Path> samples = files.filter(file -> file.toString().endsWith(".json"))
                    .filter(file -> !file.getFileName().toString().startsWith("sqs-")).sorted().toList();
            assertTrue(samples.size() >= 15, "signed samples: " + samples);
            return samples.stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("signedSamples")
    void sample_reSigned_isByteIdentical(Path sample) throws IOException {
        Run run = run(sample.toString());

        assertEquals(0, run.status(), run.err());
        assertEquals(Files.readString(sample, UTF_8), run.out());
    }

    @Test
    void editedBody_reSigned_getsAnotherSignature() throws IOException {
        Path edited = scratch.resolve("edited.json");
        Files.writeString(edited, Files.readString(Path.of("events/rest-api-survey-score.json"), UTF_8)
                .replace("Digits=4", "Digits=5"), UTF_8);
        String before = Files.readString(edited, UTF_8);

        Run run = run(edited.toString(), "--in-place");

        assertEquals(0, run.status(), run.err());
        assertEquals("", run.out());
        assertNotEquals(signature(before), signature(Files.readString(edited, UTF_8)));
    }

    @Test
    void otherTokenAndBaseUrl_changeTheSignatureOnly() {
        String sample = "events/survey-score.json";

        Run token = run(sample, "--auth-token=other");
        Run base = run(sample, "--public-base-url", "https://hooks.example.com/twilio/");

        assertNotEquals(signature(run(sample).out()), signature(token.out()));
        assertNotEquals(signature(token.out()), signature(base.out()));
        assertEquals(run(sample).out().replace(signature(run(sample).out()), signature(base.out())), base.out());
    }

    @Test
    void badInput_oneLineAndStatus2() {
        for (String[] args : List.of(new String[] {"events/survey-score.json", "--public-base-url", "ftp://x"},
                new String[] {"events/survey-score.json", "--public-base-url"}, new String[] {},
                new String[] {"events/sqs-retry-batch.json"}, new String[] {"events/missing.json"},
                new String[] {"events/survey-score.json", "--auth-token", ""})) {
            Run run = run(args);

            assertEquals(2, run.status(), run.err());
            assertEquals("", run.out());
            assertEquals(1, run.err().lines().count(), run.err());
            assertTrue(run.err().startsWith("sign-event: ") && run.err().contains("; " + SignEventCommand.USAGE),
                    run.err());
        }
    }

    private static String signature(String event) {
        int name = event.toLowerCase(Locale.ROOT).indexOf("\"x-twilio-signature\": \"");
        int start = name + "\"x-twilio-signature\": \"".length();
        return event.substring(start, event.indexOf('"', start));
    }

    private static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = SignEventCommand.run(args, new PrintStream(out, true, UTF_8), new PrintStream(err, true, UTF_8));
        return new Run(status, out.toString(UTF_8), err.toString(UTF_8));
    }

    private record Run(int status, String out, String err) {
    }
}
