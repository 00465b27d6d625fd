package com.callannotator.local;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.callannotator.local.crac.ShimClasspath;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * One emulated SnapStart start of a function: init, the CRaC hooks (through the {@code crac} shim, driven by the
 * runtime client's own SnapStart sequence), then the first event.
 *
 * @param first the first event's result; its {@link InvocationResult#invoke()} is the first invoke after restore
 * @param classesAfterRestore classes the JVM loaded from the restore until it was stopped after that invoke
 * @param registered what registered with the CRaC context, as the shim printed it
 */
record SnapStartRun(InvocationResult first, OptionalLong classesAfterRestore, List<String> registered) {
    private static final String REGISTERED = ShimClasspath.REGISTERED;
    private static final String RESTORED = ShimClasspath.RESTORED;
    private static final String EXITING = ShimClasspath.EXITING;

    /** {@code function} as a SnapStart version: {@code AWS_LAMBDA_INITIALIZATION_TYPE=snap-start}. */
    static FunctionSpec asSnapStart(FunctionSpec function) {
        Map<String, String> environment = new HashMap<>(function.environment());
        environment.put(RuntimeLauncher.INITIALIZATION_TYPE, RuntimeLauncher.SNAP_START);
        return function.withEnvironment(environment);
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
        OptionalLong restored = number(lines, RESTORED);
        OptionalLong exited = number(lines, EXITING);
        OptionalLong loaded = restored.isPresent() && exited.isPresent()
                ? OptionalLong.of(exited.getAsLong() - restored.getAsLong()) : OptionalLong.empty();
        List<String> registered = lines.stream().filter(line -> line.startsWith(REGISTERED))
                .map(line -> line.substring(REGISTERED.length())).toList();
        return new SnapStartRun(first, loaded, registered);
    }

    private static OptionalLong number(List<String> lines, String prefix) {
        return lines.stream().filter(line -> line.startsWith(prefix))
                .mapToLong(line -> Long.parseLong(line.substring(prefix.length()).trim())).findFirst();
    }
}
