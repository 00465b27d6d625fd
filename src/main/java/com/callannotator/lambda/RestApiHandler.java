package com.callannotator.lambda;

import static java.util.Objects.requireNonNull;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.callannotator.CallAnnotator;
import com.callannotator.WebhookFunction;

/**
 * Entry point for an API Gateway REST API (Lambda proxy integration, payload 1.0):
 * {@code com.callannotator.lambda.RestApiHandler::handleRequest}.
 */
public final class RestApiHandler implements RequestHandler<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent> {

    private final WebhookFunction app;

    /** Used by the Lambda runtime: builds everything once per execution environment. */
    public RestApiHandler() {
        this(CallAnnotator.fromEnvironment(System.getenv()).webhook());
    }

    RestApiHandler(WebhookFunction app) {
        this.app = requireNonNull(app, "app == null");
    }

    @Override
    public APIGatewayProxyResponseEvent handleRequest(APIGatewayProxyRequestEvent event, Context context) {
        return RestApiEvents.toResponse(WebhookInvocation.answer(app,
                withBody -> RestApiEvents.toRequest(event, app.publicUrl(), withBody), context));
    }
}
