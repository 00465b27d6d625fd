package com.callannotator.observability;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.callannotator.survey.SurveyQuestion;
import com.fasterxml.jackson.jr.ob.JSON;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Every CallAnnotator metric that template.yaml's dashboard and alarms use is one the function emits: its name in
 * {@link Metric}, its dimensions one of the metric's {@link DimensionSet}s, and each dimension value one the function
 * writes. A renamed metric fails here instead of leaving an empty chart. The template's references are read by
 * {@code scripts/lib/check_dashboard.py} (cfn-lint's YAML reader, which knows the CloudFormation tags).
 */
final class DashboardMetricsTest {

    private static final String INSTALL = "python3 with cfn-lint is needed (pip install cfn-lint)";
    private static final Set<String> ROUTES = Set.of("/status-callback", "/survey", "/annotations", "retry-queue");

    @Test
    void template_everyCallAnnotatorMetricIsEmittedWithTheseDimensions() throws Exception {
        List<String> problems = new ArrayList<>();
        Set<String> used = new TreeSet<>();
        for (Map<String, Object> reference : references()) {
            if (Metric.NAMESPACE.equals(reference.get("namespace"))) {
                used.add((String) reference.get("name"));
                problems.addAll(problems(reference));
            }
        }
        assertEquals(List.of(), problems);
        Set<String> wanted = Arrays.stream(Metric.values()).map(Metric::metricName).collect(Collectors.toSet());
        wanted.removeAll(used);
        assertEquals(Set.of("InvalidInput"), wanted, "metrics the dashboard shows nowhere");
    }

    @SuppressWarnings("unchecked")
    private static List<String> problems(Map<String, Object> reference) {
        String where = reference.get("where") + ": " + reference.get("name");
        Optional<Metric> metric = Metric.fromMetricName((String) reference.get("name"));
        if (metric.isEmpty()) {
            return List.of(where + " is not a metric the function emits");
        }
        Map<String, Object> dimensions = (Map<String, Object>) reference.get("dimensions");
        boolean known = metric.get().dimensionSets().stream()
                .anyMatch(set -> new TreeSet<>(set.names()).equals(new TreeSet<>(dimensions.keySet())));
        List<String> problems = new ArrayList<>();
        if (!known) {
            problems.add(where + " is never emitted with dimensions " + dimensions.keySet());
        }
        Object route = dimensions.get("Route");
        if (route != null && !ROUTES.contains(route)) {
            problems.add(where + " has no route " + route);
        }
        Object question = dimensions.get("Question");
        if (question != null && SurveyQuestion.fromWireValue((String) question).isEmpty()) {
            problems.add(where + " has no survey question " + question);
        }
        return problems;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> references() throws IOException, InterruptedException {
        Path script = Path.of("scripts/lib/check_dashboard.py");
        Process process;
        try {
            process = new ProcessBuilder("python3", script.toString(), "--references", "template.yaml")
                    .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        } catch (IOException e) {
            return skip(e.getMessage());
        }
        String out = new String(process.getInputStream().readAllBytes(), UTF_8);
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "check_dashboard.py did not finish");
        if (process.exitValue() != 0 && out.isBlank()) {
            return skip("check_dashboard.py exited " + process.exitValue());
        }
        assertTrue(Files.exists(script));
        List<Object> found = JSON.std.listFrom(out);
        assertTrue(found.size() > 20, out);
        return found.stream().map(item -> (Map<String, Object>) item).toList();
    }

    private static List<Map<String, Object>> skip(String why) {
        if ("true".equals(System.getenv("CI"))) {
            fail(INSTALL + ": " + why);
        }
        Assumptions.abort(INSTALL + ": " + why);
        return List.of();
    }
}
