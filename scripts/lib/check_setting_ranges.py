#!/usr/bin/env python3
"""Checks that every template parameter wired into a numeric setting allows only values the function accepts.

usage: check_setting_ranges.py TEMPLATE RANGES

RANGES is what `java com.callannotator.config.SettingRange` prints: NAME, min, max, default, unit, tab-separated;
the function's config is the one place the ranges are written. For each function's environment variable that is a
plain !Ref to a parameter, the parameter must be a Number whose MinValue/MaxValue (or every AllowedValues entry) and
Default lie within the setting's range; otherwise a value the template accepts would stop the function at start-up.
Prints nothing when all is well.
"""
import sys

from cfnlint.decode import decode


def read_ranges(path):
    ranges = {}
    with open(path, encoding="utf-8") as lines:
        for line in lines:
            name, low, high, _default, unit = line.rstrip("\n").split("\t")
            ranges[name] = (int(low), int(high), unit)
    return ranges


def wired_parameters(template):
    """(function, variable, parameter) for each environment variable set by a plain Ref to a parameter."""
    parameters = template.get("Parameters") or {}
    sources = [("Globals", ((template.get("Globals") or {}).get("Function") or {}))]
    sources += [(name, resource.get("Properties") or {}) for name, resource in template["Resources"].items()
                if resource.get("Type") == "AWS::Serverless::Function"]
    for where, properties in sources:
        variables = ((properties.get("Environment") or {}).get("Variables")) or {}
        for variable, value in variables.items():
            if isinstance(value, dict) and list(value) == ["Ref"] and value["Ref"] in parameters:
                yield where, variable, value["Ref"]


def problems_for(parameter_name, parameter, variable, low, high, unit):
    where = "parameter %s (wired into %s, which accepts %d to %d %s)" % (parameter_name, variable, low, high, unit)
    if parameter.get("Type") != "Number":
        return ["%s must be of Type Number" % where]
    allowed = parameter.get("AllowedValues")
    bounds = [int(v) for v in allowed] if allowed else [parameter.get("MinValue"), parameter.get("MaxValue")]
    if None in bounds:
        return ["%s must set MinValue and MaxValue (or AllowedValues)" % where]
    problems = ["%s allows %s" % (where, value) for value in sorted({int(v) for v in bounds}) if not low <= value <= high]
    default = parameter.get("Default")
    if default is not None and not low <= int(default) <= high:
        problems.append("%s defaults to %s" % (where, default))
    return problems


def main():
    template, matches = decode(sys.argv[1])
    if matches:
        sys.exit("check_setting_ranges: cannot read %s: %s" % (sys.argv[1], matches))
    ranges = read_ranges(sys.argv[2])
    problems = []
    for _where, variable, parameter_name in wired_parameters(template):
        if variable in ranges:
            low, high, unit = ranges[variable]
            problems += problems_for(parameter_name, template["Parameters"][parameter_name], variable, low, high, unit)
    for problem in problems:
        print("check_setting_ranges: " + problem, file=sys.stderr)
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
