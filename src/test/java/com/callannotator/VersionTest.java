package com.callannotator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

final class VersionTest {

    @Test
    void version_equalsTheMavenProjectVersion() throws IOException {
        String pom = Files.readString(Path.of("pom.xml"));
        Matcher version = Pattern.compile("<artifactId>call-annotator</artifactId>\\s*<version>([^<]+)</version>")
                .matcher(pom);

        version.find();
        assertEquals(version.group(1), Version.VERSION);
        assertEquals("call-annotator/" + version.group(1), CallAnnotator.USER_AGENT);
    }
}
