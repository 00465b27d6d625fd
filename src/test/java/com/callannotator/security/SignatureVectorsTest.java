package com.callannotator.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The published Twilio test vectors of FACTS-twilio.md §3, and the ones computed for this project. */
final class SignatureVectorsTest {

    private static final String TOKEN = "12345";
    private static final String URL = "https://mycompany.com/myapp.php?foo=1&bar=2";
    private static final List<Map.Entry<String, String>> PARAMS = List.of(
            Map.entry("CallSid", "CA1234567890ABCDE"),
            Map.entry("Caller", "+14158675309"),
            Map.entry("Digits", "1234"),
            Map.entry("From", "+14158675309"),
            Map.entry("To", "+18005551212"));
    private static final List<Map.Entry<String, String>> PROJECT_PARAMS = List.of(
            Map.entry("AccountSid", "ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"),
            Map.entry("AnsweredBy", "human"),
            Map.entry("ApiVersion", "2010-04-01"),
            Map.entry("CallDuration", "42"),
            Map.entry("CallSid", "CAaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"),
            Map.entry("CallStatus", "completed"),
            Map.entry("CallbackSource", "call-progress-events"),
            Map.entry("Direction", "outbound-api"),
            Map.entry("Duration", "1"),
            Map.entry("From", "+15005550006"),
            Map.entry("SequenceNumber", "3"),
            Map.entry("SipResponseCode", "200"),
            Map.entry("Timestamp", "Tue, 29 Sep 2026 10:00:00 +0000"),
            Map.entry("To", "+14155551212"));
    private static final String PROJECT_URL = "https://abc123.execute-api.us-east-1.amazonaws.com/prod/twilio/status";

    static Stream<Arguments> formVectors() {
        return Stream.of(
                Arguments.of("published: URL with query", URL, PARAMS, "RSOYDt4T1cUTdK1PDd93/VVr8B8="),
                Arguments.of("published: signed with :443", "https://mycompany.com:443/myapp.php?foo=1&bar=2", PARAMS,
                        "kvajT1Ptam85bY51eRf/AJRuM3w="),
                Arguments.of("published: http signed with :80", "http://mycompany.com:80/myapp.php?foo=1&bar=2",
                        PARAMS, "0ZXoZLH/DfblKGATFgpif+LLRf4="),
                Arguments.of("published: http with port 1234", "http://mycompany.com:1234/myapp.php?foo=1&bar=2",
                        PARAMS, "Zmvh+3yNM1Phv2jhDCwEM3q5ebU="),
                Arguments.of("published: URL without query", "https://mycompany.com/myapp.php", PARAMS,
                        "1xaxFBvyzXYvWplzNOSs28HWO94="),
                Arguments.of("published: URL only", URL, List.of(), "zYQTYrRWXE7LtzbG4PfP7/bkkGo="),
                Arguments.of("older docs vector", URL, List.of(
                        Map.entry("CallSid", "CA1234567890ABCDE"), Map.entry("Caller", "+12349013030"),
                        Map.entry("Digits", "1234"), Map.entry("From", "+12349013030"),
                        Map.entry("To", "+18005551212")), "0/KCTR6DLpKmkAf8muzZqo1nDgQ=")
                ,
                Arguments.of("project: HTTP API status callback", PROJECT_URL, PROJECT_PARAMS,
                        "D3JZS8SoPBIJG2pzV6NALKwJHQc="),
                Arguments.of("project: with :443", "https://abc123.execute-api.us-east-1.amazonaws.com:443/prod/twilio/status",
                        PROJECT_PARAMS, "84AHHF3qZTYZ++NHO8Kk+FRmXs4="),
                Arguments.of("project: without the stage", "https://abc123.execute-api.us-east-1.amazonaws.com/twilio/status",
                        PROJECT_PARAMS, "G6ZoSXBrm8sHe3lkgXZNdtol2Nk="));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("formVectors")
    void sign_publishedVector_matches(String name, String url, List<Map.Entry<String, String>> params,
            String expected) {
        assertEquals(expected, new SignatureCalculator(TOKEN).sign(url, params));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("formVectors")
    void verifyForm_publishedVector_isAccepted(String name, String url, List<Map.Entry<String, String>> params,
            String expected) {
        assertTrue(new SignatureVerifier(TOKEN).verifyForm(url, params, expected));
    }

    @Test
    void verifyForm_urlWithoutPortSignedWithPort_isAccepted() {
        assertTrue(new SignatureVerifier(TOKEN).verifyForm(URL, PARAMS, "kvajT1Ptam85bY51eRf/AJRuM3w="));
    }

    @Test
    void verifyForm_urlWithPortSignedWithout_isAccepted() {
        String withPort = "https://mycompany.com:443/myapp.php?foo=1&bar=2";

        assertTrue(new SignatureVerifier(TOKEN).verifyForm(withPort, PARAMS, "RSOYDt4T1cUTdK1PDd93/VVr8B8="));
    }

    @Test
    void verifyForm_stageMissingFromUrl_isRefused() {
        String withoutStage = "https://abc123.execute-api.us-east-1.amazonaws.com/twilio/status";

        assertFalse(new SignatureVerifier(TOKEN).verifyForm(withoutStage, PROJECT_PARAMS,
                "D3JZS8SoPBIJG2pzV6NALKwJHQc="));
    }

    @Test
    void verifyForm_otherToken_isRefused() {
        assertFalse(new SignatureVerifier("54321").verifyForm(URL, PARAMS, "RSOYDt4T1cUTdK1PDd93/VVr8B8="));
    }

    @Test
    void verifyForm_changedParameter_isRefused() {
        List<Map.Entry<String, String>> tampered = List.of(Map.entry("CallSid", "CA1234567890ABCDE"),
                Map.entry("Caller", "+14158675309"), Map.entry("Digits", "1235"), Map.entry("From", "+14158675309"),
                Map.entry("To", "+18005551212"));

        assertFalse(new SignatureVerifier(TOKEN).verifyForm(URL, tampered, "RSOYDt4T1cUTdK1PDd93/VVr8B8="));
    }

    @Test
    void verifyForm_missingSignature_isRefused() {
        assertFalse(new SignatureVerifier(TOKEN).verifyForm(URL, PARAMS, ""));
        assertFalse(new SignatureVerifier(TOKEN).verifyForm(URL, PARAMS, null));
    }

    @Test
    void sha256Hex_publishedJsonBody_matches() {
        byte[] body = "{\"property\": \"value\", \"boolean\": true}".getBytes(StandardCharsets.UTF_8);

        assertEquals("0a1ff7634d9ab3b95db5c9a2dfe9416e41502b283a80c7cf19632632f96e6620",
                SignatureVerifier.sha256Hex(body));
    }

    static Stream<Arguments> jsonVectors() {
        String hash = "0a1ff7634d9ab3b95db5c9a2dfe9416e41502b283a80c7cf19632632f96e6620";
        String projectHash = "4aa190dd85e35d0189f96aae0f469d53a8f7265a3e690f49e872c1983f64e040";
        return Stream.of(
                Arguments.of("published: query and bodySHA256", URL + "&bodySHA256=" + hash,
                        "{\"property\": \"value\", \"boolean\": true}", "a9nBmqA0ju/hNViExpshrM61xv4="),
                Arguments.of("published: bodySHA256 only", "https://mycompany.com/myapp.php?bodySHA256=" + hash,
                        "{\"property\": \"value\", \"boolean\": true}", "y77kIzt2vzLz71DgmJGsen2scGs="),
                Arguments.of("project: Studio survey", "https://abc123.execute-api.us-east-1.amazonaws.com"
                        + "/prod/twilio/survey?bodySHA256=" + projectHash,
                        "{\"CallSid\":\"CAaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\",\"call_score\":\"4\"}",
                        "iu8X9l8CzqPTsDtRG26QO3YGCYQ="));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("jsonVectors")
    void verifyJson_publishedVector_isAccepted(String name, String url, String body, String signature) {
        assertTrue(new SignatureVerifier(TOKEN).verifyJson(url, body.getBytes(StandardCharsets.UTF_8), signature));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("jsonVectors")
    void verifyJson_bodyChanged_isRefused(String name, String url, String body, String signature) {
        byte[] changed = (body + " ").getBytes(StandardCharsets.UTF_8);

        assertFalse(new SignatureVerifier(TOKEN).verifyJson(url, changed, signature));
    }

    @Test
    void verifyJson_urlWithoutBodySha256_isRefused() {
        byte[] body = "{}".getBytes(StandardCharsets.UTF_8);
        String signature = new SignatureCalculator(TOKEN).sign(URL, List.of());

        assertFalse(new SignatureVerifier(TOKEN).verifyJson(URL, body, signature));
    }
}
