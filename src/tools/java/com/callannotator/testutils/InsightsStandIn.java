package com.callannotator.testutils;

import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static java.nio.charset.StandardCharsets.UTF_8;

import com.callannotator.twilio.HttpInsightsClient;
import com.fasterxml.jackson.jr.ob.JSON;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.time.Duration;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A local stand-in for Twilio Voice Insights' Call Annotation resource, on WireMock, loopback only.
 *
 * <p>It checks each request the way Twilio does: path and {@code CallSid} pattern, HTTP Basic credentials, form
 * content type, field names and their values (enums, booleans, 1–5 score, 100-character texts). A valid POST is
 * recorded and merged into the call's stored annotation, which GET returns; anything else gets Twilio's error
 * JSON. Tests inject faults with {@link #server()} stubs at a higher priority (a lower number than
 * {@link #DEFAULT_PRIORITY}).
 */
public final class InsightsStandIn implements AutoCloseable, BeforeEachCallback, AfterEachCallback {

    public static final String ACCOUNT_SID = "ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";
    public static final String AUTH_TOKEN = "12345";
    public static final int DEFAULT_PRIORITY = 10;

    private static final Pattern PATH = Pattern.compile("^/v1/Voice/([^/]+)/Annotation$");
    private static final Pattern CALL_SID = Pattern.compile("^CA[0-9a-fA-F]{32}$");
    private static final Set<String> ANSWERED_BY = Set.of("unknown_answered_by", "human", "machine");
    private static final Set<String> CONNECTIVITY = Set.of("unknown_connectivity_issue", "no_connectivity_issue",
            "invalid_number", "caller_id", "dropped_call", "number_reachability");
    private static final Set<String> QUALITY = Set.of("no_quality_issue", "low_volume", "choppy_robotic", "echo",
            "dtmf", "latency", "owa", "static_noise");

    private final WireMockServer server;
    private final Map<String, String> credentials = new ConcurrentHashMap<>();
    private final List<RecordedPost> posts = new CopyOnWriteArrayList<>();
    private final Map<String, Map<String, Object>> stored = new ConcurrentHashMap<>();
    private volatile PrintStream echo;

    /** @param username a Basic user name (account SID or API key SID) accepted with {@code password} */
    public InsightsStandIn(String username, String password) {
        this(username, password, 0);
    }

    /** @param port the loopback port to listen on, 0 for a free one */
    private InsightsStandIn(String username, String password, int port) {
        credentials.put(username, password);
        server = new WireMockServer(options().bindAddress("127.0.0.1").port(port)
                .extensions(new Behaviour()));
        server.stubFor(any(anyUrl()).atPriority(DEFAULT_PRIORITY).willReturn(aResponse().withTransformers(
                Behaviour.NAME)));
    }

    /**
     * A stand-in accepting the documented local credentials, started before and stopped after each test:
     * {@code @RegisterExtension final InsightsStandIn insights = InsightsStandIn.forEachTest();}.
     */
    public static InsightsStandIn forEachTest() {
        return new InsightsStandIn(ACCOUNT_SID, AUTH_TOKEN);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        server.start();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        close();
    }

    /** A stand-in accepting the documented local credentials, already started. */
    public static InsightsStandIn start() {
        InsightsStandIn standIn = new InsightsStandIn(ACCOUNT_SID, AUTH_TOKEN);
        standIn.server.start();
        return standIn;
    }

    /**
     * Runs the stand-in until killed, printing each request it receives: for {@code scripts/invoke-local} and
     * {@code scripts/insights-standin}, which run this same class the tests use. {@code --port N} picks the port (default: a free one).
     */
    public static void main(String[] args) throws InterruptedException {
        int port = args.length == 2 && "--port".equals(args[0]) ? Integer.parseInt(args[1]) : 0;
        InsightsStandIn standIn = new InsightsStandIn(ACCOUNT_SID, AUTH_TOKEN, port);
        standIn.server.start();
        standIn.echo = System.out;
        System.out.println("listening on " + standIn.baseUrl());
        System.out.flush();
        Thread.currentThread().join();
    }

    /** The base URL to put in {@code TWILIO_INSIGHTS_BASE_URL}. */
    public String baseUrl() {
        return "http://127.0.0.1:" + server.port();
    }

    /**
     * The settings that point the function at this stand-in with the documented local credentials:
     * {@code TWILIO_ACCOUNT_SID}, {@code TWILIO_AUTH_TOKEN} and {@code TWILIO_INSIGHTS_BASE_URL}, in a map the caller
     * may add to.
     */
    public Map<String, String> localEnvironment() {
        Map<String, String> environment = new HashMap<>();
        environment.put("TWILIO_ACCOUNT_SID", ACCOUNT_SID);
        environment.put("TWILIO_AUTH_TOKEN", AUTH_TOKEN);
        environment.put("TWILIO_INSIGHTS_BASE_URL", baseUrl());
        return environment;
    }

    /** A real Insights client of this stand-in, with 1-second timeouts. */
    public HttpInsightsClient client() {
        return new HttpInsightsClient(URI.create(baseUrl()), Duration.ofSeconds(1), Duration.ofSeconds(1),
                "call-annotator/test");
    }

    /** The WireMock server, to add fault stubs at a priority below {@link #DEFAULT_PRIORITY}. */
    public WireMockServer server() {
        return server;
    }

    /** Accepts another user name and password, e.g. an API key or a rotated token. */
    public void accept(String username, String password) {
        credentials.put(username, password);
    }

    /** Stops accepting {@code username}. */
    public void revoke(String username) {
        credentials.remove(username);
    }

    /** Every valid POST that was stored, in arrival order. */
    public List<RecordedPost> posts() {
        return List.copyOf(posts);
    }

    /** The annotation stored for {@code callSid} (merged over all posts), as Twilio's response fields. */
    public Map<String, Object> storedAnnotation(String callSid) {
        return stored.getOrDefault(callSid, Map.of());
    }

    /** Forgets every post and stored annotation. */
    public void reset() {
        posts.clear();
        stored.clear();
    }

    @Override
    public void close() {
        server.stop();
    }

    /**
     * A POST that Twilio would have stored.
     *
     * @param callSid the call
     * @param fields the form fields, exactly as sent
     * @param username the Basic user name used
     */
    public record RecordedPost(String callSid, Map<String, String> fields, String username) {
    }

    /** The Twilio behaviour behind the default stub. */
    private final class Behaviour implements ResponseDefinitionTransformerV2 {
        static final String NAME = "twilio-insights";

        @Override
        public String getName() {
            return NAME;
        }

        @Override
        public boolean applyGlobally() {
            return false;
        }

        @Override
        public ResponseDefinition transform(ServeEvent serveEvent) {
            LoggedRequest request = serveEvent.getRequest();
            ResponseDefinition response = answer(request);
            PrintStream out = echo;
            if (out != null) {
                out.println(request.getMethod() + " " + request.getUrl() + " -> " + response.getStatus() + " "
                        + (request.getBodyAsString().isEmpty() ? "" : decodeForm(request.getBodyAsString())));
                out.flush();
            }
            return response;
        }

        private ResponseDefinition answer(LoggedRequest request) {
            Matcher path = PATH.matcher(request.getUrl());
            if (!path.matches()) {
                return error(404, 20404, "The requested resource " + request.getUrl() + " was not found");
            }
            String callSid = path.group(1);
            if (!CALL_SID.matcher(callSid).matches()) {
                return error(404, 20404, "The requested resource " + request.getUrl() + " was not found");
            }
            String username = authenticatedUser(request.getHeader("Authorization"));
            if (username == null) {
                return error(401, 20003, "Authenticate");
            }
            String method = request.getMethod().getName();
            if (method.equals("GET")) {
                return ok(callSid);
            }
            if (!method.equals("POST")) {
                return error(405, 20004, "Method not allowed");
            }
            String contentType = String.valueOf(request.getHeader("Content-Type"));
            if (!contentType.startsWith("application/x-www-form-urlencoded")) {
                return error(400, 20001, "Content-Type must be application/x-www-form-urlencoded: " + contentType);
            }
            Map<String, String> fields;
            try {
                fields = decodeForm(request.getBodyAsString());
            } catch (IllegalArgumentException e) {
                return error(400, 20001, e.getMessage());
            }
            String problem = validate(fields);
            if (problem != null) {
                return error(400, 20001, problem);
            }
            posts.add(new RecordedPost(callSid, fields, username));
            merge(callSid, fields);
            return ok(callSid);
        }

        private String authenticatedUser(String authorization) {
            if (authorization == null || !authorization.startsWith("Basic ")) {
                return null;
            }
            String pair = new String(Base64.getDecoder().decode(authorization.substring(6)), UTF_8);
            int colon = pair.indexOf(':');
            if (colon < 0) {
                return null;
            }
            String user = pair.substring(0, colon);
            return pair.substring(colon + 1).equals(credentials.get(user)) ? user : null;
        }

        private ResponseDefinition ok(String callSid) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("account_sid", ACCOUNT_SID);
            body.put("call_sid", callSid);
            Map<String, Object> annotation = storedAnnotation(callSid);
            for (String field : List.of("answered_by", "connectivity_issue", "quality_issues", "spam", "call_score",
                    "comment", "incident")) {
                body.put(field, annotation.get(field));
            }
            body.put("url", "https://insights.twilio.com/v1/Voice/" + callSid + "/Annotation");
            return json(200, body);
        }
    }

    /** Twilio's rules for the form fields; null when valid. */
    static String validate(Map<String, String> fields) {
        for (Map.Entry<String, String> field : fields.entrySet()) {
            String name = field.getKey();
            String value = field.getValue();
            String problem = switch (name) {
                case "AnsweredBy" -> ANSWERED_BY.contains(value) ? null : "invalid AnsweredBy";
                case "ConnectivityIssue" -> CONNECTIVITY.contains(value) ? null : "invalid ConnectivityIssue";
                case "QualityIssues" -> validQualityIssues(value) ? null : "invalid QualityIssues";
                case "Spam" -> value.equals("true") || value.equals("false") ? null : "invalid Spam";
                case "CallScore" -> value.matches("[1-5]") ? null : "invalid CallScore";
                case "Comment", "Incident" -> value.codePointCount(0, value.length()) <= 100 ? null
                        : name + " longer than 100 characters";
                default -> "unknown parameter " + name;
            };
            if (problem != null) {
                return problem + ": " + value;
            }
        }
        return fields.isEmpty() ? "no annotation field given" : null;
    }

    private static boolean validQualityIssues(String value) {
        List<String> issues = List.of(value.split(",", -1));
        return !issues.isEmpty() && QUALITY.containsAll(issues) && Set.copyOf(issues).size() == issues.size();
    }

    private void merge(String callSid, Map<String, String> fields) {
        Map<String, Object> current = new LinkedHashMap<>(storedAnnotation(callSid));
        fields.forEach((name, value) -> {
            switch (name) {
                case "AnsweredBy" -> current.put("answered_by", value);
                case "ConnectivityIssue" -> current.put("connectivity_issue", value);
                case "QualityIssues" -> current.put("quality_issues", List.of(value.split(",")));
                case "Spam" -> current.put("spam", Boolean.valueOf(value));
                case "CallScore" -> current.put("call_score", Integer.valueOf(value));
                case "Comment" -> current.put("comment", value);
                case "Incident" -> current.put("incident", value);
                default -> throw new IllegalStateException(name);
            }
        });
        stored.put(callSid, Collections.unmodifiableMap(current));
    }

    /** Decodes a form body; a repeated name is refused, because Twilio reads one value per field. */
    static Map<String, String> decodeForm(String body) {
        Map<String, String> fields = new LinkedHashMap<>();
        if (body == null || body.isEmpty()) {
            return fields;
        }
        for (String pair : body.split("&", -1)) {
            int equals = pair.indexOf('=');
            String name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), UTF_8);
            String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), UTF_8);
            if (fields.put(name, value) != null) {
                throw new IllegalArgumentException("repeated parameter " + name);
            }
        }
        return fields;
    }

    private static ResponseDefinition error(int status, int code, String message) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", code);
        body.put("message", message);
        body.put("more_info", "https://www.twilio.com/docs/errors/" + code);
        body.put("status", status);
        return json(status, body);
    }

    private static ResponseDefinition json(int status, Map<String, Object> body) {
        try {
            return new ResponseDefinitionBuilder().withStatus(status)
                    .withHeader("Content-Type", "application/json").withBody(JSON.std.asString(body)).build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
