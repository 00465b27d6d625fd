package com.callannotator.twilio;

import static java.nio.charset.StandardCharsets.UTF_8;
import static java.util.Objects.requireNonNull;

import com.callannotator.annotation.Annotation;
import com.callannotator.annotation.CallSid;
import com.callannotator.credentials.TwilioCredentials;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Base64;

/**
 * {@link InsightsClient} over {@code java.net.http}: form-encoded POST and GET with HTTP Basic auth, bounded by a
 * request timeout. Thread-safe; build one per execution environment.
 */
public final class HttpInsightsClient implements InsightsClient {

    private final URI baseUrl;
    private final HttpClient http;
    private final Duration requestTimeout;
    private final String userAgent;

    /**
     * A client of the Insights API at {@code baseUrl} (normally {@code https://insights.twilio.com}).
     *
     * @param http a client built with a connect timeout
     * @param requestTimeout how long one request may take, connect included
     * @param userAgent the product and version, e.g. {@code call-annotator/0.1.0}
     */
    public HttpInsightsClient(URI baseUrl, HttpClient http, Duration requestTimeout, String userAgent) {
        this.baseUrl = requireNonNull(baseUrl, "baseUrl == null");
        this.http = requireNonNull(http, "http == null");
        this.requestTimeout = requireNonNull(requestTimeout, "requestTimeout == null");
        this.userAgent = requireNonNull(userAgent, "userAgent == null");
    }

    @Override
    public StoredAnnotation update(Annotation annotation, TwilioCredentials credentials) throws IOException {
        HttpRequest request = request(annotation.callSid(), credentials)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(AnnotationForm.encode(annotation), UTF_8))
                .build();
        return send(request);
    }

    @Override
    public StoredAnnotation fetch(CallSid callSid, TwilioCredentials credentials) throws IOException {
        return send(request(callSid, credentials).GET().build());
    }

    private HttpRequest.Builder request(CallSid callSid, TwilioCredentials credentials) {
        return HttpRequest.newBuilder(annotationUrl(callSid))
                .timeout(requestTimeout)
                .header("Authorization", basicAuth(credentials))
                .header("Accept", "application/json")
                .header("User-Agent", userAgent);
    }

    /** {@code {base}/v1/Voice/{CallSid}/Annotation}; the SID is already proven to need no escaping. */
    URI annotationUrl(CallSid callSid) {
        String base = baseUrl.toString();
        String trimmed = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        return URI.create(trimmed + "/v1/Voice/" + callSid.value() + "/Annotation");
    }

    private StoredAnnotation send(HttpRequest request) throws IOException {
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString(UTF_8));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while calling Twilio Insights", e);
        }
        if (response.statusCode() >= 200 && response.statusCode() < 300) {
            return new StoredAnnotation(response.body());
        }
        TwilioError error = TwilioError.parse(response.statusCode(), response.body());
        throw new TwilioApiException(error, response.headers().firstValue("Retry-After").orElse(null));
    }

    private static String basicAuth(TwilioCredentials credentials) {
        String pair = credentials.restUsername() + ":" + credentials.restPassword();
        return "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(UTF_8));
    }
}
