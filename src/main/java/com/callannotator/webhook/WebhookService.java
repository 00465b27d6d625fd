package com.callannotator.webhook;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.callannotator.annotation.AnnotationDelivery;
import com.callannotator.annotation.Deadline;
import com.callannotator.survey.SurveySettings;
import com.callannotator.mapping.StatusCallbackMapper;
import com.callannotator.observability.Outcome;
import com.callannotator.observability.Report;
import com.callannotator.security.SigningTokens;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The webhook: finds the route, enforces HTTP semantics, verifies Twilio's signature before anything else is read,
 * and hands the request to the route. Never throws; every answer comes with a {@link Report}. Thread-safe.
 */
public final class WebhookService {

    /** Bodies above this are refused with 413, as Studio's own limit is 64 kB. */
    public static final int MAX_BODY_BYTES = 64 * 1024;

    private final Map<String, Route> routes = new LinkedHashMap<>();
    private final SignatureCheck signatures;

    WebhookService(SigningTokens tokens, List<Route> routes) {
        this.signatures = new SignatureCheck(tokens);
        routes.forEach(route -> this.routes.put(route.name(), route));
    }

    /**
     * The webhook with its three routes.
     *
     * @param tokens the auth tokens that sign Twilio's requests
     * @param delivery where accepted annotations go
     * @param statusCallbacks turns a status callback into its annotation
     * @param survey the post-call survey's questions and voice
     */
    public static WebhookService of(SigningTokens tokens, AnnotationDelivery delivery,
            StatusCallbackMapper statusCallbacks, SurveySettings survey) {
        return new WebhookService(tokens, List.of(
                new StatusCallbackRoute(statusCallbacks, delivery),
                new SurveyRoute(survey, delivery),
                new AnnotationsRoute(delivery)));
    }

    /** Answers {@code request}; any delivery is over by {@code deadline} (the invocation's remaining time). */
    public Handled handle(WebhookRequest request, Deadline deadline) {
        Route route = routes.get(request.route());
        if (route == null) {
            return notFound(request);
        }
        try {
            return handle(route, request, deadline);
        } catch (RuntimeException e) {
            // The one place that catches everything: the caller still gets the route's own kind of answer.
            return refuse(route, 500, Outcome.INTERNAL_ERROR, FailureDetail.of(e));
        }
    }

    /** Answers a request whose body could not even be decoded (e.g. broken base64): 400 in the route's style. */
    public Handled malformed(WebhookRequest request, String reason) {
        Route route = routes.get(request.route());
        if (route == null) {
            return notFound(request);
        }
        return refuse(route, 400, Outcome.INVALID, reason);
    }

    /** Method, size, media type, parsing and signature in that order; the first that fails answers, else the route. */
    private Handled handle(Route route, WebhookRequest request, Deadline deadline) {
        if (!route.methods().contains(request.method())) {
            return methodNotAllowed(route, request);
        }
        if (request.body().length > MAX_BODY_BYTES) {
            return refuse(route, 413, Outcome.TOO_LARGE, "body over " + MAX_BODY_BYTES + " bytes");
        }
        String mediaType = request.headers().mediaType();
        if (isUnsupported(route, request, mediaType)) {
            return refuse(route, 415, Outcome.UNSUPPORTED_MEDIA_TYPE, "Content-Type " + mediaType);
        }
        Optional<Parameters> parameters = Parameters.parse(request, mediaType);
        if (parameters.isEmpty()) {
            return refuse(route, 400, Outcome.INVALID, "malformed form encoding");
        }
        boolean json = MediaTypes.JSON.equals(mediaType) && request.body().length > 0;
        if (!signatures.isSigned(request, parameters.get().form(), json, deadline.at())) {
            return forbidden(route, request);
        }
        return route.handle(parameters.get().signed(request, deadline));
    }

    private static Handled methodNotAllowed(Route route, WebhookRequest request) {
        WebhookResponse response = route.refusal(405, "method not allowed")
                .withHeader("Allow", String.join(", ", route.methods()));
        return new Handled(response, Report.refused(route.name(), Outcome.METHOD_NOT_ALLOWED, request.method()));
    }

    /** A POST with a body of a type the route does not read. */
    private static boolean isUnsupported(Route route, WebhookRequest request, String mediaType) {
        return "POST".equals(request.method()) && request.body().length > 0 && !route.mediaTypes().contains(mediaType);
    }

    /**
     * 403. The log's detail names the URL the signature was checked against, the usual cause of a 403 (a URL Twilio
     * signed differently), without its query, which may carry caller data; the answer names nothing.
     */
    private static Handled forbidden(Route route, WebhookRequest request) {
        String reason = "missing or invalid " + SignatureCheck.HEADER;
        String url = request.publicUrl();
        int query = url.indexOf('?');
        String checked = query < 0 ? url : url.substring(0, query) + "?… (query not shown)";
        return new Handled(route.refusal(403, reason),
                Report.refused(route.name(), Outcome.FORBIDDEN, reason + "; checked against " + checked));
    }

    private static Handled notFound(WebhookRequest request) {
        return new Handled(WebhookResponse.empty(404),
                Report.refused(request.route(), Outcome.NOT_FOUND, "no such route"));
    }

    private static Handled refuse(Route route, int status, Outcome outcome, String reason) {
        return new Handled(route.refusal(status, reason), Report.refused(route.name(), outcome, reason));
    }

    /**
     * The decoded query and form body of a request.
     *
     * @param query the query-string parameters
     * @param form the form body of a POST that is not JSON; empty otherwise
     */
    private record Parameters(FormParameters query, FormParameters form) {

        /** Decodes both; empty when either has a malformed percent escape. */
        static Optional<Parameters> parse(WebhookRequest request, String mediaType) {
            boolean formBody = "POST".equals(request.method()) && !MediaTypes.JSON.equals(mediaType);
            try {
                FormParameters query = FormParameters.parse(request.rawQuery());
                FormParameters form = formBody
                        ? FormParameters.parse(new String(request.body(), UTF_8))
                        : FormParameters.of(List.of());
                return Optional.of(new Parameters(query, form));
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        }

        /** The verified request. A GET is signed over the URL alone: its parameters are those of the query. */
        SignedRequest signed(WebhookRequest request, Deadline deadline) {
            return new SignedRequest(request, "GET".equals(request.method()) ? query : form, query, deadline);
        }
    }
}
