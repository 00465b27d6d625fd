#!/usr/bin/env python3
"""Reads one function's local run settings from a SAM template, as `sam local invoke` would.

usage: template_function.py TEMPLATE --env-out FILE [--function LOGICAL_ID] [--set KEY=VALUE ...] [--env-vars FILE]
                            [--quiet]

Prints "LOGICAL_ID<TAB>HANDLER<TAB>TIMEOUT<TAB>MEMORY" and writes the function's environment as KEY=VALUE lines to
--env-out. The environment is, in order of precedence (last wins):
  1. Globals.Function.Environment, then the function's own Environment, from the template; a variable whose value
     is an intrinsic function (!Ref, !Sub, !GetAtt, ...) cannot be resolved locally and is left unset;
  2. each --set KEY=VALUE (local defaults);
  3. --env-vars FILE, in `sam local invoke --env-vars` format: {"Parameters": {...}} for every function, then
     {"LOGICAL_ID": {...}} for this one. Unlike SAM, names the template does not declare are passed too, so
     local-only settings (TWILIO_AUTH_TOKEN, ...) can be given this way.
Without --function, the function with an HttpApi or Api event is chosen. The YAML is read with cfn-lint's own
decoder, which understands the short intrinsic tags.
"""
import argparse
import json
import sys

from cfnlint.decode import decode

FUNCTION_TYPE = "AWS::Serverless::Function"
HTTP_EVENT_TYPES = {"HttpApi", "Api"}


def fail(message):
    print("template_function: " + message, file=sys.stderr)
    sys.exit(2)


def load(path):
    template, problems = decode(path)
    if problems:
        fail("cannot read %s: %s" % (path, "; ".join(str(p) for p in problems)))
    return template


def pick_function(resources, logical_id):
    functions = {k: v for k, v in resources.items() if v.get("Type") == FUNCTION_TYPE}
    if logical_id:
        if logical_id not in functions:
            fail("no %s named %s; functions: %s" % (FUNCTION_TYPE, logical_id, ", ".join(sorted(functions))))
        return logical_id
    http = [k for k, v in functions.items()
            if any(e.get("Type") in HTTP_EVENT_TYPES for e in (v.get("Properties", {}).get("Events") or {}).values())]
    if len(http) > 1:  # ApiType: the HTTP API function is the default, the REST one is chosen with --function
        http = [k for k in http if any(e.get("Type") == "HttpApi"
                                       for e in (functions[k].get("Properties", {}).get("Events") or {}).values())]
    if len(http) != 1:
        fail("cannot choose the HTTP function (found %s); pass --function" % (", ".join(sorted(http)) or "none"))
    return http[0]


def is_intrinsic(value):
    return isinstance(value, dict) and len(value) == 1 and (
        next(iter(value)) == "Ref" or next(iter(value)).startswith("Fn::"))


def literal_variables(section):
    variables = ((section or {}).get("Environment") or {}).get("Variables") or {}
    return {name: str(value) for name, value in variables.items() if not is_intrinsic(value)}, \
        sorted(name for name, value in variables.items() if is_intrinsic(value))


def setting(name, function, globals_function, default):
    value = function.get(name, globals_function.get(name, default))
    if is_intrinsic(value):
        return default
    return value


def merged_dict(name, function, globals_function):
    """A map property as SAM merges it: the function's keys over the Globals' keys."""
    merged = {}
    for section in (globals_function, function):
        value = section.get(name)
        if isinstance(value, dict) and not is_intrinsic(value):
            merged.update(value)
    return merged


def env_vars_file(path, logical_id):
    with open(path, encoding="utf-8") as f:
        data = json.load(f)
    if not isinstance(data, dict):
        fail("%s: expected a JSON object like {\"Parameters\": {...}, \"%s\": {...}}" % (path, logical_id))
    merged = {}
    for key in ("Parameters", logical_id):
        values = data.get(key) or {}
        if not isinstance(values, dict):
            fail("%s: %s must be an object of variable names to values" % (path, key))
        # SAM passes every value as a string; JSON true/1 become "true"/"1".
        merged.update({name: value if isinstance(value, str) else json.dumps(value) for name, value in values.items()})
    return merged


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("template")
    parser.add_argument("--function")
    parser.add_argument("--env-out", required=True)
    parser.add_argument("--set", action="append", default=[], metavar="KEY=VALUE")
    parser.add_argument("--env-vars")
    parser.add_argument("--quiet", action="store_true", help="do not list the variables left unset")
    args = parser.parse_args()

    template = load(args.template)
    logical_id = pick_function(template.get("Resources") or {}, args.function)
    function = template["Resources"][logical_id].get("Properties") or {}
    globals_function = (template.get("Globals") or {}).get("Function") or {}

    env, unresolved = literal_variables(globals_function)
    function_env, function_unresolved = literal_variables(function)
    env.update(function_env)
    for name in function_unresolved:
        env.pop(name, None)  # The function's own intrinsic value hides a Globals literal.
    log_format = merged_dict("LoggingConfig", function, globals_function).get("LogFormat")
    if isinstance(log_format, str):
        env["AWS_LAMBDA_LOG_FORMAT"] = log_format  # What Lambda derives from LoggingConfig.
    for pair in args.set:
        name, sep, value = pair.partition("=")
        if not sep or not name:
            fail("--set needs KEY=VALUE, got a value without '=' for " + (name or "an empty name"))
        env[name] = value
    if args.env_vars:
        env.update(env_vars_file(args.env_vars, logical_id))

    with open(args.env_out, "w", encoding="utf-8") as out:
        for name, value in env.items():
            if "\n" in value or "\r" in value:
                fail("the value of %s spans lines; KEY=VALUE files cannot carry it" % name)
            out.write("%s=%s\n" % (name, value))
    left_unset = sorted(set(unresolved + function_unresolved) - set(env))
    if left_unset and not args.quiet:
        print("template_function: intrinsic values left unset locally: " + ", ".join(left_unset), file=sys.stderr)

    handler = setting("Handler", function, globals_function, None)
    if not isinstance(handler, str):
        fail("%s has no literal Handler" % logical_id)
    timeout = setting("Timeout", function, globals_function, 3)
    memory = setting("MemorySize", function, globals_function, 128)
    print("\t".join([logical_id, handler, str(timeout), str(memory)]))


if __name__ == "__main__":
    main()
