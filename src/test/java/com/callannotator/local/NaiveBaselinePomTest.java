package com.callannotator.local;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The naive baseline's package (src/tools/naive-baseline/pom.xml) is built from the versions the project compiles
 * {@code NaiveHandler} against, so the benchmark compares like with like.
 */
final class NaiveBaselinePomTest {

    @ParameterizedTest
    @ValueSource(strings = {"aws.sdk.version", "lambda.core.version", "lambda.events.version", "twilio.sdk.version"})
    void naiveBaselinePom_usesTheProjectsVersion(String property) throws IOException {
        String project = property(Path.of("pom.xml"), property);
        String naive = property(Path.of("src/tools/naive-baseline/pom.xml"), property);

        assertEquals(project, naive, property + " differs between pom.xml and src/tools/naive-baseline/pom.xml");
    }

    private static String property(Path pom, String name) throws IOException {
        Matcher value = Pattern.compile("<" + Pattern.quote(name) + ">([^<]+)</").matcher(Files.readString(pom));
        if (!value.find()) {
            throw new AssertionError(pom + " has no <" + name + ">");
        }
        return value.group(1);
    }
}
