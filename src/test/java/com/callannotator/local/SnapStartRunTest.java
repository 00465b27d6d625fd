package com.callannotator.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.callannotator.local.crac.Core;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Exchanger;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The class count after an emulated restore, read from a real JVM's {@code -Xlog:class+load} file: the shim's restore
 * marker splits the log, and without hooks there is no count rather than a wrong one.
 */
final class SnapStartRunTest {
    @TempDir
    Path dir;

    @Test
    void classesAfterRestore_areThoseLoadedAfterTheHooksRan() throws Exception {
        List<String> log = classLoadLog("restore");

        List<String> after = SnapStartRun.classesAfterRestore(log).orElseThrow();

        assertTrue(after.contains(Exchanger.class.getName()), () -> "loaded after the restore: " + after);
        assertFalse(after.contains(RestoreThenLoad.class.getName()), "the main class loaded before the restore");
        assertFalse(after.contains(Core.class.getName()), "the shim loaded before the restore");
    }

    @Test
    void classesAfterRestore_withoutHooks_isEmpty() throws Exception {
        List<String> log = classLoadLog("no-restore");

        assertTrue(log.stream().anyMatch(line -> line.contains(Exchanger.class.getName())), "the log was written");
        assertEquals(Optional.empty(), SnapStartRun.classesAfterRestore(log));
    }

    private List<String> classLoadLog(String mode) throws IOException, InterruptedException {
        Path log = dir.resolve("class-load.log");
        Process java = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xlog:class+load=info:file=" + log + ":tags:filecount=0",
                "-cp", System.getProperty("java.class.path"), RestoreThenLoad.class.getName(), mode)
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assertTrue(java.waitFor(60, TimeUnit.SECONDS), "the JVM did not exit");
        assertEquals(0, java.exitValue(), "the JVM failed");
        return Files.readAllLines(log);
    }

    /** Runs the shim's hooks (unless told not to), then loads a class nothing loads at start-up. */
    static final class RestoreThenLoad {
        public static void main(String[] args) throws Exception {
            if (args[0].equals("restore")) {
                Core.checkpointRestore();
            }
            new Exchanger<String>();
        }
    }
}
