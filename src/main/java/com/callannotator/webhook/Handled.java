package com.callannotator.webhook;

import static java.util.Objects.requireNonNull;

import com.callannotator.observability.Report;

/**
 * The answer to a request and the report of what happened.
 *
 * @param response what Twilio receives
 * @param report what is logged
 */
public record Handled(WebhookResponse response, Report report) {

    public Handled {
        requireNonNull(response, "response == null");
        requireNonNull(report, "report == null");
    }
}
