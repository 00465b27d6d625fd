package com.callannotator.lambda;

import static java.util.Objects.requireNonNull;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.callannotator.CallAnnotator;
import com.callannotator.WebhookFunction;
import java.util.Map;

/**
 * Entry point for an API Gateway HTTP API (payload 2.0):
 * {@code com.callannotator.lambda.HttpApiHandler::handleRequest}.
 */
public final class HttpApiHandler implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {

    private final WebhookFunction app;
    @SuppressWarnings("unused") // Never read, only held: the CRaC context may keep its hook by a weak reference.
    private final Priming priming;

    /** Used by the Lambda runtime: builds everything once per execution environment, and starts priming. */
    public HttpApiHandler() {
        this(CallAnnotator.fromEnvironment(System.getenv()).webhook(), System.getenv());
    }

    HttpApiHandler(WebhookFunction app) {
        this(app, (Priming) null);
    }

    private HttpApiHandler(WebhookFunction app, Map<String, String> environment) {
        this(app, Priming.start(app.buildDeferred(), environment));
    }

    private HttpApiHandler(WebhookFunction app, Priming priming) {
        this.app = requireNonNull(app, "app == null");
        this.priming = priming; // Held so SnapStart's hook stays registered for the handler's lifetime.
    }

    @Override
    public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
        return HttpApiEvents.toResponse(WebhookInvocation.answer(app,
                withBody -> HttpApiEvents.toRequest(event, app.publicUrl(), withBody), context));
    }
}
