#!/usr/bin/env python3
"""Checks what SAM generates from a template against our deployment contract, offline.

usage: check_template.py TEMPLATE

Runs the SAM transform (aws-sam-translator, bundled with cfn-lint) and fails, listing every problem, when
  - an inline IAM policy statement grants on Resource "*" (least privilege: scope by !Ref / !GetAtt);
  - an API Gateway permission targets anything but a function alias (traffic must hit the SnapStart version);
  - an output Twilio needs is missing.
Prints nothing when all is well.
"""
import json
import sys

from cfnlint.decode import decode
from samtranslator.translator.transform import transform

REQUIRED_OUTPUTS = ["StatusCallbackUrl", "SurveyUrl", "AnnotationsUrl"]


class NoManagedPolicies:
    """SAM asks for managed policy ARNs only for policies named by name; ours are policy templates."""

    def load(self):
        return {}


def placeholder_parameters(template):
    values = {}
    for name, parameter in (template.get("Parameters") or {}).items():
        if "Default" not in parameter:
            values[name] = "arn:aws:secretsmanager:us-east-1:123456789012:secret:placeholder"
    return values


def literal(resource):
    """The text of a resource when it is a string or a Fn::Sub whose variables are all literal, else None."""
    if isinstance(resource, str):
        return resource
    sub = resource.get("Fn::Sub") if isinstance(resource, dict) else None
    if isinstance(sub, list) and all(isinstance(v, str) for v in sub[1].values()):
        text = sub[0]
        for name, value in sub[1].items():
            text = text.replace("${%s}" % name, value)
        return text
    return None


def problems_in(generated):
    problems = []
    for logical_id, resource in generated["Resources"].items():
        properties = resource.get("Properties") or {}
        if resource["Type"] == "AWS::IAM::Role":
            for policy in properties.get("Policies") or []:
                for statement in policy["PolicyDocument"]["Statement"]:
                    resources = statement.get("Resource")
                    if any(literal(r) == "*" for r in (resources if isinstance(resources, list) else [resources])):
                        problems.append("%s %s grants %s on Resource '*'"
                                        % (logical_id, policy["PolicyName"], statement.get("Action")))
        if resource["Type"] == "AWS::Lambda::Permission" and properties.get("Principal") == "apigateway.amazonaws.com":
            target = properties.get("FunctionName")
            if not (isinstance(target, dict) and str(target.get("Ref", "")).endswith("Aliaslive")):
                problems.append("%s lets API Gateway invoke %s, not the live alias" % (logical_id, json.dumps(target)))
    return problems


def main():
    template, matches = decode(sys.argv[1])
    if matches:
        sys.exit("check_template: cannot read %s: %s" % (sys.argv[1], matches))
    fragment = json.loads(json.dumps(template))
    for resource in fragment["Resources"].values():
        if resource["Type"] == "AWS::Serverless::Function":
            resource["Properties"]["CodeUri"] = "s3://placeholder/code.zip"  # The transform wants an S3 location.
    generated = transform(fragment, placeholder_parameters(fragment), NoManagedPolicies())
    problems = problems_in(generated)
    problems += ["missing output %s" % name for name in REQUIRED_OUTPUTS if name not in generated.get("Outputs", {})]
    for problem in problems:
        print("check_template: " + problem, file=sys.stderr)
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
