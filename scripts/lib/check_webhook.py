"""Checks the webhook side of a rendered template (one ApiType) against our contract; used by check_template.py.

For ApiType HTTP the webhook is CallAnnotatorFunction (HttpApiHandler) behind an HTTP API, for REST it is
CallAnnotatorRestFunction (RestApiHandler) behind a REST API; either way exactly one of them is deployed, with
SnapStart on its live alias, the webhook role and log group, the same routes, an errors alarm on it, and URL outputs
that are the API's host + the stage (REST: /Prod; HTTP: none, its $default stage) + the route. The REST sample
events (events/rest-api-*.json) must be what that stage delivers, signed for the URL in the outputs.
"""
import json
import os
import re

WEBHOOKS = {
    "HTTP": ("CallAnnotatorFunction", "com.callannotator.lambda.HttpApiHandler::handleRequest"),
    "REST": ("CallAnnotatorRestFunction", "com.callannotator.lambda.RestApiHandler::handleRequest"),
}
API_TYPES = {"HTTP": "AWS::ApiGatewayV2::Api", "REST": "AWS::ApiGateway::RestApi"}
STAGE_TYPES = {"HTTP": "AWS::ApiGatewayV2::Stage", "REST": "AWS::ApiGateway::Stage"}
ROUTES = {("POST", "/status-callback"), ("GET", "/status-callback"), ("POST", "/survey"), ("POST", "/annotations"),
          ("ANY", "/{proxy+}")}
URL_OUTPUTS = {"StatusCallbackUrl": "/status-callback", "SurveyUrl": "/survey", "AnnotationsUrl": "/annotations"}
SHARED_SETTINGS = ("CodeUri", "Role", "LoggingConfig", "AutoPublishAlias", "SnapStart", "Environment")


def of_type(generated, resource_type):
    return {k: v for k, v in generated["Resources"].items() if v["Type"] == resource_type}


def same_settings_problems(source):
    """Both webhook functions of the source template must differ only in handler, description and events."""
    functions = [source["Resources"].get(logical_id) for logical_id, _ in WEBHOOKS.values()]
    if None in functions:
        return ["the template must define both %s" % " and ".join(i for i, _ in WEBHOOKS.values())]
    http, rest = ((f.get("Properties") or {}) for f in functions)
    return ["CallAnnotatorRestFunction's %s differs from CallAnnotatorFunction's" % name
            for name in SHARED_SETTINGS if http.get(name) != rest.get(name)]


def function_problems(generated, api_type):
    expected_id, handler = WEBHOOKS[api_type]
    webhooks = {k: v for k, v in of_type(generated, "AWS::Lambda::Function").items()
                if v["Properties"].get("Handler") in {h for _, h in WEBHOOKS.values()}}
    if list(webhooks) != [expected_id]:
        return ["ApiType %s deploys webhook functions %s, expected only %s" % (api_type, sorted(webhooks), expected_id)]
    properties = webhooks[expected_id]["Properties"]
    problems = [] if properties["Handler"] == handler else ["%s has handler %s" % (expected_id, properties["Handler"])]
    expected = {"SnapStart": {"ApplyOn": "PublishedVersions"}, "Role": {"Fn::GetAtt": ["CallAnnotatorExecutionRole",
                "Arn"]}, "LoggingConfig": {"LogFormat": "JSON", "LogGroup": {"Ref": "CallAnnotatorLogGroup"}}}
    problems += ["%s %s is %s" % (expected_id, name, json.dumps(properties.get(name)))
                 for name, value in expected.items() if properties.get(name) != value]
    if (generated["Resources"].get(expected_id + "Aliaslive") or {}).get("Type") != "AWS::Lambda::Alias":
        problems.append("%s has no live alias" % expected_id)
    return problems


def alarm_problems(generated):
    problems = []
    for logical_id, alarm in of_type(generated, "AWS::CloudWatch::Alarm").items():
        for dimension in alarm["Properties"].get("Dimensions") or []:
            target = dimension.get("Value")
            if dimension.get("Name") == "FunctionName" and not (isinstance(target, dict) and target.get("Ref")
                                                                 in generated["Resources"]):
                problems.append("%s watches %s, not a function of this variant" % (logical_id, json.dumps(target)))
    return problems


def api_routes(api):
    routes = set()
    for path, methods in ((api["Properties"].get("Body") or {}).get("paths") or {}).items():
        for method in methods:
            routes.add(("ANY" if method == "x-amazon-apigateway-any-method" else method.upper(), path))
    return routes


def stage_name(generated, api_type):
    stages = of_type(generated, STAGE_TYPES[api_type])
    if len(stages) != 1:
        return None, None
    (logical_id, stage), = stages.items()
    return logical_id, stage["Properties"]["StageName"]


def api_problems(generated, api_type):
    apis = of_type(generated, API_TYPES[api_type])
    others = [k for t in API_TYPES.values() if t != API_TYPES[api_type] for k in of_type(generated, t)]
    if len(apis) != 1 or others:
        return ["ApiType %s deploys APIs %s" % (api_type, sorted(list(apis) + others))]
    problems = []
    routes = api_routes(next(iter(apis.values())))
    if routes != ROUTES:
        problems.append("the %s API's routes are %s, expected %s" % (api_type, sorted(routes), sorted(ROUTES)))
    _, stage = stage_name(generated, api_type)
    if (stage != "$default") if api_type == "HTTP" else (stage in (None, "", "$default")):
        problems.append("the %s API has stage %s" % (api_type, stage))
    return problems


def output_urls(generated, api_type):
    """Each URL output as a pattern: {api}, {region}, {suffix} for the parts known only when deployed."""
    stage_id, stage = stage_name(generated, api_type)
    api_id = next(iter(of_type(generated, API_TYPES[api_type])), None)
    urls = {}
    for name in URL_OUTPUTS:
        value = (generated.get("Outputs", {}).get(name) or {}).get("Value")
        text, variables = (value["Fn::Sub"], {}) if isinstance(value, dict) and "Fn::Sub" in value else (None, {})
        if isinstance(text, list):
            text, variables = text
        if not isinstance(text, str):
            urls[name] = json.dumps(value)
            continue
        for variable, ref in variables.items():
            text = text.replace("${%s}" % variable, "${%s}" % ref.get("Ref") if isinstance(ref, dict) else ref)
        urls[name] = (text.replace("${%s}" % api_id, "{api}").replace("${%s}" % stage_id, stage)
                      .replace("${AWS::Region}", "{region}").replace("${AWS::URLSuffix}", "{suffix}"))
    return urls


def output_problems(generated, api_type):
    _, stage = stage_name(generated, api_type)
    prefix = "" if api_type == "HTTP" else "/" + str(stage)
    problems = []
    for name, url in output_urls(generated, api_type).items():
        expected = "https://{api}.execute-api.{region}.{suffix}" + prefix + URL_OUTPUTS[name]
        if url != expected:
            problems.append("output %s is %s, expected %s (ApiType %s)" % (name, url, expected, api_type))
    return problems


def rest_event_problems(generated, events_dir):
    """Each REST sample event is what the deployed stage sends, for the URL the outputs give. That its signature is
    right for that URL is checked in Java, with the function's own code (SignEventTest re-signs every sample)."""
    problems = []
    _, stage = stage_name(generated, "REST")
    urls = {route: url for name, url in output_urls(generated, "REST").items() for route in [URL_OUTPUTS[name]]}
    names = sorted(n for n in os.listdir(events_dir) if re.fullmatch(r"rest-api-.+\.json", n))
    for name in names:
        with open(os.path.join(events_dir, name), encoding="utf-8") as f:
            event = json.load(f)
        context, where = event.get("requestContext") or {}, "events/" + name
        facts = {"requestContext.stage": (context.get("stage"), stage),
                 "requestContext.path": (context.get("path"), "/%s%s" % (stage, event.get("path"))),
                 "resource": (event.get("resource"), event.get("path")),
                 "requestContext.resourcePath": (context.get("resourcePath"), event.get("path")),
                 "Host": ((event.get("headers") or {}).get("Host"), context.get("domainName")),
                 "X-Forwarded-Proto": ((event.get("headers") or {}).get("X-Forwarded-Proto"), "https"),
                 "X-Forwarded-Port": ((event.get("headers") or {}).get("X-Forwarded-Port"), "443")}
        problems += ["%s: %s is %s, expected %s" % (where, k, a, b) for k, (a, b) in facts.items() if a != b]
        if (event.get("httpMethod"), event.get("resource")) not in ROUTES:
            problems.append("%s: %s %s is no route" % (where, event.get("httpMethod"), event.get("resource")))
        signed = "https://%s%s" % (context.get("domainName"), context.get("path"))  # The URL the facts above give.
        region = context.get("domainName", "").split(".")[2:3] or ["?"]
        deployed = urls.get(event.get("path"), "?").format(api=context.get("apiId"), region=region[0],
                                                           suffix="amazonaws.com")
        if signed.split("?")[0] != deployed:
            problems.append("%s: signed for %s, but the outputs give %s" % (where, signed, deployed))
    return problems if names else ["no REST sample event events/rest-api-*.json"]


def problems_in(source, generated, api_type, events_dir):
    """Every problem of the webhook contract for one ApiType; source is the template before the transform."""
    problems = same_settings_problems(source) + function_problems(generated, api_type)
    problems += alarm_problems(generated) + api_problems(generated, api_type) + output_problems(generated, api_type)
    if api_type == "REST" and not problems:
        problems += rest_event_problems(generated, events_dir)
    return problems
