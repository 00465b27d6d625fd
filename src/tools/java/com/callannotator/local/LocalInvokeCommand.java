package com.callannotator.local;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The command line of {@link LocalInvoke}: prints each result body on stdout, one per line, and everything else
 * (the function's logs, timings) on stderr.
 *
 * <pre>
 * LocalInvoke --task-root DIR --handler HANDLER [--name NAME] [--env-file FILE] [--timeout SECONDS]
 *             [--memory MB] EVENT.json [EVENT.json ...]
 * </pre>
 * {@code --env-file} holds {@code KEY=VALUE} lines; blank lines and lines starting with {@code #} are skipped.
 * Exit status: 0 when every event got a response, 1 when any got an error, 2 for a usage error.
 */
final class LocalInvokeCommand {
    static final String USAGE = "usage: LocalInvoke --task-root DIR --handler HANDLER [--name NAME]"
            + " [--env-file FILE] [--timeout SECONDS] [--memory MB] EVENT.json [EVENT.json ...]";

    private static final List<String> OPTIONS = List.of(
            "--task-root", "--handler", "--name", "--env-file", "--timeout", "--memory");

    private LocalInvokeCommand() {
    }

    static int run(String[] args) {
        try {
            Parsed parsed = parse(List.of(args));
            List<InvocationResult> results = new LocalInvoke(parsed.function(), System.err).invoke(parsed.events());
            return print(results, System.out, System.err);
        } catch (IllegalArgumentException e) {
            System.err.println("local-invoke: " + e.getMessage());
            System.err.println(USAGE);
            return 2;
        } catch (IOException e) {
            System.err.println("local-invoke: " + e);
            return 2;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 2;
        }
    }

    /** Prints results; returns the exit status. */
    static int print(List<InvocationResult> results, PrintStream out, PrintStream err) {
        int status = 0;
        for (int i = 0; i < results.size(); i++) {
            InvocationResult result = results.get(i);
            out.println(result.body());
            err.printf("local-invoke: event %d: %s, %s, %d ms since JVM start, %d ms invoke%n", i + 1,
                    result.isResponse() ? "response" : "error " + result.errorType(),
                    result.coldStart() ? "cold" : "warm", result.sinceStart().toMillis(), result.invoke().toMillis());
            if (!result.isResponse()) {
                status = 1;
            }
        }
        out.flush();
        return status;
    }

    /** The function and event bodies a command line asks for. */
    record Parsed(FunctionSpec function, List<String> events) {
    }

    static Parsed parse(List<String> args) throws IOException {
        Map<String, String> options = new LinkedHashMap<>();
        List<Path> eventFiles = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.startsWith("--")) {
                if (!OPTIONS.contains(arg)) {
                    throw new IllegalArgumentException("unknown option " + arg + "; known: " + OPTIONS);
                }
                if (i + 1 >= args.size()) {
                    throw new IllegalArgumentException("missing value for " + arg);
                }
                options.put(arg, args.get(++i));
            } else {
                eventFiles.add(Path.of(arg));
            }
        }
        if (eventFiles.isEmpty()) {
            throw new IllegalArgumentException("no event file given");
        }
        FunctionSpec function = function(options);
        List<String> events = new ArrayList<>();
        for (Path file : eventFiles) {
            events.add(Files.readString(file, UTF_8));
        }
        return new Parsed(function, events);
    }

    /** The function an options-only command line (no event files) describes: for {@link LocalApiServer}. */
    static FunctionSpec parseFunction(List<String> args) throws IOException {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i < args.size(); i += 2) {
            if (!OPTIONS.contains(args.get(i)) || i + 1 >= args.size()) {
                throw new IllegalArgumentException("not an option with a value: " + args.get(i) + "; " + USAGE);
            }
            options.put(args.get(i), args.get(i + 1));
        }
        return function(options);
    }

    private static FunctionSpec function(Map<String, String> options) throws IOException {
        String taskRoot = required(options, "--task-root");
        String handler = required(options, "--handler");
        FunctionSpec function = FunctionSpec.of(Path.of(taskRoot), handler)
                .withName(options.getOrDefault("--name", FunctionSpec.DEFAULT_NAME))
                .withTimeout(Duration.ofSeconds(number(options, "--timeout", 14)))
                .withMemoryMb(number(options, "--memory", 1024));
        if (options.containsKey("--env-file")) {
            function = function.withEnvironment(readEnvFile(Path.of(options.get("--env-file"))));
        }
        return function;
    }

    /** Reads {@code KEY=VALUE} lines. */
    static Map<String, String> readEnvFile(Path file) throws IOException {
        Map<String, String> env = new LinkedHashMap<>();
        List<String> lines = Files.readAllLines(file, UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int equals = line.indexOf('=');
            if (equals <= 0) {
                // Name the line, never its content: it may hold a secret.
                throw new IllegalArgumentException("not KEY=VALUE: " + file + " line " + (i + 1));
            }
            env.put(line.substring(0, equals), line.substring(equals + 1));
        }
        return env;
    }

    private static String required(Map<String, String> options, String name) {
        String value = options.get(name);
        if (value == null) {
            throw new IllegalArgumentException("missing " + name);
        }
        return value;
    }

    private static int number(Map<String, String> options, String name, int defaultValue) {
        String value = options.get(name);
        try {
            return value == null ? defaultValue : Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " is not a whole number: " + value, e);
        }
    }
}
