package com.callannotator.twilio;

import static java.util.Objects.requireNonNull;

import java.net.URI;
import java.time.Duration;

/**
 * Where the Insights client posts and how long one request may take: what {@link HttpInsightsClient} is built from.
 *
 * @param baseUrl the Insights API base ({@code TWILIO_INSIGHTS_BASE_URL})
 * @param connectTimeout connect timeout of one request ({@code INSIGHTS_CONNECT_TIMEOUT_MS})
 * @param requestTimeout total timeout of one request ({@code INSIGHTS_REQUEST_TIMEOUT_MS})
 */
public record InsightsSettings(URI baseUrl, Duration connectTimeout, Duration requestTimeout) {

    public InsightsSettings {
        requireNonNull(baseUrl, "baseUrl == null");
        requireNonNull(connectTimeout, "connectTimeout == null");
        requireNonNull(requestTimeout, "requestTimeout == null");
    }
}
