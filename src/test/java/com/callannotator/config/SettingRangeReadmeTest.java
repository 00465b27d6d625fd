package com.callannotator.config;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The README's settings table states each numeric setting's range as the function enforces it. */
final class SettingRangeReadmeTest {

    @Test
    void everyRangeIsInTheReadmeTable() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        for (SettingRange range : SettingRange.values()) {
            Optional<String> row = readme.lines().filter(line -> line.startsWith("| `" + range.variable() + "` |"))
                    .findFirst();
            assertTrue(row.isPresent(), "no README row for " + range.variable());
            String stated = "`" + range.min() + "`–`" + range.max() + "`";
            assertTrue(row.get().contains(stated), range.variable() + " row must state " + stated + ": " + row.get());
        }
    }

    @Test
    void configEnforcesTheRange() {
        for (SettingRange range : SettingRange.values()) {
            String tooHigh = Integer.toString(range.max() + 1);
            ConfigException e = assertThrows(ConfigException.class, () -> Config.from(
                    Map.of("TWILIO_ACCOUNT_SID", "AC1", "TWILIO_AUTH_TOKEN", "t", range.variable(), tooHigh)));
            assertTrue(e.getMessage().contains(range.variable() + " must be an integer from " + range.min() + " to "
                    + range.max()), e.getMessage());
        }
    }
}
