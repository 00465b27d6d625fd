package com.callannotator.fuzz;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.callannotator.CallAnnotator;
import com.callannotator.delivery.Timing;
import com.callannotator.security.PublicUrl;
import com.callannotator.security.SignatureCalculator;
import com.callannotator.security.SignatureVerifier;
import com.callannotator.testutils.InsightsStandIn;
import com.callannotator.webhook.FormParameters;
import com.callannotator.webhook.HttpHeaders;
import com.code_intelligence.jazzer.api.BugDetectors;
import com.code_intelligence.jazzer.api.SilentCloseable;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The function as the fuzz targets drive it: built from the environment like in Lambda, with local credentials,
 * posting to the Insights stand-in (which checks every request the way Twilio does), its log lines captured.
 * One per fuzz test class; {@link #close()} stops the stand-in.
 */
final class FuzzHarness implements AutoCloseable {

    /** Long and distinctive, so a log line holding it cannot be a coincidence. */
    static final String AUTH_TOKEN = "fuzz-auth-token-7c1e9a04d2";

    final InsightsStandIn insights = new InsightsStandIn(InsightsStandIn.ACCOUNT_SID, AUTH_TOKEN);
    final ByteArrayOutputStream log = new ByteArrayOutputStream();
    final CallAnnotator app;
    private final PublicUrl publicUrl = new PublicUrl(Optional.empty());

    FuzzHarness() {
        insights.server().start();
        Map<String, String> environment = insights.localEnvironment();
        environment.put("TWILIO_AUTH_TOKEN", AUTH_TOKEN);
        // Short bounds: an input that makes the function wait must cost a second, not the default eight.
        environment.put("DELIVERY_BUDGET_MS", "1000");
        environment.put("INSIGHTS_REQUEST_TIMEOUT_MS", "1000");
        app = CallAnnotator.fromEnvironment(environment, Timing.system(), new PrintStream(log, true, UTF_8));
    }

    /** Forgets what the previous input did: its log lines and the stand-in's requests. */
    void reset() {
        log.reset();
        insights.reset();
        insights.server().resetRequests();
    }

    /**
     * Lets the function connect to the stand-in alone while the result is open: Jazzer's SSRF detector flags every
     * other connection. Open it around each input (Jazzer's agent is not in yet at {@code @BeforeAll}).
     */
    SilentCloseable allowStandInOnly() {
        int port = insights.server().port();
        return BugDetectors.allowNetworkConnections((host, to) -> to == port
                && (host.equals("localhost") || host.equals("127.0.0.1")));
    }

    /** The log lines written since {@link #reset()}. */
    String logText() {
        return log.toString(UTF_8);
    }

    /**
     * The signature Twilio would send for a request to {@code host}{@code path}?{@code query} with {@code body}: over
     * the URL the function rebuilds (the function's own {@link PublicUrl}), plus the form parameters of a form POST.
     */
    String signature(HttpHeaders headers, String path, String query, String method, byte[] body) {
        String url = publicUrl.of(new PublicUrl.RequestLine(headers.get("Host").orElse("hooks.example.com"), path,
                query, headers.get("X-Forwarded-Proto").orElse(null), headers.get("X-Forwarded-Port").orElse(null)));
        boolean form = "POST".equalsIgnoreCase(method) && !isJson(headers);
        List<Map.Entry<String, String>> parameters = List.of();
        if (form) {
            try {
                parameters = FormParameters.parse(new String(body, UTF_8)).entries();
            } catch (IllegalArgumentException e) {
                parameters = List.of(); // Twilio never sends a malformed form; the request is still signed somehow
            }
        }
        return new SignatureCalculator(AUTH_TOKEN).sign(url, parameters);
    }

    /** The query Twilio signs for a JSON body: {@code bodySHA256} added, as Twilio adds it. */
    static String withBodyHash(String query, byte[] body) {
        String hash = SignatureVerifier.BODY_SHA256 + "=" + SignatureVerifier.sha256Hex(body);
        return query.isEmpty() ? hash : query + "&" + hash;
    }

    static boolean isJson(HttpHeaders headers) {
        return "application/json".equals(headers.mediaType());
    }

    /** The bytes the function will read from a body delivered as {@code body} with {@code base64}. */
    static byte[] bodyBytes(String body, boolean base64) {
        if (!base64) {
            return body.getBytes(UTF_8);
        }
        try {
            return Base64.getDecoder().decode(body);
        } catch (IllegalArgumentException e) {
            return new byte[0];
        }
    }

    @Override
    public void close() {
        insights.close();
    }
}
