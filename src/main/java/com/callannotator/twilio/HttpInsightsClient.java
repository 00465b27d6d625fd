package com.callannotator.twilio;

import static java.nio.charset.StandardCharsets.UTF_8;
import static java.util.Objects.requireNonNull;

import com.callannotator.annotation.Annotation;
import com.callannotator.annotation.CallSid;
import com.callannotator.annotation.StoredAnnotation;
import com.callannotator.credentials.TwilioCredentials;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.jr.ob.JSON;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URL;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;

/**
 * {@link InsightsClient} over the JDK's {@link HttpURLConnection}: form-encoded POST and GET with HTTP Basic auth,
 * bounded by a connect timeout and a read timeout. Thread-safe; connections are kept alive between calls.
 *
 * <p>Why not {@code java.net.http.HttpClient}: building one loads its whole asynchronous stack and the default TLS
 * context up front, which measured about +500 ms on a cold start through the Lambda runtime interface client here
 * (README, "Performance"); this client loads TLS only when it first calls an {@code https} URL, and nothing else.
 * The JDK's silent re-send of a POST on a reset kept-alive connection ({@code sun.net.http.retryPost}) is turned off,
 * so every request Twilio receives is one our retry loop made and counted.
 */
public final class HttpInsightsClient implements InsightsClient {

    /** The JDK reads it once, when its HTTP client class is initialised: set before this client's first request. */
    static final String RETRY_POST = "sun.net.http.retryPost";

    static {
        System.setProperty(RETRY_POST, "false");
    }

    private final URI baseUrl;
    private final int connectTimeoutMillis;
    private final int readTimeoutMillis;
    private final String userAgent;

    /** A client for {@code settings}, naming itself {@code userAgent}. */
    public HttpInsightsClient(InsightsSettings settings, String userAgent) {
        this(settings.baseUrl(), settings.connectTimeout(), settings.requestTimeout(), userAgent);
    }

    /**
     * A client of the Insights API at {@code baseUrl} (normally {@code https://insights.twilio.com}).
     *
     * @param connectTimeout how long connecting may take
     * @param readTimeout how long Twilio may take to answer once connected
     * @param userAgent the product and version, e.g. {@code call-annotator/0.1.0}
     */
    public HttpInsightsClient(URI baseUrl, Duration connectTimeout, Duration readTimeout, String userAgent) {
        this.baseUrl = requireNonNull(baseUrl, "baseUrl == null");
        this.connectTimeoutMillis = Math.toIntExact(connectTimeout.toMillis());
        this.readTimeoutMillis = Math.toIntExact(readTimeout.toMillis());
        this.userAgent = requireNonNull(userAgent, "userAgent == null");
    }

    /** Connects and reads within {@code timeout} when that is shorter than this client's own timeouts. */
    @Override
    public InsightsAnswer update(Annotation annotation, TwilioCredentials credentials, Duration timeout)
            throws IOException {
        byte[] form = AnnotationForm.encode(annotation).getBytes(UTF_8);
        HttpURLConnection connection = open(annotation.callSid(), credentials, "POST");
        int bound = timeout.isNegative() || timeout.isZero() ? readTimeoutMillis
                : (int) Math.min(timeout.toMillis(), Integer.MAX_VALUE);
        connection.setConnectTimeout(Math.min(connectTimeoutMillis, bound));
        connection.setReadTimeout(Math.min(readTimeoutMillis, bound));
        connection.setRequestProperty("Content-Type", "application/x-www-form-urlencoded");
        // Buffered, not streamed: in streaming mode the JDK hides the body of a 401, which carries Twilio's code.
        connection.setDoOutput(true);
        try (OutputStream body = connection.getOutputStream()) {
            body.write(form);
        }
        return answer(connection);
    }

    @Override
    public InsightsAnswer fetch(CallSid callSid, TwilioCredentials credentials) throws IOException {
        return answer(open(callSid, credentials, "GET"));
    }

    private HttpURLConnection open(CallSid callSid, TwilioCredentials credentials, String method) throws IOException {
        HttpURLConnection connection = (HttpURLConnection) annotationUrl(callSid).openConnection();
        connection.setRequestMethod(method);
        connection.setConnectTimeout(connectTimeoutMillis);
        connection.setReadTimeout(readTimeoutMillis);
        connection.setInstanceFollowRedirects(false);
        connection.setUseCaches(false);
        connection.setRequestProperty("Authorization", basicAuth(credentials));
        connection.setRequestProperty("Accept", "application/json");
        connection.setRequestProperty("User-Agent", userAgent);
        return connection;
    }

    /** {@code {base}/v1/Voice/{CallSid}/Annotation}; the SID is already proven to need no escaping. */
    URL annotationUrl(CallSid callSid) throws IOException {
        String base = baseUrl.toString();
        String trimmed = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        return URI.create(trimmed + "/v1/Voice/" + callSid.value() + "/Annotation").toURL();
    }

    private static InsightsAnswer answer(HttpURLConnection connection) throws IOException {
        int status = connection.getResponseCode();
        boolean success = status >= 200 && status < 300;
        String body = readFully(success ? connection.getInputStream() : connection.getErrorStream());
        if (success) {
            if (!isJsonObject(body)) {
                throw new MalformedAnswerException(status, body.length());
            }
            return new InsightsAnswer.Stored(new StoredAnnotation(body));
        }
        return new InsightsAnswer.Refused(TwilioErrorJson.parse(status, body),
                Optional.ofNullable(connection.getHeaderField("Retry-After")));
    }

    /** True when {@code body} is exactly one complete JSON object, as Twilio's answer always is. */
    static boolean isJsonObject(String body) {
        try (JsonParser parser = JSON.std.getStreamingFactory().createParser(body)) {
            return JSON.std.mapFrom(parser) != null && parser.nextToken() == null;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** Reads and closes {@code in}, which hands the connection back for reuse. */
    private static String readFully(InputStream in) throws IOException {
        if (in == null) {
            return "";
        }
        try (in) {
            return new String(in.readAllBytes(), UTF_8);
        }
    }

    private static String basicAuth(TwilioCredentials credentials) {
        String pair = credentials.restUsername() + ":" + credentials.restPassword();
        return "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(UTF_8));
    }
}
