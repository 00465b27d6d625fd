package com.callannotator.local;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * Lays out a small deployment package the way {@code sam build} does: class files at the root, jars in {@code lib/}.
 *
 * <p>For test fixtures: {@code scripts/build-layout} builds the real one.
 */
final class TaskRoot {

    private TaskRoot() {
    }

    /**
     * Copies the class files of {@code classes} and of their member classes (not anonymous or local ones) under
     * {@code dir} and the jars that hold {@code jarsOf} into {@code dir/lib}; returns {@code dir}.
     */
    static Path create(Path dir, List<Class<?>> classes, List<Class<?>> jarsOf) throws IOException {
        Files.createDirectories(dir.resolve("lib"));
        for (Class<?> type : classes) {
            copyClassFile(dir, type);
        }
        for (Class<?> type : jarsOf) {
            Path jar = RuntimeClasspath.jarHolding(type);
            Files.copy(jar, dir.resolve("lib").resolve(jar.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        }
        return dir;
    }

    private static void copyClassFile(Path dir, Class<?> type) throws IOException {
        String binaryName = type.getName();
        Path target = dir.resolve(binaryName.replace('.', '/') + ".class");
        Files.createDirectories(target.getParent());
        String fileName = binaryName.substring(binaryName.lastIndexOf('.') + 1) + ".class";
        try (InputStream in = type.getResourceAsStream(fileName)) {
            if (in == null) {
                throw new IllegalArgumentException("no class file for " + binaryName);
            }
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        }
        for (Class<?> member : type.getDeclaredClasses()) {
            copyClassFile(dir, member);
        }
    }
}
