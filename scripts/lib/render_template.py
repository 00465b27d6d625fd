#!/usr/bin/env python3
"""Renders a SAM template for some parameter values as CloudFormation would deploy it, offline.

usage: render_template.py TEMPLATE [Name=Value ...]   (prints the rendered template as JSON)

Runs the SAM transform (aws-sam-translator, bundled with cfn-lint), then applies every condition the given values
decide: a resource or output whose condition is false is dropped, one whose condition is true loses its Condition,
and an Fn::If on a decided condition becomes its branch (AWS::NoValue removes the property). Conditions on other
parameters (AlarmEmail, ...) stay, so both of their branches are still checked. The given parameters are pinned
(AllowedValues: [value]) so that cfn-lint on the result sees one variant only.
"""
import json
import sys

from cfnlint.decode import decode
from samtranslator.translator.transform import transform

NO_VALUE = {"Ref": "AWS::NoValue"}
_REMOVED = object()


class BundledManagedPolicies:
    """Resolves policy names in a function's Policies to AWS-managed ARNs, offline, as the real transform would."""

    def load(self):
        try:
            from samtranslator.internal.managed_policies import get_bundled_managed_policy_map
        except ImportError:  # An older translator: names then stay names, and the checks report them as such.
            return {}
        return get_bundled_managed_policy_map("aws") or {}


def placeholder_parameters(template):
    values = {}
    for name, parameter in (template.get("Parameters") or {}).items():
        if "Default" not in parameter:
            values[name] = "arn:aws:secretsmanager:us-east-1:123456789012:secret:placeholder"
    return values


def load_source(path):
    template, matches = decode(path)
    if matches:
        sys.exit("render_template: cannot read %s: %s" % (path, matches))
    return json.loads(json.dumps(template))


def sam_transform(source):
    fragment = json.loads(json.dumps(source))
    for resource in fragment["Resources"].values():
        if resource["Type"] == "AWS::Serverless::Function":
            resource["Properties"]["CodeUri"] = "s3://placeholder/code.zip"  # The transform wants an S3 location.
    return transform(fragment, placeholder_parameters(fragment), BundledManagedPolicies())


def decide(expression, known, conditions):
    """True or False when the known parameter values decide a condition expression, else None."""
    if isinstance(expression, dict) and len(expression) == 1:
        (function, argument), = expression.items()
        if function == "Condition":
            return decide(conditions[argument], known, conditions)
        if function == "Fn::Equals":
            left, right = (value_of(side, known) for side in argument)
            return None if left is None or right is None else left == right
        if function == "Fn::Not":
            inner = decide(argument[0], known, conditions)
            return None if inner is None else not inner
        decided = [decide(part, known, conditions) for part in argument] if function in ("Fn::And", "Fn::Or") else []
        if function == "Fn::And":
            return False if False in decided else (True if all(d is True for d in decided) else None)
        if function == "Fn::Or":
            return True if True in decided else (False if all(d is False for d in decided) else None)
    return None


def value_of(side, known):
    if isinstance(side, str):
        return side
    if isinstance(side, dict) and list(side) == ["Ref"]:
        return known.get(side["Ref"])
    return None


def resolve(value, decided):
    """The value with every decided Fn::If replaced by its branch; _REMOVED where that branch is AWS::NoValue."""
    if isinstance(value, dict):
        if list(value) == ["Fn::If"] and value["Fn::If"][0] in decided:
            name, when_true, when_false = value["Fn::If"]
            branch = when_true if decided[name] else when_false
            return _REMOVED if branch == NO_VALUE else resolve(branch, decided)
        resolved = {key: resolve(item, decided) for key, item in value.items()}
        return {key: item for key, item in resolved.items() if item is not _REMOVED}
    if isinstance(value, list):
        return [item for item in (resolve(item, decided) for item in value) if item is not _REMOVED]
    return value


def used_conditions(value):
    found = set()
    if isinstance(value, dict):
        if list(value) == ["Fn::If"] and isinstance(value["Fn::If"][0], str):
            found.add(value["Fn::If"][0])
        if list(value) == ["Condition"] and isinstance(value["Condition"], str):
            found.add(value["Condition"])
        for key, item in value.items():
            if key == "Condition" and isinstance(item, str):
                found.add(item)
            found |= used_conditions(item)
    elif isinstance(value, list):
        for item in value:
            found |= used_conditions(item)
    return found


def apply_conditions(generated, known):
    conditions = generated.get("Conditions") or {}
    decided = {name: decide(expression, known, conditions) for name, expression in conditions.items()}
    decided = {name: value for name, value in decided.items() if value is not None}
    for section in ("Resources", "Outputs"):
        kept = {}
        for logical_id, entry in (generated.get(section) or {}).items():
            condition = entry.get("Condition")
            if decided.get(condition) is False:
                continue
            entry = resolve({k: v for k, v in entry.items() if not (k == "Condition" and condition in decided)},
                            decided)
            kept[logical_id] = entry
        generated[section] = kept
    remaining = dict(conditions)  # A decided condition stays while an undecided one refers to it.
    needed = used_conditions({k: v for k, v in generated.items() if k != "Conditions"})
    while True:  # A condition used only by another unused condition goes too.
        more = needed | used_conditions({name: remaining[name] for name in needed if name in remaining})
        if more == needed:
            break
        needed = more
    generated["Conditions"] = {name: expr for name, expr in remaining.items() if name in needed}
    if not generated["Conditions"]:
        del generated["Conditions"]
    return generated


def render(path, known):
    """The deployed template for the given parameter values (name to value)."""
    source = load_source(path)
    unknown = sorted(set(known) - set(source.get("Parameters") or {}))
    if unknown:
        sys.exit("render_template: %s has no parameter %s" % (path, ", ".join(unknown)))
    generated = apply_conditions(sam_transform(source), known)
    for name, value in known.items():
        generated["Parameters"][name].update({"Default": value, "AllowedValues": [value]})
    return generated


def parse_assignments(arguments):
    known = {}
    for argument in arguments:
        name, equals, value = argument.partition("=")
        if not equals:
            sys.exit("render_template: expected Name=Value, got %r" % argument)
        known[name] = value
    return known


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    json.dump(render(sys.argv[1], parse_assignments(sys.argv[2:])), sys.stdout, indent=2)
    print()


if __name__ == "__main__":
    main()
