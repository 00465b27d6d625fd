package com.callannotator.twilio;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.callannotator.annotation.Annotation;
import com.callannotator.annotation.AnsweredBy;
import com.callannotator.annotation.CallSid;
import com.callannotator.annotation.ConnectivityIssue;
import com.callannotator.annotation.QualityIssue;
import com.callannotator.annotation.StoredAnnotation;
import com.callannotator.annotation.TwilioError;
import com.callannotator.credentials.TwilioCredentials;
import com.callannotator.testutils.InsightsStandIn;
import com.fasterxml.jackson.jr.ob.JSON;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.io.IOException;
import java.net.URI;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

final class HttpInsightsClientTest {

    private static final CallSid CALL = new CallSid("CA0123456789abcdef0123456789abcdef");
    /** Longer than the client's own timeouts, so those apply. */
    private static final Duration NO_LIMIT = Duration.ofSeconds(10);
    private static final TwilioCredentials LOCAL = TwilioCredentials.of(InsightsStandIn.ACCOUNT_SID,
            InsightsStandIn.AUTH_TOKEN);

    @RegisterExtension
    final InsightsStandIn insights = InsightsStandIn.forEachTest();
    private HttpInsightsClient client;

    @BeforeEach
    void start() {
        client = new HttpInsightsClient(URI.create(insights.baseUrl()), Duration.ofSeconds(1), Duration.ofMillis(500),
                "call-annotator/test");
    }

    @Test
    void update_everyField_postsTwiliosFormAndReturnsStoredAnnotation() throws IOException {
        Annotation annotation = Annotation.builder(CALL).answeredBy(AnsweredBy.MACHINE)
                .connectivityIssue(ConnectivityIssue.DROPPED_CALL)
                .qualityIssues(List.of(QualityIssue.ECHO, QualityIssue.LOW_VOLUME)).spam(true).callScore(2)
                .comment("caller said: 100% fine & \"good\"").incident("https://example.zendesk.com/tickets/17")
                .build();

        StoredAnnotation stored = assertInstanceOf(InsightsAnswer.Stored.class,
                client.update(annotation, LOCAL, NO_LIMIT)).annotation();

        assertEquals(List.of(new InsightsStandIn.RecordedPost(CALL.value(), Map.of(
                "AnsweredBy", "machine", "ConnectivityIssue", "dropped_call", "QualityIssues", "low_volume,echo",
                "Spam", "true", "CallScore", "2", "Comment", "caller said: 100% fine & \"good\"",
                "Incident", "https://example.zendesk.com/tickets/17"), InsightsStandIn.ACCOUNT_SID)), insights.posts());
        Map<String, Object> body = JSON.std.mapFrom(stored.json());
        assertEquals(List.of("low_volume", "echo"), body.get("quality_issues"));
        assertEquals(2, body.get("call_score"));
    }

    @Test
    void update_onlySetFields_areSentInOrder() throws IOException {
        client.update(Annotation.builder(CALL).answeredBy(AnsweredBy.HUMAN).build(), LOCAL, NO_LIMIT);

        LoggedRequest request = insights.server().getAllServeEvents().get(0).getRequest();
        assertEquals("AnsweredBy=human", request.getBodyAsString());
        assertEquals("/v1/Voice/" + CALL.value() + "/Annotation", request.getUrl());
        assertEquals("call-annotator/test", request.getHeader("User-Agent"));
        assertTrue(request.getHeader("Content-Type").startsWith("application/x-www-form-urlencoded"));
    }

    @Test
    void update_apiKeyCredentials_authenticateWithTheKey() throws IOException {
        insights.accept("SK0123456789abcdef0123456789abcdef", "key-secret");
        TwilioCredentials withKey = TwilioCredentials.of(InsightsStandIn.ACCOUNT_SID, "other-token")
                .withApiKey("SK0123456789abcdef0123456789abcdef", "key-secret");

        client.update(Annotation.builder(CALL).spam(false).build(), withKey, NO_LIMIT);

        assertEquals("SK0123456789abcdef0123456789abcdef", insights.posts().get(0).username());
    }

    @Test
    void update_wrongToken_isRefusedWithTwilioError() throws IOException {
        TwilioCredentials wrong = TwilioCredentials.of(InsightsStandIn.ACCOUNT_SID, "wrong");

        InsightsAnswer.Refused e = assertInstanceOf(InsightsAnswer.Refused.class,
                client.update(Annotation.builder(CALL).spam(true).build(), wrong, NO_LIMIT));

        assertEquals(new TwilioError(401, 20003, "Authenticate", "https://www.twilio.com/docs/errors/20003"),
                e.error());
        assertEquals(List.of(), insights.posts());
    }

    @Test
    void update_advancedFeaturesOff_carriesCode17007() throws IOException {
        insights.server().stubFor(post(anyUrl()).atPriority(1).willReturn(aResponse().withStatus(403)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"code\":17007,\"message\":\"Voice Insights Advanced Features not enabled\","
                        + "\"more_info\":\"https://www.twilio.com/docs/errors/17007\",\"status\":403}")));

        InsightsAnswer.Refused e = assertInstanceOf(InsightsAnswer.Refused.class,
                client.update(Annotation.builder(CALL).spam(true).build(), LOCAL, NO_LIMIT));

        assertEquals(17007, e.error().code());
        assertEquals(403, e.error().status());
    }

    @Test
    void update_rateLimited_exposesRetryAfter() throws IOException {
        insights.server().stubFor(post(anyUrl()).atPriority(1).willReturn(aResponse().withStatus(429)
                .withHeader("Retry-After", "2").withBody("{\"code\":20429,\"message\":\"Too Many Requests\"}")));

        InsightsAnswer.Refused e = assertInstanceOf(InsightsAnswer.Refused.class,
                client.update(Annotation.builder(CALL).spam(true).build(), LOCAL, NO_LIMIT));

        assertEquals(20429, e.error().code());
        assertEquals("2", e.retryAfter().orElseThrow());
    }

    @Test
    void update_nonJsonError_keepsStatusAndExcerpt() throws IOException {
        insights.server().stubFor(post(anyUrl()).atPriority(1).willReturn(aResponse().withStatus(502)
                .withBody("<html>Bad Gateway</html>")));

        InsightsAnswer.Refused e = assertInstanceOf(InsightsAnswer.Refused.class,
                client.update(Annotation.builder(CALL).spam(true).build(), LOCAL, NO_LIMIT));

        assertEquals(new TwilioError(502, 0, "<html>Bad Gateway</html>", ""), e.error());
    }

    @Test
    void update_slowAnswer_timesOut() {
        insights.server().stubFor(post(anyUrl()).atPriority(1).willReturn(aResponse().withStatus(200)
                .withFixedDelay(2_000)));

        assertThrows(SocketTimeoutException.class,
                () -> client.update(Annotation.builder(CALL).spam(true).build(), LOCAL, NO_LIMIT));
    }

    @Test
    void update_shorterTimeoutGiven_givesUpSooner() {
        insights.server().stubFor(post(anyUrl()).atPriority(1).willReturn(aResponse().withStatus(200)
                .withFixedDelay(400)));

        assertThrows(SocketTimeoutException.class, () -> client.update(Annotation.builder(CALL).spam(true).build(),
                LOCAL, Duration.ofMillis(100)));
    }

    @Test
    void update_connectionReset_throwsIoException() {
        insights.server().stubFor(post(anyUrl()).atPriority(1).willReturn(aResponse()
                .withFault(Fault.CONNECTION_RESET_BY_PEER)));

        assertThrows(IOException.class, () -> client.update(Annotation.builder(CALL).spam(true)
                .build(), LOCAL, NO_LIMIT));
    }

    @Test
    void fetch_afterTwoUpdates_returnsMergedAnnotation() throws IOException {
        client.update(Annotation.builder(CALL).callScore(4).build(), LOCAL, NO_LIMIT);
        client.update(Annotation.builder(CALL).spam(false).build(), LOCAL, NO_LIMIT);

        Map<String, Object> body = JSON.std.mapFrom(
                assertInstanceOf(InsightsAnswer.Stored.class, client.fetch(CALL, LOCAL)).annotation().json());

        assertEquals(4, body.get("call_score"));
        assertEquals(false, body.get("spam"));
        assertEquals(CALL.value(), body.get("call_sid"));
    }
}
