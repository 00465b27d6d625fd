package com.callannotator;

import com.callannotator.config.Config;
import com.callannotator.credentials.CredentialsSource;
import com.callannotator.credentials.EnvironmentCredentialsSource;
import com.callannotator.credentials.TwilioCredentials;
import com.callannotator.delivery.AnnotationDelivery;
import com.callannotator.delivery.DirectDelivery;
import com.callannotator.observability.RequestLog;
import com.callannotator.security.PublicUrl;
import com.callannotator.twilio.HttpInsightsClient;
import com.callannotator.twilio.InsightsClient;
import com.callannotator.webhook.WebhookService;
import java.util.Map;

/**
 * The composition root: builds every component once per execution environment from the settings.
 *
 * @param webhook the webhook core
 * @param publicUrl rebuilds the URL Twilio signed
 * @param log the per-request log
 */
public record CallAnnotator(WebhookService webhook, PublicUrl publicUrl, RequestLog log) {

    /** The product name and version Twilio sees in {@code User-Agent}. */
    public static final String USER_AGENT = "call-annotator/" + Version.VERSION;

    /**
     * Builds everything from {@code environment}.
     *
     * @throws com.callannotator.config.ConfigException when a setting is missing or invalid
     */
    public static CallAnnotator fromEnvironment(Map<String, String> environment) {
        Config config = Config.from(environment);
        CredentialsSource credentials = credentials(config);
        InsightsClient insights = new HttpInsightsClient(config.insightsBaseUrl(), config.insightsConnectTimeout(),
                config.insightsRequestTimeout(), USER_AGENT);
        AnnotationDelivery delivery = new DirectDelivery(insights, credentials);
        return new CallAnnotator(WebhookService.create(config, credentials, delivery),
                new PublicUrl(config.publicBaseUrl()), new RequestLog(System.out));
    }

    private static CredentialsSource credentials(Config config) {
        // TWILIO_SECRET_ID (Secrets Manager) takes precedence; the environment is for local development.
        return new EnvironmentCredentialsSource(
                TwilioCredentials.of(config.localAccountSid().orElseThrow(), config.localAuthToken().orElseThrow()));
    }
}
