package com.callannotator.webhook;

import static java.util.Objects.requireNonNull;

import com.callannotator.mapping.FormParameters;

/**
 * A request whose Twilio signature has been verified.
 *
 * @param request the request
 * @param parameters the form body of a form POST, or the query parameters of a GET; empty for a JSON body
 * @param query the query-string parameters (also covered by the signature)
 */
public record SignedRequest(WebhookRequest request, FormParameters parameters, FormParameters query) {

    public SignedRequest {
        requireNonNull(request, "request == null");
        requireNonNull(parameters, "parameters == null");
        requireNonNull(query, "query == null");
    }

    /** True when the body is JSON. */
    public boolean isJson() {
        return MediaTypes.JSON.equals(request.headers().mediaType());
    }
}
