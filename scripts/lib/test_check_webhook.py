"""The template checks must pass on template.yaml and fail on each break they exist for (run by lint-template)."""
import copy
import json
import os
import shutil
import tempfile
import unittest

import check_webhook
from render_template import load_source, render

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..")
TEMPLATE = os.path.join(ROOT, "template.yaml")
EVENTS = os.path.join(ROOT, "events")
WEB_ACL = "arn:aws:wafv2:us-east-1:123456789012:regional/webacl/twilio/0a1b2c3d-0000-4000-8000-000000000000"


class CheckWebhookTest(unittest.TestCase):

    @classmethod
    def setUpClass(cls):
        os.environ.setdefault("AWS_DEFAULT_REGION", "us-east-1")
        cls.source = load_source(TEMPLATE)
        cls.rendered = {api_type: render(TEMPLATE, {"ApiType": api_type}) for api_type in ("HTTP", "REST")}

    def problems(self, api_type, generated=None, events=EVENTS, source=None):
        return check_webhook.problems_in(source or self.source, generated or self.rendered[api_type], api_type, events)

    def test_eachApiType_asRendered_isClean(self):
        for api_type in ("HTTP", "REST"):
            self.assertEqual([], self.problems(api_type), api_type)

    def test_rest_urlOutputs_includeTheStage(self):
        urls = check_webhook.output_urls(self.rendered["REST"], "REST")

        self.assertEqual("https://{api}.execute-api.{region}.{suffix}/Prod/survey", urls["SurveyUrl"])
        self.assertEqual("https://{api}.execute-api.{region}.{suffix}/survey",
                         check_webhook.output_urls(self.rendered["HTTP"], "HTTP")["SurveyUrl"])

    def test_rest_outputWithoutTheStage_isReported(self):
        generated = copy.deepcopy(self.rendered["REST"])
        generated["Outputs"]["SurveyUrl"]["Value"] = {
            "Fn::Sub": "https://${CallAnnotatorRestApi}.execute-api.${AWS::Region}.${AWS::URLSuffix}/survey"}

        self.assertEqual(["output SurveyUrl is https://{api}.execute-api.{region}.{suffix}/survey, expected "
                          "https://{api}.execute-api.{region}.{suffix}/Prod/survey (ApiType REST)"],
                         self.problems("REST", generated))

    def test_rest_alarmOnTheHttpFunction_isReported(self):
        generated = copy.deepcopy(self.rendered["REST"])
        alarm = generated["Resources"]["CallAnnotatorFunctionErrorsAlarm"]["Properties"]
        alarm["Dimensions"][0]["Value"] = {"Ref": "CallAnnotatorFunction"}

        self.assertEqual(['CallAnnotatorFunctionErrorsAlarm watches {"Ref": "CallAnnotatorFunction"}, '
                          'not a function of this variant'], self.problems("REST", generated))

    def test_eachApiType_deploysOnlyItsOwnFunctionAndApi(self):
        http, rest = (self.rendered[t]["Resources"] for t in ("HTTP", "REST"))

        self.assertIn("CallAnnotatorFunction", http)
        self.assertNotIn("CallAnnotatorRestFunction", http)
        self.assertNotIn("RestApiWebAclAssociation", http)
        self.assertIn("CallAnnotatorRestFunction", rest)
        self.assertNotIn("CallAnnotatorFunction", rest)
        self.assertEqual("HasWebAcl", rest["RestApiWebAclAssociation"]["Condition"])  # WebAclArn still open.

    def test_rest_webAcl_isAssociatedWithTheStage(self):
        rendered = render(TEMPLATE, {"ApiType": "REST", "WebAclArn": WEB_ACL})
        association = rendered["Resources"]["RestApiWebAclAssociation"]

        self.assertNotIn("Condition", association)
        self.assertEqual({"Fn::Sub": [
            "arn:${AWS::Partition}:apigateway:${AWS::Region}::/restapis/${CallAnnotatorRestApi}/stages/${Stage}",
            {"Stage": {"Ref": "CallAnnotatorRestApiProdStage"}}]}, association["Properties"]["ResourceArn"])

    def test_rest_restFunctionSettingsDrift_isReported(self):
        source = copy.deepcopy(self.source)
        source["Resources"]["CallAnnotatorRestFunction"]["Properties"]["Environment"]["Variables"]["EXTRA"] = "x"

        self.assertEqual(["CallAnnotatorRestFunction's Environment differs from CallAnnotatorFunction's"],
                         self.problems("REST", source=source))

    def test_rest_eventForAnotherStage_isReported(self):
        problems = self.problems_with_event(lambda event: event["requestContext"].update(
            stage="v1", path="/v1" + event["path"]))

        self.assertIn("events/rest-api-survey-score.json: requestContext.stage is v1, expected Prod", problems)
        host = "https://abc123def4.execute-api.us-east-1.amazonaws.com"
        self.assertIn("events/rest-api-survey-score.json: signed for %s/v1/survey, but the outputs "
                      "give %s/Prod/survey" % (host, host), problems)

    def test_rest_eventOnAnotherPort_isReported(self):
        # Its signature is checked in Java with the function's own code (SignEventTest), not here.
        problems = self.problems_with_event(lambda event: event["headers"].update({"X-Forwarded-Port": "8443"}))

        self.assertEqual(["events/rest-api-survey-score.json: X-Forwarded-Port is 8443, expected 443"], problems)

    def problems_with_event(self, change):
        directory = tempfile.mkdtemp()
        self.addCleanup(shutil.rmtree, directory)
        with open(os.path.join(EVENTS, "rest-api-survey-score.json"), encoding="utf-8") as f:
            event = json.load(f)
        change(event)
        with open(os.path.join(directory, "rest-api-survey-score.json"), "w", encoding="utf-8") as f:
            json.dump(event, f)
        return self.problems("REST", events=directory)


if __name__ == "__main__":
    unittest.main()
