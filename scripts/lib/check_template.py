#!/usr/bin/env python3
"""Checks what SAM generates from a template against our deployment contract, offline.

usage: check_template.py TEMPLATE [--rendered-out FILE] [Name=Value ...]

Renders the template for the given parameter values (render_template.py: the SAM transform, then the conditions
those values decide; ApiType defaults to the template's default) and fails, listing every problem, when
  - an IAM policy statement (a role's inline policy, AWS::IAM::Policy or AWS::IAM::ManagedPolicy, either branch
    of an Fn::If) allows on Resource "*", or allows with NotResource or NotAction (least privilege: scope by
    !Ref / !GetAtt);
  - a role attaches an AWS-managed policy (arn:...:iam::aws:policy/...), such as the AWSLambdaBasicExecutionRole
    SAM adds to a function without its own Role; policy names resolve as SAM resolves them, by the bundled list;
  - an API Gateway permission targets anything but a function alias (traffic must hit the SnapStart version);
  - an output Twilio needs is missing;
  - the webhook function, API, stage, alarm or URL outputs of that ApiType break the contract (check_webhook.py).
--rendered-out writes the rendered template, for cfn-lint. Prints nothing when all is well.
"""
import json
import os
import re
import sys

import check_webhook
from render_template import load_source, parse_assignments, render

REQUIRED_OUTPUTS = ["StatusCallbackUrl", "SurveyUrl", "AnnotationsUrl"]


AWS_MANAGED_POLICY = re.compile(r"^arn:(\$\{AWS::Partition\}|[^:$]+):iam::aws:policy/")
POLICY_DOCUMENT_TYPES = {"AWS::IAM::Policy", "AWS::IAM::ManagedPolicy"}


def literal(value):
    """The text of a string, or of a Fn::Sub / Fn::Join over literals (a Ref kept as ${Name}), else None."""
    if isinstance(value, str):
        return value
    if not isinstance(value, dict) or len(value) != 1:
        return None
    (function, argument), = value.items()
    if function == "Ref" and isinstance(argument, str):
        return "${%s}" % argument
    if function == "Fn::Sub" and isinstance(argument, str):
        return argument
    if function == "Fn::Sub" and isinstance(argument, list) and isinstance(argument[0], str):
        text = argument[0]
        for name, variable in argument[1].items():
            if literal(variable) is None:
                return None
            text = text.replace("${%s}" % name, literal(variable))
        return text
    if function == "Fn::Join" and isinstance(argument, list) and isinstance(argument[1], list):
        parts = [literal(part) for part in argument[1]]
        return None if None in parts else argument[0].join(parts)
    return None


def alternatives(value):
    """What a value may become: both branches of an Fn::If, nothing for None or AWS::NoValue, else the value."""
    if isinstance(value, dict) and list(value) == ["Fn::If"]:
        return alternatives(value["Fn::If"][1]) + alternatives(value["Fn::If"][2])
    if value is None or value == {"Ref": "AWS::NoValue"}:
        return []
    return [value]


def elements(value):
    """The items a list-valued property may hold, a lone value counting as a list of one, through any Fn::If."""
    found = []
    for alternative in alternatives(value):
        for item in alternative if isinstance(alternative, list) else [alternative]:
            found += alternatives(item)
    return found


def policy_documents(logical_id, resource):
    properties = resource.get("Properties") or {}
    if resource["Type"] == "AWS::IAM::Role":
        for policy in elements(properties.get("Policies")):
            yield "%s %s" % (logical_id, policy.get("PolicyName")), policy.get("PolicyDocument") or {}
    elif resource["Type"] in POLICY_DOCUMENT_TYPES:
        yield logical_id, properties.get("PolicyDocument") or {}


def statement_problems(where, statement):
    if not isinstance(statement, dict) or statement.get("Effect") == "Deny":
        return []  # A Deny on "*" only narrows.
    problems = []
    action = json.dumps(statement.get("Action", statement.get("NotAction")))
    if any(literal(r) == "*" for r in elements(statement.get("Resource"))):
        problems.append("%s allows %s on Resource '*'" % (where, action))
    for broad in ("NotResource", "NotAction"):
        if broad in statement:
            problems.append("%s allows %s with %s" % (where, action, broad))
    return problems


def managed_policy_problems(logical_id, resource):
    if resource["Type"] != "AWS::IAM::Role":
        return []
    problems = []
    for arn in elements((resource.get("Properties") or {}).get("ManagedPolicyArns")):
        text = literal(arn)
        if text is not None and AWS_MANAGED_POLICY.match(text):
            problems.append("%s attaches the AWS-managed policy %s" % (logical_id, text.split(":policy/", 1)[1]))
        elif text is not None and not text.startswith("arn:"):
            problems.append("%s attaches %s, a policy name SAM could not resolve" % (logical_id, text))
    return problems


def problems_in(generated):
    problems = []
    for logical_id, resource in generated["Resources"].items():
        properties = resource.get("Properties") or {}
        for where, document in policy_documents(logical_id, resource):
            for statement in elements(document.get("Statement")):
                problems += statement_problems(where, statement)
        problems += managed_policy_problems(logical_id, resource)
        if resource["Type"] == "AWS::Lambda::Permission" and properties.get("Principal") == "apigateway.amazonaws.com":
            target = properties.get("FunctionName")
            if not (isinstance(target, dict) and str(target.get("Ref", "")).endswith("Aliaslive")):
                problems.append("%s lets API Gateway invoke %s, not the live alias" % (logical_id, json.dumps(target)))
    return problems


def main():
    arguments = sys.argv[1:]
    rendered_out = None
    if len(arguments) >= 3 and arguments[1] == "--rendered-out":
        rendered_out = arguments[2]
        del arguments[1:3]
    if not arguments:
        sys.exit(__doc__)
    path, known = arguments[0], parse_assignments(arguments[1:])
    source = load_source(path)
    api_type = known.get("ApiType", source["Parameters"]["ApiType"]["Default"])
    generated = render(path, dict(known, ApiType=api_type))
    if rendered_out:
        with open(rendered_out, "w", encoding="utf-8") as f:
            json.dump(generated, f, indent=1)
    problems = problems_in(generated)
    problems += ["missing output %s" % name for name in REQUIRED_OUTPUTS if name not in generated.get("Outputs", {})]
    events = os.path.join(os.path.dirname(os.path.abspath(path)), "events")
    problems += check_webhook.problems_in(source, generated, api_type, events)
    for problem in problems:
        print("check_template: (ApiType %s) %s" % (api_type, problem), file=sys.stderr)
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
