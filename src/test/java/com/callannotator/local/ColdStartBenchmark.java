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
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Measures a function against a hello-world baseline through {@link LocalInvoke} and the real runtime: cold start
 * (runtime JVM start to first response), warm per-request time, and deployment package size. Prints, asserts nothing.
 *
 * <pre>
 * ColdStartBenchmark [--runs 5] [--warm 200] [--baseline-root DIR] [--log FILE] &lt;LocalInvoke options&gt; EVENT.json
 * </pre>
 * The baseline ({@link HelloWorldHandler}, with only aws-lambda-java-core and -events in {@code lib/}) is laid out
 * in {@code --baseline-root} and gets the same event, timeout and memory. The functions' logs go to {@code --log}
 * (default: discarded).
 */
public final class ColdStartBenchmark {
    private final PrintStream out;
    private final OutputStream logs;

    private ColdStartBenchmark(PrintStream out, OutputStream logs) {
        this.out = out;
        this.logs = logs;
    }

    public static void main(String[] args) throws Exception {
        List<String> rest = new ArrayList<>(List.of(args));
        int runs = Integer.parseInt(take(rest, "--runs", "5"));
        int warm = Integer.parseInt(take(rest, "--warm", "200"));
        Path baselineRoot = Path.of(take(rest, "--baseline-root", "target/hello-layout"));
        String logFile = take(rest, "--log", null);
        LocalInvokeCommand.Parsed subject = LocalInvokeCommand.parse(rest);
        if (subject.events().size() != 1) {
            throw new IllegalArgumentException("give exactly one event file, got " + subject.events().size());
        }
        FunctionSpec baseline = baseline(subject.function(), baselineRoot);
        try (OutputStream logs = logFile == null ? OutputStream.nullOutputStream() : Files.newOutputStream(
                Path.of(logFile))) {
            new ColdStartBenchmark(System.out, logs).run(subject.function(), baseline, subject.events().get(0),
                    new Plan(runs, warm));
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
        out.printf("JDK %s, %d MB, runtime interface client from %s%n", Runtime.version(), subject.memoryMb(),
                RuntimeClasspath.jars().get(0).getFileName());

        List<InvocationResult> subjectCold = new ArrayList<>();
        List<InvocationResult> baselineCold = new ArrayList<>();
        for (int i = 0; i < plan.coldRuns(); i++) { // Interleaved, so machine load drifts hit both alike.
            subjectCold.add(coldStart(subject, event));
            baselineCold.add(coldStart(baseline, event));
        }
        out.printf("%nCold start, JVM start to first response (%d runs each):%n", plan.coldRuns());
        Summary subjectSummary = Summary.of(subjectCold.stream().map(InvocationResult::sinceStart).toList());
        Summary baselineSummary = Summary.of(baselineCold.stream().map(InvocationResult::sinceStart).toList());
        printRange(subjectName, subjectSummary);
        printRange(baselineName, baselineSummary);
        out.printf("  ratio of medians: %.2fx%n", subjectSummary.medianMs() / baselineSummary.medianMs());
        out.printf("%nOf which the first invoke (event handed out to response, after init):%n");
        printRange(subjectName, Summary.of(subjectCold.stream().map(InvocationResult::invoke).toList()));
        printRange(baselineName, Summary.of(baselineCold.stream().map(InvocationResult::invoke).toList()));

        out.printf("%nWarm, per invoke in one JVM (%d invokes after the cold one):%n", plan.warmInvokes());
        printWarm(subjectName, warm(subject, event, plan.warmInvokes()));
        printWarm(baselineName, warm(baseline, event, plan.warmInvokes()));

        out.printf("%nDeployment package (zip of the task root):%n");
        out.printf("  %-20s %6.2f MB%n", subjectName, zipBytes(subject.taskRoot()) / 1e6);
        out.printf("  %-20s %6.2f MB%n", baselineName, zipBytes(baseline.taskRoot()) / 1e6);
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

    /** The size of a deflated zip of {@code dir}, as {@code sam deploy} would upload it. */
    static long zipBytes(Path dir) throws IOException {
        CountingStream counter = new CountingStream();
        try (ZipOutputStream zip = new ZipOutputStream(counter); Stream<Path> walk = Files.walk(dir)) {
            for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                zip.putNextEntry(new ZipEntry(dir.relativize(file).toString().replace('\\', '/')));
                Files.copy(file, zip);
                zip.closeEntry();
            }
        }
        return counter.count;
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

    private static final class CountingStream extends OutputStream {
        private long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
        }
    }
}
