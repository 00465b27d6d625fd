package com.callannotator.local;

import static java.util.Objects.requireNonNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * A function to run locally: its deployment package on disk, handler and configuration.
 *
 * @param name the function name ({@code AWS_LAMBDA_FUNCTION_NAME})
 * @param taskRoot a directory laid out like {@code sam build} output: classes at the root, jars in {@code lib/}
 * @param handler {@code package.Class::method} or {@code package.Class}
 * @param environment the function's own environment variables; they override the runtime's defaults
 * @param timeout the function timeout; drives {@code Context.getRemainingTimeInMillis()} and the local timeout
 * @param memoryMb the configured memory ({@code AWS_LAMBDA_FUNCTION_MEMORY_SIZE})
 */
public record FunctionSpec(String name, Path taskRoot, String handler, Map<String, String> environment,
        Duration timeout, int memoryMb) {

    /** Default name, as in the ARN the local Runtime API reports. */
    public static final String DEFAULT_NAME = "local-fn";

    public FunctionSpec {
        requireNonNull(name, "name == null");
        requireNonNull(taskRoot, "taskRoot == null");
        requireNonNull(handler, "handler == null");
        environment = Map.copyOf(requireNonNull(environment, "environment == null"));
        requireNonNull(timeout, "timeout == null");
        if (!Files.isDirectory(taskRoot)) {
            throw new IllegalArgumentException("taskRoot is not a directory: " + taskRoot);
        }
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive: " + timeout);
        }
        if (memoryMb < 128 || memoryMb > 10_240) {
            throw new IllegalArgumentException("memoryMb must be 128..10240: " + memoryMb);
        }
    }

    /** A function with no environment, a 14 s timeout and 1024 MB, like our template's Globals. */
    public static FunctionSpec of(Path taskRoot, String handler) {
        return new FunctionSpec(DEFAULT_NAME, taskRoot, handler, Map.of(), Duration.ofSeconds(14), 1024);
    }

    /** A copy with another name. */
    public FunctionSpec withName(String newName) {
        return new FunctionSpec(newName, taskRoot, handler, environment, timeout, memoryMb);
    }

    /** A copy with another environment. */
    public FunctionSpec withEnvironment(Map<String, String> newEnvironment) {
        return new FunctionSpec(name, taskRoot, handler, newEnvironment, timeout, memoryMb);
    }

    /** A copy with another timeout. */
    public FunctionSpec withTimeout(Duration newTimeout) {
        return new FunctionSpec(name, taskRoot, handler, environment, newTimeout, memoryMb);
    }

    /** A copy with another memory size. */
    public FunctionSpec withMemoryMb(int newMemoryMb) {
        return new FunctionSpec(name, taskRoot, handler, environment, timeout, newMemoryMb);
    }
}
