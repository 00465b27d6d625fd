package com.callannotator.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.callannotator.testutils.InsightsStandIn;
import com.fasterxml.jackson.jr.ob.JSON;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code scripts/annotate}'s logic, in process, against the local Insights stand-in. */
final class AnnotateCommandTest {

    private static final String CALL = "CA0123456789abcdef0123456789abcdef";

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @RegisterExtension
    final InsightsStandIn insights = InsightsStandIn.forEachTest();

    private int run(Map<String, String> environment, String... args) {
        return new AnnotateCommand(environment, new PrintStream(out, true, UTF_8), new PrintStream(err, true, UTF_8))
                .run(List.of(args));
    }

    @Test
    void run_everyOption_setsExactlyThoseFieldsAndPrintsWhatTwilioStored() throws IOException {
        Map<String, String> environment = insights.localEnvironment();

        int status = run(environment, CALL, "--score", "2", "--quality", "latency,echo", "--spam", "true",
                "--answered-by", "machine", "--connectivity-issue", "dropped_call", "--comment", "rated by ops",
                "--incident=https://example.zendesk.com/tickets/17");

        assertEquals(0, status);
        assertEquals(List.of(new InsightsStandIn.RecordedPost(CALL, Map.of("CallScore", "2",
                "QualityIssues", "echo,latency", "Spam", "true", "AnsweredBy", "machine",
                "ConnectivityIssue", "dropped_call", "Comment", "rated by ops",
                "Incident", "https://example.zendesk.com/tickets/17"), InsightsStandIn.ACCOUNT_SID)), insights.posts());
        assertEquals(JSON.std.mapFrom(insights.server().getAllServeEvents().get(0).getResponse().getBodyAsString()),
                JSON.std.mapFrom(out.toString(UTF_8)));
        assertTrue(out.toString(UTF_8).startsWith("{\n  \"account_sid\": \"" + InsightsStandIn.ACCOUNT_SID + "\",\n"));
        assertEquals("", err.toString(UTF_8));
    }

    @Test
    void run_scoreOnly_postsOnlyTheScore() {
        Map<String, String> environment = insights.localEnvironment();

        int status = run(environment, CALL, "--score", "4");

        assertEquals(0, status);
        assertEquals(List.of(new InsightsStandIn.RecordedPost(CALL, Map.of("CallScore", "4"),
                InsightsStandIn.ACCOUNT_SID)), insights.posts());
    }

    @Test
    void run_show_getsTheStoredAnnotationAndPostsNothing() throws IOException {
        run(insights.localEnvironment(), CALL, "--score", "5", "--spam", "false");
        insights.server().resetRequests();
        out.reset();

        int status = run(insights.localEnvironment(), CALL, "--show");

        assertEquals(0, status);
        List<LoggedRequest> requests = insights.server().findAll(com.github.tomakehurst.wiremock.client.WireMock
                .anyRequestedFor(anyUrl()));
        assertEquals(1, requests.size());
        assertEquals("GET", requests.get(0).getMethod().getName());
        assertEquals("/v1/Voice/" + CALL + "/Annotation", requests.get(0).getUrl());
        Map<String, Object> shown = JSON.std.mapFrom(out.toString(UTF_8));
        assertEquals(5, shown.get("call_score"));
        assertEquals(false, shown.get("spam"));
        assertEquals(1, insights.posts().size());
    }

    @Test
    void run_invalidScoreAndQuality_exits2ListingEveryProblemAndSendsNothing() {
        Map<String, String> environment = insights.localEnvironment();

        int status = run(environment, CALL, "--score", "6", "--quality", "echo,loud", "--spam", "maybe");

        assertEquals(2, status);
        assertEquals("annotate: invalid annotation, nothing sent:\n"
                + "  --quality \"loud\": must be one or more of no_quality_issue, low_volume, choppy_robotic, echo, "
                + "dtmf, latency, owa, static_noise, as an array or comma-separated, each once\n"
                + "  --spam \"maybe\": must be true or false\n"
                + "  --score \"6\": must be an integer from 1 to 5\n", err.toString(UTF_8));
        assertEquals("", out.toString(UTF_8));
        assertTrue(insights.server().getAllServeEvents().isEmpty());
    }

    @Test
    void run_malformedCallSid_exits2BeforeReadingAnySetting() {
        Map<String, String> noSettings = Map.of();

        int status = run(noSettings, "CA123", "--comment", " ");

        assertEquals(2, status);
        assertEquals("""
                annotate: invalid annotation, nothing sent:
                  CALL_SID "CA123": is required and must match ^CA[0-9a-fA-F]{32}$
                  --comment " ": must not be blank
                """, err.toString(UTF_8));
    }

    @Test
    void run_twilio17007_exits1WithCodeAndMessage() {
        insights.server().stubFor(post(anyUrl()).atPriority(1).willReturn(aResponse().withStatus(403)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"code\":17007,\"message\":\"Voice Insights Advanced Features not enabled\","
                        + "\"more_info\":\"https://www.twilio.com/docs/errors/17007\",\"status\":403}")));

        int status = run(insights.localEnvironment(), CALL, "--answered-by", "human");

        assertEquals(1, status);
        assertEquals("annotate: Twilio answered 403 with code 17007: Voice Insights Advanced Features not enabled "
                + "(https://www.twilio.com/docs/errors/17007)\n", err.toString(UTF_8));
        assertEquals("", out.toString(UTF_8));
    }

    @Test
    void run_refusedToken_exits1AndNeverPrintsTheToken() {
        Map<String, String> environment = insights.localEnvironment();
        environment.put("TWILIO_AUTH_TOKEN", "wrong-token-s3cret");

        int status = run(environment, CALL, "--show");

        assertEquals(1, status);
        assertEquals("annotate: Twilio answered 401 with code 20003: Authenticate "
                + "(https://www.twilio.com/docs/errors/20003)\n", err.toString(UTF_8));
        assertFalse(err.toString(UTF_8).contains("s3cret"));
    }

    @Test
    void run_noCredentials_exits2NamingTheSettings() {
        Map<String, String> environment = Map.of("TWILIO_INSIGHTS_BASE_URL", insights.baseUrl());

        int status = run(environment, CALL, "--show");

        assertEquals(2, status);
        assertEquals("annotate: invalid configuration: set TWILIO_SECRET_ID (production) or both TWILIO_ACCOUNT_SID "
                + "and TWILIO_AUTH_TOKEN (local development)\n", err.toString(UTF_8));
        assertTrue(insights.server().getAllServeEvents().isEmpty());
    }

    @Test
    void run_unreachableInsights_exits1() {
        Map<String, String> environment = insights.localEnvironment();
        insights.close();

        int status = run(environment, CALL, "--show");

        assertEquals(1, status);
        assertTrue(err.toString(UTF_8).startsWith("annotate: Twilio could not be reached: java.net.ConnectException"),
                err.toString(UTF_8));
    }

    @Test
    void run_help_printsUsageAndExits0() {
        int status = run(Map.of(), "--help");

        assertEquals(0, status);
        assertEquals(AnnotateCommand.USAGE, out.toString(UTF_8));
    }

    @Test
    void run_showWithFields_exits2AndSendsNothing() {
        int status = run(insights.localEnvironment(), CALL, "--show", "--score", "3");

        assertEquals(2, status);
        assertEquals("annotate: --show sets nothing; leave out the field options (see --help)\n",
                err.toString(UTF_8));
        assertTrue(insights.server().getAllServeEvents().isEmpty());
    }
}
