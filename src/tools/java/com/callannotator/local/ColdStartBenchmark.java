package com.callannotator.local;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.callannotator.local.handlers.HelloWorldHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Measures a function against a hello-world baseline through {@link LocalInvoke} and the real runtime: cold start
 * without SnapStart (runtime JVM start to first response), the first invoke after an emulated SnapStart restore
 * ({@link SnapStartRun}), warm per-request time, and deployment package size. Prints, asserts nothing.
 *
 * <pre>
 * ColdStartBenchmark [--runs 5] [--warm 200] [--baseline-root DIR] [--log FILE] [--class-list FILE]
 *     &lt;LocalInvoke options&gt; EVENT.json
 * </pre>
 * The baseline ({@link HelloWorldHandler}, with only aws-lambda-java-core and -events in {@code lib/}) is laid out
 * in {@code --baseline-root} and gets the same event, timeout and memory. The functions' logs go to {@code --log}
 * (default: discarded); {@code --class-list} receives the classes the function loads after an emulated restore.
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
        String logFile = take(rest, "--log", null);
        String classFile = take(rest, "--class-list", null);
        LocalInvokeCommand.Parsed subject = LocalInvokeCommand.parse(rest);
        if (subject.events().size() != 1) {
            throw new IllegalArgumentException("give exactly one event file, got " + subject.events().size());
        }
        FunctionSpec baseline = baseline(subject.function(), baselineRoot);
        try (OutputStream logs = logFile == null ? OutputStream.nullOutputStream() : Files.newOutputStream(
                Path.of(logFile))) {
            Path classList = classFile == null ? null : Path.of(classFile);
            new ColdStartBenchmark(System.out, logs, classList).run(subject.function(), baseline,
                    subject.events().get(0), new Plan(runs, warm));
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

    private void run(FunctionSpec subject, FunctionSpec baseline, String event, Plan plan) throws Exception {
        String subjectName = shortName(subject.handler());
        String baselineName = shortName(baseline.handler());
        out.printf("JDK %s, %d MB, runtime interface client from %s, %s%n", Runtime.version(), subject.memoryMb(),
                RuntimeClasspath.jars().get(0).getFileName(), String.join(" ", LAMBDA_FLAGS));
        coldStarts(subject, baseline, event, plan.coldRuns());
        snapStarts(subject, baseline, event, plan.coldRuns());

        out.printf("%nWarm, per invoke in one JVM (%d invokes after the cold one):%n", plan.warmInvokes());
        printWarm(subjectName, warm(subject, event, plan.warmInvokes()));
        printWarm(baselineName, warm(baseline, event, plan.warmInvokes()));

        long subjectBytes = PackageSize.zipBytes(subject.taskRoot());
        long baselineBytes = PackageSize.zipBytes(baseline.taskRoot());
        out.printf("%nDeployment package (zip of the task root):%n");
        out.printf("  %-20s %6.2f MB   (target < 8 MB)%n", subjectName, subjectBytes / 1e6);
        out.printf("  %-20s %6.2f MB%n", baselineName, baselineBytes / 1e6);
        out.printf("  ratio: %.0fx%n", (double) subjectBytes / baselineBytes);
    }

    private void coldStarts(FunctionSpec subject, FunctionSpec baseline, String event, int runs) throws Exception {
        List<InvocationResult> subjectCold = new ArrayList<>();
        List<InvocationResult> baselineCold = new ArrayList<>();
        for (int i = 0; i < runs; i++) { // Interleaved, so machine load drifts hit both alike.
            subjectCold.add(coldStart(subject, event));
            baselineCold.add(coldStart(baseline, event));
        }
        out.printf("%nCold start without SnapStart, JVM start to first response (%d runs each):%n", runs);
        Summary subjectSummary = Summary.of(subjectCold.stream().map(InvocationResult::sinceStart).toList());
        Summary baselineSummary = Summary.of(baselineCold.stream().map(InvocationResult::sinceStart).toList());
        printRange(shortName(subject.handler()), subjectSummary);
        printRange(shortName(baseline.handler()), baselineSummary);
        out.printf("  ratio of medians: %.2fx   (target <= 2.0x)%n",
                subjectSummary.medianMs() / baselineSummary.medianMs());
        out.printf("%nOf which the first invoke (event handed out to response, after init):%n");
        printRange(shortName(subject.handler()),
                Summary.of(subjectCold.stream().map(InvocationResult::invoke).toList()));
        printRange(shortName(baseline.handler()),
                Summary.of(baselineCold.stream().map(InvocationResult::invoke).toList()));
    }

    private void snapStarts(FunctionSpec subject, FunctionSpec baseline, String event, int runs) throws Exception {
        List<SnapStartRun> subjectRuns = new ArrayList<>();
        List<SnapStartRun> baselineRuns = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            subjectRuns.add(checked(subject, SnapStartRun.measure(subject, event, logs)));
            baselineRuns.add(checked(baseline, SnapStartRun.measure(baseline, event, logs)));
        }
        out.printf("%nFirst invoke after an emulated SnapStart restore (hooks run after init, %d runs each):%n", runs);
        Summary subjectSummary = Summary.of(subjectRuns.stream().map(run -> run.first().invoke()).toList());
        Summary baselineSummary = Summary.of(baselineRuns.stream().map(run -> run.first().invoke()).toList());
        printRange(shortName(subject.handler()), subjectSummary);
        printRange(shortName(baseline.handler()), baselineSummary);
        out.printf("  ratio of medians: %.2fx   (target <= 3x)%n",
                subjectSummary.medianMs() / baselineSummary.medianMs());
        SnapStartRun counted = SnapStartRun.measure(SnapStartRun.countingClasses(subject), event, logs);
        out.printf("  classes loaded after the restore (one more run, with -Xlog:class+load): %s %d%n",
                shortName(subject.handler()), counted.classesAfterRestore().size());
        if (classList != null) {
            Files.write(classList, counted.classesAfterRestore());
        }
        out.printf("  registered CRaC resources: %s%n", subjectRuns.get(0).registered());
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
