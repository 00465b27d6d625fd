package com.callannotator.webhook;

import static java.util.Objects.requireNonNull;

import com.callannotator.annotation.Deadline;

/**
 * A request whose Twilio signature has been verified.
 *
 * @param request the request
 * @param parameters the form body of a form POST, or the query parameters of a GET; empty for a JSON body
 * @param query the query-string parameters (also covered by the signature)
 * @param deadline when delivery must be over, from the invocation's remaining time; {@link Deadline#NONE} for none
 */
record SignedRequest(WebhookRequest request, FormParameters parameters, FormParameters query,
        Deadline deadline) {

    public SignedRequest {
        requireNonNull(request, "request == null");
        requireNonNull(parameters, "parameters == null");
        requireNonNull(query, "query == null");
        requireNonNull(deadline, "deadline == null");
    }

    /** True when the body is JSON. */
    public boolean isJson() {
        return MediaTypes.JSON.equals(request.headers().mediaType());
    }
}
