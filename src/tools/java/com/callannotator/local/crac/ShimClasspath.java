package com.callannotator.local.crac;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;

/**
 * This package alone, as a classpath entry for the runtime JVM: its class files copied beside the tools' classes
 * into {@code crac-shim/}, so the runtime's system class loader sees the shim and none of our other tool classes.
 */
public final class ShimClasspath {
    /** The value of {@code -Dorg.crac.Core.Compat} that selects this package. */
    public static final String COMPAT_PACKAGE = Core.class.getPackageName();
    /** The prefix of the line the shim prints (to stderr) for each registration; the benchmark reads it. */
    public static final String REGISTERED = "crac-shim: registered ";
    /** The class whose {@code -Xlog:class+load} line marks the restore. */
    public static final String RESTORE_MARKER = RestoreMarker.class.getName();

    private ShimClasspath() {
    }

    /** The directory to put on the runtime JVM's classpath; created on first use. */
    public static synchronized Path directory() {
        try {
            Path classes = Path.of(Core.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path relative = Path.of(COMPAT_PACKAGE.replace('.', '/'));
            Path target = classes.resolveSibling("crac-shim");
            Files.createDirectories(target.resolve(relative));
            for (Path file : classFiles(classes.resolve(relative))) {
                Files.copy(file, target.resolve(relative).resolve(file.getFileName()),
                        StandardCopyOption.REPLACE_EXISTING);
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("could not lay out the CRaC shim", e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("unusable code source for the CRaC shim", e);
        }
    }

    private static List<Path> classFiles(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".class")).toList();
        }
    }
}
