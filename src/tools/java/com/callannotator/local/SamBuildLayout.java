package com.callannotator.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/**
 * The deployment package as {@code sam build} lays it out, assembled from what {@code mvn package} produced:
 * {@code target/classes} at the root and {@code target/runtime-jars} (groupId-prefixed, runtime scope) in
 * {@code lib/}. For the integration tests; {@code scripts/build-layout} builds the same for the scripts.
 */
final class SamBuildLayout {

    private SamBuildLayout() {
    }

    /**
     * Lays the package out in {@code target/it-layout} and returns it.
     *
     * @throws IllegalStateException when {@code mvn package} has not run
     */
    static Path assemble() {
        Path target = Path.of("target");
        Path classes = target.resolve("classes");
        Path jars = target.resolve("runtime-jars");
        if (!Files.isDirectory(classes) || !Files.isDirectory(jars)) {
            throw new IllegalStateException("run `mvn verify`: target/classes and target/runtime-jars are missing");
        }
        Path layout = target.resolve("it-layout");
        try {
            deleteRecursively(layout);
            copyTree(classes, layout);
            copyTree(jars, layout.resolve("lib"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return layout.toAbsolutePath();
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Path copy = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(file, copy, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : (Iterable<Path>) files.sorted((a, b) -> b.getNameCount() - a.getNameCount())::iterator) {
                Files.delete(file);
            }
        }
    }
}
