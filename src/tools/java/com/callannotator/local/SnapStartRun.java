package com.callannotator.local;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.callannotator.local.crac.ShimClasspath;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One emulated SnapStart start of a function: init, the CRaC hooks (through the {@code crac} shim, driven by the
 * runtime client's own SnapStart sequence), then the first event.
 *
 * @param first the first event's result; its {@link InvocationResult#invoke()} is the first invoke after restore
 * @param registered what registered with the CRaC context, as the shim printed it
 * @param classesAfterRestore with {@link #countingClasses}: the classes the runtime JVM loaded after the restore (the
 *     first invoke, and the runtime asking for the next event); otherwise empty
 */
record SnapStartRun(InvocationResult first, List<String> registered, List<String> classesAfterRestore) {
    private static final String CLASS_LOAD_TAG = "[class,load] ";
    private static final String JAVA_TOOL_OPTIONS = "JAVA_TOOL_OPTIONS";

    /** {@code function} as a SnapStart version: {@code AWS_LAMBDA_INITIALIZATION_TYPE=snap-start}. */
    static FunctionSpec asSnapStart(FunctionSpec function) {
        return with(function, RuntimeLauncher.INITIALIZATION_TYPE, RuntimeLauncher.SNAP_START);
    }

    /**
     * {@code function} logging each class it loads ({@code -Xlog:class+load}). Slower, so for counting runs only,
     * not for timed ones.
     */
    static FunctionSpec countingClasses(FunctionSpec function) {
        return with(function, JAVA_TOOL_OPTIONS, "-Xlog:class+load=info:stderr");
    }

    /** Starts {@code function} as a SnapStart version and invokes {@code event} once; output goes to {@code logs}. */
    static SnapStartRun measure(FunctionSpec function, String event, OutputStream logs)
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
        InvocationResult first = new LocalInvoke(asSnapStart(function), tee).invoke(List.of(event)).get(0);
        List<String> lines = output.toString(UTF_8).lines().toList();
        List<String> registered = lines.stream().filter(line -> line.startsWith(ShimClasspath.REGISTERED))
                .map(line -> line.substring(ShimClasspath.REGISTERED.length())).toList();
        return new SnapStartRun(first, registered, classesAfterRestore(lines));
    }

    /** The classes in {@code -Xlog:class+load} lines after the shim's restore line. */
    private static List<String> classesAfterRestore(List<String> lines) {
        int restored = -1;
        for (int i = 0; i < lines.size() && restored < 0; i++) {
            restored = lines.get(i).startsWith(ShimClasspath.RESTORED) ? i : -1;
        }
        if (restored < 0) {
            return List.of();
        }
        return lines.subList(restored + 1, lines.size()).stream().filter(line -> line.contains(CLASS_LOAD_TAG))
                .map(line -> line.substring(line.indexOf(CLASS_LOAD_TAG) + CLASS_LOAD_TAG.length()))
                .map(rest -> rest.split(" ", 2)[0]).toList();
    }

    private static FunctionSpec with(FunctionSpec function, String name, String value) {
        Map<String, String> environment = new HashMap<>(function.environment());
        environment.put(name, value);
        return function.withEnvironment(environment);
    }
}
