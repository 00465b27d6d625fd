package com.callannotator.local;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The system classpath of the Lambda Java runtime: the runtime interface client (RIC) and the jars it needs.
 *
 * <p>These are found through the tools' classpath, where Maven puts
 * {@code aws-lambda-java-runtime-interface-client} and its dependencies. Customer code is deliberately absent: the
 * RIC loads it from the task root, exactly as in Lambda (FACTS-aws.md §4.1).
 */
final class RuntimeClasspath {
    /** One class from each jar the RIC needs on the system classpath. */
    private static final List<String> MARKER_CLASSES = List.of(
            "com.amazonaws.services.lambda.runtime.api.client.AWSLambda",
            "com.amazonaws.services.lambda.runtime.serialization.events.LambdaEventSerializers",
            "com.amazonaws.services.lambda.runtime.Context",
            "software.amazon.awssdk.utilslite.SdkInternalThreadLocal");

    /** The RIC's main class. */
    static final String MAIN_CLASS = MARKER_CLASSES.get(0);

    private RuntimeClasspath() {
    }

    /**
     * The jars holding the runtime, in a fixed order.
     *
     * @throws IllegalStateException when one is not on our classpath
     */
    static List<Path> jars() {
        Set<Path> jars = new LinkedHashSet<>();
        for (String className : MARKER_CLASSES) {
            jars.add(jarOf(className));
        }
        return List.copyOf(jars);
    }

    private static Path jarOf(String className) {
        try {
            return jarHolding(Class.forName(className, false, RuntimeClasspath.class.getClassLoader()));
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("not on the classpath: " + className
                    + " (test-scoped dependency com.amazonaws:aws-lambda-java-runtime-interface-client)", e);
        }
    }

    /**
     * The jar a class was loaded from.
     *
     * @throws IllegalStateException when it was not loaded from a jar file
     */
    static Path jarHolding(Class<?> type) {
        CodeSource source = type.getProtectionDomain().getCodeSource();
        try {
            Path path = source == null ? null : Path.of(source.getLocation().toURI());
            if (path == null || !Files.isRegularFile(path)) {
                throw new IllegalStateException("not loaded from a jar: " + type.getName() + " (" + path + ")");
            }
            return path;
        } catch (URISyntaxException e) {
            throw new IllegalStateException("unusable code source for " + type.getName(), e);
        }
    }
}
