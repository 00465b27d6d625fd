package com.callannotator.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.callannotator.annotation.AnnotationField;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

final class AnnotateArgumentsTest {

    private static final String CALL = "CA0123456789abcdef0123456789abcdef";

    @Test
    void parse_optionsBeforeAndAfterCallSid_keepsValuesAsTyped() {
        List<String> args = List.of("--score=-3", CALL, "--comment", "--looks like an option", "--spam", "TRUE");

        AnnotateArguments parsed = AnnotateArguments.parse(args);

        assertEquals(new AnnotateArguments(CALL, Map.of("call_score", "-3", "comment", "--looks like an option",
                "spam", "TRUE"), false, false), parsed);
    }

    @Test
    void parse_helpAnywhere_isHelpOnly() {
        AnnotateArguments parsed = AnnotateArguments.parse(List.of("--bogus", "-h"));

        assertEquals(new AnnotateArguments(null, Map.of(), false, true), parsed);
    }

    @Test
    void helpFile_ofTheScript_isTheUsage() throws IOException {
        // scripts/annotate answers --help, and reads its options, from this file, before it builds anything.
        String file = Files.readString(Path.of("scripts/lib/annotate-help.txt"), StandardCharsets.UTF_8);

        assertEquals(AnnotateCommand.USAGE, file, "scripts/lib/annotate-help.txt is stale; rewrite it with: java -cp"
                + " 'target/classes:target/runtime-jars/*:target/cli-jars/*' com.callannotator.cli.AnnotateCommand"
                + " --help > scripts/lib/annotate-help.txt");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(AnnotationField.class)
    void parse_everyField_hasAnOption(AnnotationField field) {
        String option = AnnotateArguments.option(field);

        AnnotateArguments parsed = AnnotateArguments.parse(List.of(CALL, option + "=x"));

        assertEquals(Map.of(field.snakeName(), "x"), parsed.fields());
        assertTrue(AnnotateCommand.USAGE.contains("[" + option + " "), AnnotateCommand.USAGE);
        assertTrue(AnnotateCommand.USAGE.contains(field.accepts().split(" ", -1)[0]), AnnotateCommand.USAGE);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "unknown option | " + CALL + " --mood happy | unknown option --mood; known: --show, --score, --quality, --spam,"
                + " --answered-by, --connectivity-issue, --comment, --incident",
        "missing value  | " + CALL + " --score | --score needs a value",
        "repeated       | " + CALL + " --score 4 --score=5 | --score is given more than once",
        "two call SIDs  | " + CALL + " " + CALL + " --show | one CALL_SID only; unexpected " + CALL,
        "no call SID    | --score 4 | CALL_SID is missing",
        "nothing to do  | " + CALL + " | nothing to do: give --show, or at least one of --score, --quality, --spam,"
                + " --answered-by, --connectivity-issue, --comment, --incident",
    })
    void parse_malformed_saysWhatIsWrong(String name, String line, String message) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> AnnotateArguments.parse(List.of(line.split(" "))));

        assertEquals(message, e.getMessage());
    }
}
