#!/usr/bin/env python3
"""Reads one function's local run settings from a SAM template, as `sam local invoke` would.

usage: template_function.py TEMPLATE --env-out FILE [--function LOGICAL_ID] [--event FILE ...] [--set KEY=VALUE ...]
                            [--env-vars FILE] [--quiet]

Prints "LOGICAL_ID<TAB>HANDLER<TAB>TIMEOUT<TAB>MEMORY" and writes the function's environment as KEY=VALUE lines to
--env-out. The environment is, in order of precedence (last wins):
  1. Globals.Function.Environment, then the function's own Environment, from the template; a variable whose value
     is an intrinsic function (!Ref, !Sub, !GetAtt, ...) cannot be resolved locally and is left unset;
  2. each --set KEY=VALUE (local defaults);
  3. --env-vars FILE, in `sam local invoke --env-vars` format: {"Parameters": {...}} for every function, then
     {"LOGICAL_ID": {...}} for this one. Unlike SAM, names the template does not declare are passed too, so
     local-only settings (TWILIO_AUTH_TOKEN, ...) can be given this way.
The function is picked from the events' shape (function_for_events.py): an SQS event goes to the function with an
SQS event source, an HTTP API v2 event to the one with HttpApi events, a REST API v1 event to CallAnnotatorRestFunction
or, without one, to the HttpApi function's settings run with RestApiHandler. --function must agree with the events.
Every problem (an unreadable event or env-vars file, a mismatch) is one line on stderr and exit status 2. The YAML
is read with cfn-lint's own decoder, which understands the short intrinsic tags.
"""
import argparse
import json
import os
import sys

try:
    from cfnlint.decode import decode
except ImportError:  # The caller then tries the interpreter of a pipx/brew cfn-lint command (local-run.sh).
    sys.exit(3)

FUNCTION_TYPE = "AWS::Serverless::Function"
HTTP_EVENT_TYPES = {"HttpApi", "Api"}
REST_FUNCTION = "CallAnnotatorRestFunction"
REST_HANDLER = "com.callannotator.lambda.RestApiHandler::handleRequest"


def shape_of(event):
    """sqs, http-v2 or rest-v1: the three kinds of event our functions take; None for anything else."""
    if not isinstance(event, dict):
        return None
    records = event.get("Records")
    if isinstance(records, list) and records and all(
            isinstance(r, dict) and r.get("eventSource") == "aws:sqs" for r in records):
        return "sqs"
    if event.get("version") == "2.0" and "rawPath" in event and "requestContext" in event:
        return "http-v2"
    if "httpMethod" in event and isinstance(event.get("requestContext"), dict):
        return "rest-v1"
    return None


def functions_with(functions, event_types):
    return sorted(k for k, v in functions.items()
                  if any(e.get("Type") in event_types
                         for e in ((v.get("Properties") or {}).get("Events") or {}).values()))


def only(functions, event_types, what):
    found = functions_with(functions, event_types)
    if len(found) != 1:
        fail("cannot choose the function with %s events (found %s); pass --function" % (what, ", ".join(found)
                                                                                       or "none"))
    return found[0]


def choose(functions, shape, path):
    """(logical id, handler override or None) for an event of this shape."""
    if shape == "sqs":
        return only(functions, {"SQS"}, "SQS"), None
    if shape == "http-v2":
        return only(functions, {"HttpApi"}, "HttpApi"), None
    if shape == "rest-v1":
        if REST_FUNCTION in functions:
            return REST_FUNCTION, None
        rest = functions_with(functions, {"Api"})
        if len(rest) == 1:
            return rest[0], None
        return only(functions, {"HttpApi"}, "HttpApi"), REST_HANDLER  # The same settings, REST's entry point.
    fail("%s is not an HTTP API v2, REST API v1 or SQS event, so no function takes it; pass --function" % path)


def describe(choice):
    logical_id, handler = choice
    return logical_id + (" run with RestApiHandler" if handler else "")


def fail(message):
    """One line: the calling script's name (SCRIPT_NAME), what is wrong, and its usage (SCRIPT_USAGE) when given."""
    usage = os.environ.get("SCRIPT_USAGE")
    print("%s: %s%s" % (os.environ.get("SCRIPT_NAME", "template_function"), message, "; " + usage if usage else ""),
          file=sys.stderr)
    sys.exit(2)


def load(path):
    template, problems = decode(path)
    if problems:
        fail("cannot read %s: %s" % (path, "; ".join(str(p) for p in problems)))
    return template


def read_json(path, what):
    try:
        with open(path, encoding="utf-8") as f:
            return json.load(f)
    except FileNotFoundError:
        fail("no such %s: %s" % (what, path))
    except (OSError, UnicodeDecodeError) as e:
        fail("cannot read %s %s: %s" % (what, path, e))
    except json.JSONDecodeError as e:
        fail("%s %s is not JSON: %s (line %d, column %d)" % (what, path, e.msg, e.lineno, e.colno))


def pick_function(resources, logical_id, event_paths):
    functions = {k: v for k, v in resources.items() if v.get("Type") == FUNCTION_TYPE}
    if logical_id and logical_id not in functions:
        fail("no %s named %s; functions: %s" % (FUNCTION_TYPE, logical_id, ", ".join(sorted(functions))))
    chosen = None
    for path in event_paths:
        shape = shape_of(read_json(path, "event file"))
        if shape is None and logical_id:
            continue  # The caller knows which function takes this event.
        choice = choose(functions, shape, path)
        if chosen and choice != chosen:
            fail("%s needs %s, an earlier event %s; run them separately" % (path, describe(choice), describe(chosen)))
        chosen = choice
    if chosen is None:
        return (logical_id, None) if logical_id else (only(functions, {"HttpApi"}, "HttpApi"), None)
    if logical_id and logical_id != chosen[0]:
        fail("--function %s does not take this event; it needs %s (leave out --function)" % (logical_id,
                                                                                            describe(chosen)))
    return chosen


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
    data = read_json(path, "--env-vars file")
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
    parser.add_argument("--event", action="append", default=[], metavar="FILE")
    parser.add_argument("--env-out", required=True)
    parser.add_argument("--set", action="append", default=[], metavar="KEY=VALUE")
    parser.add_argument("--env-vars")
    parser.add_argument("--quiet", action="store_true", help="do not list the variables left unset")
    args = parser.parse_args()

    template = load(args.template)
    if args.env_vars:
        read_json(args.env_vars, "--env-vars file")
    logical_id, handler_override = pick_function(template.get("Resources") or {}, args.function, args.event)
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
        print("%s: intrinsic values left unset locally: %s" % (os.environ.get("SCRIPT_NAME", "template_function"),
                                                             ", ".join(left_unset)), file=sys.stderr)

    handler = handler_override or setting("Handler", function, globals_function, None)
    if not isinstance(handler, str):
        fail("%s has no literal Handler" % logical_id)
    timeout = setting("Timeout", function, globals_function, 3)
    memory = setting("MemorySize", function, globals_function, 128)
    print("\t".join([logical_id, handler, str(timeout), str(memory)]))


if __name__ == "__main__":
    main()
