#!/usr/bin/env python3
"""Checks the template's CloudWatch dashboards and alarms against the metrics the function emits, offline.

usage: check_dashboard.py TEMPLATE             prints every problem; nothing when all is well
       check_dashboard.py --references TEMPLATE prints the metrics the dashboards and alarms use, as JSON

The function's metrics come from its catalogue, src/main/java/com/callannotator/observability/Metric.java and
DimensionSet.java (one constant per line). A dashboard body must be JSON once its ${...} references are filled in;
every metric a widget or alarm names, explicitly or in a SEARCH expression, must be catalogued in namespace
CallAnnotator with one of its dimension sets, or be one of the few AWS metrics listed here.
"""
import json
import os
import re
import sys

from cfnlint.decode import decode

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
CATALOGUE = os.path.join(ROOT, "src/main/java/com/callannotator/observability")
NAMESPACE = "CallAnnotator"
AWS_METRICS = {
    ("AWS/SQS", "ApproximateAgeOfOldestMessage"): ["QueueName"],
    ("AWS/SQS", "ApproximateNumberOfMessagesVisible"): ["QueueName"],
    ("AWS/Lambda", "Errors"): ["FunctionName"],
}
SEARCH = re.compile(r"SEARCH\(\s*'\{([^}]*)\}\s+MetricName=\"([^\"]+)\"")


def catalogue():
    """{metric name: [sorted dimension names, ...]} read from the Java catalogue."""
    with open(os.path.join(CATALOGUE, "DimensionSet.java")) as source:
        sets = {name: sorted(re.findall(r'"(\w+)"', args))
                for name, args in re.findall(r"^    ([A-Z_]+)\(([^)]*)\)[,;]", source.read(), re.M)}
    with open(os.path.join(CATALOGUE, "Metric.java")) as source:
        rows = re.findall(r'^    [A-Z_]+\("(\w+)", "\w+", ([A-Za-z_., ]+)\)[,;]', source.read(), re.M)
    metrics = {name: [sets[s.strip().split(".")[-1]] for s in dims.split(",")] for name, dims in rows}
    if len(sets) < 2 or len(metrics) < 10:
        sys.exit("check_dashboard: could not read the metric catalogue in %s" % CATALOGUE)
    return metrics


def filled(value):
    """A Fn::Sub string with every ${...} replaced by a placeholder; a plain string as it is."""
    if isinstance(value, dict) and "Fn::Sub" in value:
        value = value["Fn::Sub"]
        value = value[0] if isinstance(value, list) else value
    return re.sub(r"\$\{[^}]+\}", "PLACEHOLDER", value) if isinstance(value, str) else None


def widget_references(widget):
    for row in (widget.get("properties") or {}).get("metrics") or []:
        names = [item for item in row if isinstance(item, str)]
        options = [item for item in row if isinstance(item, dict)]
        if len(names) >= 2:
            yield {"namespace": names[0], "name": names[1], "dimensions": dict(zip(names[2::2], names[3::2]))}
        for option in options:
            for schema, name in SEARCH.findall(option.get("expression", "")):
                parts = [part.strip() for part in schema.split(",")]
                yield {"namespace": parts[0], "name": name, "dimensions": {d: None for d in parts[1:]}}


def alarm_references(properties):
    if "MetricName" in properties:
        yield properties
    for query in properties.get("Metrics") or []:
        metric = (query.get("MetricStat") or {}).get("Metric")
        if metric:
            yield metric


def references(template):
    found, problems = [], []
    for logical_id, resource in template.get("Resources", {}).items():
        properties = resource.get("Properties") or {}
        if resource.get("Type") == "AWS::CloudWatch::Dashboard":
            try:
                body = json.loads(filled(properties.get("DashboardBody")) or "")
            except ValueError as e:
                problems.append("%s: DashboardBody is not JSON: %s" % (logical_id, e))
                continue
            for widget in body.get("widgets", []):
                for reference in widget_references(widget):
                    found.append(dict(reference, where="%s widget %r" % (logical_id, widget.get("properties", {})
                                                                          .get("title"))))
        elif resource.get("Type") == "AWS::CloudWatch::Alarm":
            for metric in alarm_references(properties):
                dimensions = {d["Name"]: d["Value"] if isinstance(d["Value"], str) else None
                              for d in metric.get("Dimensions") or []}
                found.append({"namespace": metric.get("Namespace"), "name": metric.get("MetricName"),
                              "dimensions": dimensions, "where": "%s alarm" % logical_id})
    return found, problems


def problems_in(found, metrics):
    problems = []
    for reference in found:
        names = sorted(reference["dimensions"])
        key = (reference["namespace"], reference["name"])
        if reference["namespace"] == NAMESPACE:
            if reference["name"] not in metrics:
                problems.append("%s: %s is not a metric the function emits" % (reference["where"], reference["name"]))
            elif names not in metrics[reference["name"]]:
                problems.append("%s: %s is never emitted with dimensions %s (only %s)"
                                % (reference["where"], reference["name"], names, metrics[reference["name"]]))
        elif AWS_METRICS.get(key) != names:
            problems.append("%s: %s %s with %s is not a metric this check knows"
                            % (reference["where"], key[0], key[1], names))
    return problems


def main():
    dump = sys.argv[1] == "--references"
    template, matches = decode(sys.argv[-1])
    if matches:
        sys.exit("check_dashboard: cannot read %s: %s" % (sys.argv[-1], matches))
    found, problems = references(json.loads(json.dumps(template)))
    if dump:
        print(json.dumps(found))
        return
    problems += problems_in(found, catalogue())
    if not found:
        problems.append("no dashboard or alarm metric found in %s" % sys.argv[-1])
    for problem in problems:
        print("check_dashboard: " + problem, file=sys.stderr)
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
