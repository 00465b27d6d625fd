package com.callannotator.local;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.callannotator.local.crac.ShimClasspath;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One emulated SnapStart start of a function: init, the CRaC hooks (through the {@code crac} shim, driven by the
 * runtime client's own SnapStart sequence), then the first event.
 *
 * @param first the first event's result; its {@link InvocationResult#invoke()} is the first invoke after restore
 * @param registered what registered with the CRaC context, as the shim printed it
 * @param classesAfterRestore with {@link #countingClasses}: the classes the runtime JVM loaded after the restore (the
 *     first invoke, and the runtime asking for the next event); empty when not counted or nothing marked a restore
 */
record SnapStartRun(InvocationResult first, List<String> registered, Optional<List<String>> classesAfterRestore) {
    private static final String CLASS_LOAD_TAG = "[class,load] ";
    private static final String JAVA_TOOL_OPTIONS = "JAVA_TOOL_OPTIONS";

    /** {@code function} as a SnapStart version: {@code AWS_LAMBDA_INITIALIZATION_TYPE=snap-start}. */
    static FunctionSpec asSnapStart(FunctionSpec function) {
        return with(function, RuntimeLauncher.INITIALIZATION_TYPE, RuntimeLauncher.SNAP_START);
    }

    /** Starts {@code function} as a SnapStart version and invokes {@code event} once; output goes to {@code logs}. */
    static SnapStartRun measure(FunctionSpec function, String event, OutputStream logs)
            throws IOException, InterruptedException {
        return measure(function, event, logs, null);
    }

    /**
     * As {@link #measure}, with the runtime JVM logging each class it loads ({@code -Xlog:class+load}) to a file of
     * its own. Slower, so for counting runs only, not for timed ones. A file, not the runtime's stderr: HotSpot
     * writes that log outside {@code System.err}'s lock, so the two streams interleave mid-line.
     */
    static SnapStartRun countingClasses(FunctionSpec function, String event, OutputStream logs)
            throws IOException, InterruptedException {
        Path classLog = Files.createTempFile("class-load", ".log");
        try {
            return measure(function, event, logs, classLog);
        } finally {
            Files.deleteIfExists(classLog);
        }
    }

    private static SnapStartRun measure(FunctionSpec function, String event, OutputStream logs, Path classLog)
            throws IOException, InterruptedException {
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        OutputStream tee = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                output.write(b);
                logs.write(b);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                output.write(b, off, len);
                logs.write(b, off, len);
            }
        };
        FunctionSpec started = asSnapStart(function);
        if (classLog != null) {
            started = with(started, JAVA_TOOL_OPTIONS,
                    "-Xlog:class+load=info:file=" + classLog + ":tags:filecount=0");
        }
        InvocationResult first = new LocalInvoke(started, tee).invoke(List.of(event)).get(0);
        List<String> registered = output.toString(UTF_8).lines()
                .filter(line -> line.startsWith(ShimClasspath.REGISTERED))
                .map(line -> line.substring(ShimClasspath.REGISTERED.length()))
                .toList();
        return new SnapStartRun(first, registered,
                classLog == null ? Optional.empty() : classesAfterRestore(Files.readAllLines(classLog, UTF_8)));
    }

    /**
     * The classes loaded after the shim's restore marker class, in load order; empty if the marker never loaded
     * (nothing registered with the CRaC context, so no hooks ran).
     */
    static Optional<List<String>> classesAfterRestore(List<String> classLoadLines) {
        List<String> classes = classLoadLines.stream().filter(line -> line.startsWith(CLASS_LOAD_TAG))
                .map(line -> line.substring(CLASS_LOAD_TAG.length()).split(" ", 2)[0]).toList();
        int marker = classes.indexOf(ShimClasspath.RESTORE_MARKER);
        return marker < 0 ? Optional.empty() : Optional.of(classes.subList(marker + 1, classes.size()));
    }

    private static FunctionSpec with(FunctionSpec function, String name, String value) {
        Map<String, String> environment = new HashMap<>(function.environment());
        environment.put(name, value);
        return function.withEnvironment(environment);
    }
}
