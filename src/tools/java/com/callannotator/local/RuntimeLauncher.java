package com.callannotator.local;

import com.callannotator.local.crac.ShimClasspath;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Starts the real Lambda Java runtime (the RIC) for a function, in its own JVM, against a local Runtime API.
 *
 * <p>The JVM gets a clean environment shaped like Lambda's (plus {@code AWS_SAM_LOCAL=true}, as
 * {@code sam local invoke} sets), then the function's own variables. Its working directory is the task root,
 * because the RIC loads customer code from {@code user.dir} and {@code user.dir/lib/*.jar}.
 */
final class RuntimeLauncher {
    static final String DEFAULT_REGION = "us-east-1";
    static final String LOCAL_ACCOUNT_ID = "123456789012";
    /** {@code AWS_LAMBDA_INITIALIZATION_TYPE}: {@code on-demand}, or {@code snap-start} when a snapshot is taken. */
    static final String INITIALIZATION_TYPE = "AWS_LAMBDA_INITIALIZATION_TYPE";
    static final String SNAP_START = "snap-start";
    /** The runtime client's own CRaC package, which Lambda names in {@code -Dorg.crac.Core.Compat}. */
    static final String LAMBDA_CRAC_PACKAGE = "com.amazonaws.services.lambda.crac";

    private RuntimeLauncher() {
    }

    /** The ARN the function is invoked under, in its configured (or the default) region. */
    static String functionArn(FunctionSpec function) {
        return "arn:aws:lambda:" + region(function) + ":" + LOCAL_ACCOUNT_ID + ":function:" + function.name();
    }

    /**
     * Starts the runtime; everything it prints (stdout and stderr) is copied to {@code logs} by a daemon thread.
     *
     * @throws IOException when the JVM cannot be started
     */
    static RuntimeJvm start(FunctionSpec function, String runtimeApi, OutputStream logs) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command(function))
                .directory(function.taskRoot().toFile())
                .redirectErrorStream(true);
        builder.environment().clear();
        builder.environment().putAll(environment(function, runtimeApi));
        Process process = builder.start();
        Thread logCopier = new Thread(() -> copy(process.getInputStream(), logs), "runtime-logs");
        logCopier.setDaemon(true);
        logCopier.start();
        return new RuntimeJvm(process, logCopier);
    }

    static List<String> command(FunctionSpec function) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        // The RIC loads its JNI client with System.load; JDK 22+ warns about that unless native access is granted.
        // JDK 17 accepts the same flag, so it is always given.
        command.add("--enable-native-access=ALL-UNNAMED");
        // Lambda's own flags for java17/java21: the serial collector, and C1 only ("Customize Java runtime startup").
        command.add("-XX:+UseSerialGC");
        command.add("-XX:+TieredCompilation");
        command.add("-XX:TieredStopAtLevel=1");
        List<Path> classpath = new ArrayList<>(RuntimeClasspath.jars());
        if (isSnapStart(function)) {
            // org.crac then delegates to the emulation, which the runtime client's SnapStart sequence drives.
            command.add("-Dorg.crac.Core.Compat=" + ShimClasspath.COMPAT_PACKAGE);
            classpath.add(ShimClasspath.directory());
        } else {
            command.add("-Dorg.crac.Core.Compat=" + LAMBDA_CRAC_PACKAGE); // As Lambda sets it.
        }
        command.add("-cp");
        command.add(classpath.stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator)));
        command.add(RuntimeClasspath.MAIN_CLASS);
        command.add(function.handler());
        return command;
    }

    static Map<String, String> environment(FunctionSpec function, String runtimeApi) {
        String region = region(function);
        Map<String, String> env = new LinkedHashMap<>();
        env.put("PATH", System.getenv().getOrDefault("PATH", "/usr/local/bin:/usr/bin:/bin"));
        env.put("LANG", "en_US.UTF-8");
        env.put("TZ", ":UTC");
        env.put("LAMBDA_TASK_ROOT", function.taskRoot().toAbsolutePath().toString());
        env.put("_HANDLER", function.handler());
        env.put("AWS_EXECUTION_ENV", "AWS_Lambda_java21");
        env.put("AWS_LAMBDA_RUNTIME_API", runtimeApi);
        env.put("AWS_LAMBDA_FUNCTION_NAME", function.name());
        env.put("AWS_LAMBDA_FUNCTION_VERSION", "$LATEST");
        env.put("AWS_LAMBDA_FUNCTION_MEMORY_SIZE", Integer.toString(function.memoryMb()));
        env.put("AWS_LAMBDA_LOG_GROUP_NAME", "/aws/lambda/" + function.name());
        env.put("AWS_LAMBDA_LOG_STREAM_NAME", "local");
        env.put(INITIALIZATION_TYPE, "on-demand");
        env.put("AWS_REGION", region);
        env.put("AWS_DEFAULT_REGION", region);
        env.put("AWS_SAM_LOCAL", "true");
        env.putAll(function.environment());
        return env;
    }

    /**
     * Whether the function runs as a SnapStart version: its environment sets {@code AWS_LAMBDA_INITIALIZATION_TYPE}
     * to {@code snap-start}, so the runtime client runs the CRaC hooks after init and asks for the restore.
     */
    static boolean isSnapStart(FunctionSpec function) {
        return SNAP_START.equals(function.environment().get(INITIALIZATION_TYPE));
    }

    private static String region(FunctionSpec function) {
        return function.environment().getOrDefault("AWS_REGION", DEFAULT_REGION);
    }

    private static void copy(InputStream from, OutputStream to) {
        try (from) {
            byte[] buffer = new byte[8192];
            for (int n = from.read(buffer); n >= 0; n = from.read(buffer)) {
                to.write(buffer, 0, n);
                to.flush();
            }
        } catch (IOException e) {
            // The runtime was killed while we read its output: nothing left to copy.
        }
    }
}
