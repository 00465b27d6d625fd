package com.callannotator.local;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.callannotator.local.handlers.HelloWorldHandler;
import com.callannotator.local.handlers.NaiveHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Measures a function against a hello-world baseline through {@link LocalInvoke} and the real runtime: cold start
 * without SnapStart (runtime JVM start to first response), the first invoke after an emulated SnapStart restore
 * ({@link SnapStartRun}), warm per-request time, and deployment package size. Prints, asserts nothing.
 *
 * <pre>
 * ColdStartBenchmark [--runs 5] [--warm 200] [--baseline-root DIR] [--naive-root DIR] [--log FILE]
 *     [--class-list FILE] &lt;LocalInvoke options&gt; EVENT.json
 * </pre>
 * The baseline ({@link HelloWorldHandler}, with only aws-lambda-java-core and -events in {@code lib/}) is laid out
 * in {@code --baseline-root} and gets the same event, timeout and memory. With {@code --naive-root}, whose
 * {@code lib/} already holds the naive baseline's jars, {@link NaiveHandler} is measured too, with the function's
 * environment (the same secret, endpoint and stand-in). The functions' logs go to {@code --log} (default:
 * discarded); {@code --class-list} receives the classes the function loads after an emulated restore.
 */
public final class ColdStartBenchmark {
    /** What {@link RuntimeLauncher} gives the runtime JVM, as Lambda's java17/java21 runtimes do. */
    private static final List<String> LAMBDA_FLAGS = List.of("-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1");
    private final PrintStream out;
    private final OutputStream logs;
    private final Path classList;

    private ColdStartBenchmark(PrintStream out, OutputStream logs, Path classList) {
        this.out = out;
        this.logs = logs;
        this.classList = classList;
    }

    public static void main(String[] args) throws Exception {
        List<String> rest = new ArrayList<>(List.of(args));
        int runs = Integer.parseInt(take(rest, "--runs", "5"));
        int warm = Integer.parseInt(take(rest, "--warm", "200"));
        Path baselineRoot = Path.of(take(rest, "--baseline-root", "target/hello-layout"));
        String naiveRoot = take(rest, "--naive-root", null);
        String logFile = take(rest, "--log", null);
        String classFile = take(rest, "--class-list", null);
        LocalInvokeCommand.Parsed subject = LocalInvokeCommand.parse(rest);
        if (subject.events().size() != 1) {
            throw new IllegalArgumentException("give exactly one event file, got " + subject.events().size());
        }
        FunctionSpec baseline = baseline(subject.function(), baselineRoot);
        Optional<FunctionSpec> naive = naiveRoot == null ? Optional.empty()
                : Optional.of(naive(subject.function(), Path.of(naiveRoot)));
        try (OutputStream logs = logFile == null ? OutputStream.nullOutputStream() : Files.newOutputStream(
                Path.of(logFile))) {
            Path classList = classFile == null ? null : Path.of(classFile);
            new ColdStartBenchmark(System.out, logs, classList).run(new Contenders(subject.function(), baseline,
                    naive), subject.events().get(0), new Plan(runs, warm));
        }
    }

    /** How much to measure: cold runs per function, warm invokes in one JVM. */
    record Plan(int coldRuns, int warmInvokes) {
        Plan {
            if (coldRuns < 1 || warmInvokes < 1) {
                throw new IllegalArgumentException("runs and warm invokes must be positive: " + coldRuns + ", "
                        + warmInvokes);
            }
        }
    }

    /**
     * The functions measured side by side.
     *
     * @param subject the function under test
     * @param baseline hello-world, the floor
     * @param naive the same job done the obvious way, when measured
     */
    record Contenders(FunctionSpec subject, FunctionSpec baseline, Optional<FunctionSpec> naive) {
        /** All of them, the subject first: the order runs are interleaved in and figures are printed in. */
        List<FunctionSpec> all() {
            List<FunctionSpec> all = new ArrayList<>(List.of(subject, baseline));
            naive.ifPresent(all::add);
            return all;
        }
    }

    private void run(Contenders contenders, String event, Plan plan) throws Exception {
        FunctionSpec subject = contenders.subject();
        out.printf("JDK %s, %d MB, runtime interface client from %s, %s%n", Runtime.version(), subject.memoryMb(),
                RuntimeClasspath.jars().get(0).getFileName(), String.join(" ", LAMBDA_FLAGS));
        coldStarts(contenders, event, plan.coldRuns());
        snapStarts(contenders, event, plan.coldRuns());

        out.printf("%nWarm, per invoke in one JVM (%d invokes after the cold one):%n", plan.warmInvokes());
        for (FunctionSpec function : contenders.all()) {
            printWarm(shortName(function.handler()), warm(function, event, plan.warmInvokes()));
        }

        out.printf("%nDeployment package (zip of the task root):%n");
        long subjectBytes = PackageSize.zipBytes(subject.taskRoot());
        for (FunctionSpec function : contenders.all()) {
            long bytes = function.equals(subject) ? subjectBytes : PackageSize.zipBytes(function.taskRoot());
            out.printf("  %-20s %6.2f MB%s%n", shortName(function.handler()), bytes / 1e6,
                    function.equals(subject) ? "   (target < 8 MB)" : "");
        }
        out.printf("  ratio to %s: %.0fx%n", shortName(contenders.baseline().handler()),
                (double) subjectBytes / PackageSize.zipBytes(contenders.baseline().taskRoot()));
    }

    private void coldStarts(Contenders contenders, String event, int runs) throws Exception {
        Map<FunctionSpec, List<InvocationResult>> results = new LinkedHashMap<>();
        for (int i = 0; i < runs; i++) { // Interleaved, so machine load drifts hit all alike.
            for (FunctionSpec function : contenders.all()) {
                results.computeIfAbsent(function, key -> new ArrayList<>()).add(coldStart(function, event));
            }
        }
        out.printf("%nCold start without SnapStart, JVM start to first response (%d runs each):%n", runs);
        Map<FunctionSpec, Summary> sinceStart = summaries(results, InvocationResult::sinceStart);
        sinceStart.forEach((function, summary) -> printRange(shortName(function.handler()), summary));
        printRatios(contenders, sinceStart, "<= 2.0x", null);
        out.printf("%nOf which the first invoke (event handed out to response, after init):%n");
        summaries(results, InvocationResult::invoke).forEach((function, summary) -> printRange(
                shortName(function.handler()), summary));
    }

    private void snapStarts(Contenders contenders, String event, int runs) throws Exception {
        Map<FunctionSpec, List<SnapStartRun>> runsOf = new LinkedHashMap<>();
        for (int i = 0; i < runs; i++) {
            for (FunctionSpec function : contenders.all()) {
                runsOf.computeIfAbsent(function, key -> new ArrayList<>()).add(checked(function,
                        SnapStartRun.measure(function, event, logs)));
            }
        }
        out.printf("%nFirst invoke after an emulated SnapStart restore (hooks run after init, %d runs each):%n", runs);
        Map<FunctionSpec, List<InvocationResult>> firsts = new LinkedHashMap<>();
        runsOf.forEach((function, list) -> firsts.put(function, list.stream().map(SnapStartRun::first).toList()));
        Map<FunctionSpec, Summary> summaries = summaries(firsts, InvocationResult::invoke);
        summaries.forEach((function, summary) -> printRange(shortName(function.handler()), summary));
        printRatios(contenders, summaries, "<= 3x", "<= 0.25x");
        out.printf("  classes loaded after the restore (one more run each, with -Xlog:class+load):%n");
        for (FunctionSpec function : contenders.all()) {
            SnapStartRun counted = checked(function, SnapStartRun.countingClasses(function, event, logs));
            out.printf("    %-18s %s%n", shortName(function.handler()), counted.classesAfterRestore()
                    .map(classes -> String.valueOf(classes.size()))
                    .orElse(counted.registered().isEmpty()
                            ? "n/a (registers no CRaC resource, so no hooks run and nothing marks the restore)"
                            : "warning: resources registered but the restore marker never loaded"));
            if (function.equals(contenders.subject()) && classList != null) {
                Files.write(classList, counted.classesAfterRestore().orElse(List.of()));
            }
        }
        out.printf("  registered CRaC resources: %s%n", runsOf.get(contenders.subject()).get(0).registered());
    }

    private static Map<FunctionSpec, Summary> summaries(Map<FunctionSpec, List<InvocationResult>> results,
            Function<InvocationResult, Duration> timing) {
        Map<FunctionSpec, Summary> summaries = new LinkedHashMap<>();
        results.forEach((function, list) -> summaries.put(function, Summary.of(list.stream().map(timing).toList())));
        return summaries;
    }

    /** The subject's median against hello-world's and, when measured, the naive baseline's. */
    private void printRatios(Contenders contenders, Map<FunctionSpec, Summary> summaries, String baselineTarget,
            String naiveTarget) {
        double subject = summaries.get(contenders.subject()).medianMs();
        out.printf("  ratio of medians to %s: %.2fx   (target %s)%n", shortName(contenders.baseline().handler()),
                subject / summaries.get(contenders.baseline()).medianMs(), baselineTarget);
        contenders.naive().ifPresent(naive -> out.printf("  ratio of medians to %s: %.2fx%s%n",
                shortName(naive.handler()), subject / summaries.get(naive).medianMs(),
                naiveTarget == null ? "" : "   (target " + naiveTarget + ")"));
    }

    private SnapStartRun checked(FunctionSpec function, SnapStartRun run) {
        checked(function, List.of(run.first()));
        return run;
    }

    private InvocationResult coldStart(FunctionSpec function, String event) throws Exception {
        return checked(function, new LocalInvoke(function, logs).invoke(List.of(event))).get(0);
    }

    private Summary warm(FunctionSpec function, String event, int invokes) throws Exception {
        List<InvocationResult> results = checked(function,
                new LocalInvoke(function, logs).invoke(Collections.nCopies(invokes + 1, event)));
        List<Duration> timings = new ArrayList<>();
        for (InvocationResult result : results.subList(1, results.size())) {
            timings.add(result.invoke());
        }
        return Summary.of(timings);
    }

    /** Warns about errors: their timings are still counted, but they measure a failure path. */
    private List<InvocationResult> checked(FunctionSpec function, List<InvocationResult> results) {
        long errors = results.stream().filter(result -> !result.isResponse()).count();
        if (errors > 0) {
            InvocationResult first = results.stream().filter(result -> !result.isResponse()).findFirst().orElseThrow();
            System.err.printf("warning: %s: %d of %d invokes ended in %s%n", shortName(function.handler()), errors,
                    results.size(), first.errorType());
        }
        return results;
    }

    private void printRange(String name, Summary summary) {
        out.printf("  %-20s median %7.0f ms   min %7.0f ms   max %7.0f ms%n", name, summary.medianMs(),
                summary.minMs(), summary.maxMs());
    }

    private void printWarm(String name, Summary summary) {
        out.printf("  %-20s median %7.2f ms   p99 %7.2f ms   max %7.2f ms%n", name, summary.medianMs(),
                summary.p99Ms(), summary.maxMs());
    }

    private static FunctionSpec baseline(FunctionSpec subject, Path root) throws IOException {
        TaskRoot.create(root, List.of(HelloWorldHandler.class), List.of(Context.class, APIGatewayV2HTTPEvent.class));
        return FunctionSpec.of(root, HelloWorldHandler.class.getName() + "::handleRequest")
                .withTimeout(subject.timeout()).withMemoryMb(subject.memoryMb());
    }

    private static FunctionSpec naive(FunctionSpec subject, Path root) throws IOException {
        if (!Files.isDirectory(root.resolve("lib"))) {
            throw new IllegalArgumentException("--naive-root needs the naive baseline's jars in " + root.resolve("lib")
                    + " (scripts/benchmark-cold-start copies them)");
        }
        TaskRoot.create(root, List.of(NaiveHandler.class), List.of());
        return FunctionSpec.of(root, NaiveHandler.class.getName() + "::handleRequest")
                .withEnvironment(subject.environment()).withTimeout(subject.timeout())
                .withMemoryMb(subject.memoryMb());
    }

    private static String take(List<String> args, String option, String defaultValue) {
        int at = args.indexOf(option);
        if (at < 0) {
            return defaultValue;
        }
        if (at + 1 >= args.size()) {
            throw new IllegalArgumentException("missing value for " + option);
        }
        String value = args.remove(at + 1);
        args.remove(at);
        return value;
    }

    private static String shortName(String handler) {
        String type = handler.contains("::") ? handler.substring(0, handler.indexOf("::")) : handler;
        return type.substring(type.lastIndexOf('.') + 1);
    }
}
