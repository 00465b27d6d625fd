package com.callannotator.webhook;

import java.util.Set;

/** One route of the webhook: what it accepts, how it answers, and how it says no. */
interface Route {

    /** The route name, the last path segment: {@code /status-callback}. */
    String name();

    /** The HTTP methods it accepts. */
    Set<String> methods();

    /** The body media types it accepts on POST. */
    Set<String> mediaTypes();

    /** Handles a request whose signature has been verified. */
    Handled handle(SignedRequest request);

    /** The answer for a request refused with {@code status}, in the route's own style (empty, TwiML or JSON). */
    WebhookResponse refusal(int status, String reason);
}
