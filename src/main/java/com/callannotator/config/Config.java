package com.callannotator.config;

import static java.util.Objects.requireNonNull;

import com.callannotator.credentials.SecretCachePolicy;
import com.callannotator.delivery.RetryPolicy;
import com.callannotator.survey.SurveySettings;
import com.callannotator.twilio.InsightsSettings;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * Every setting of Call Annotator, parsed once from the environment and validated together, as the records the
 * components are built from.
 *
 * @param twilio where the Twilio credentials come from
 * @param insights the Insights client's base URL and timeouts
 * @param publicBaseUrl the public base URL Twilio calls; empty to rebuild it from each request
 * @param retryQueueUrl the SQS retry queue; empty when annotations cannot be deferred
 * @param retryPolicy how hard delivery tries, within a round and across rounds
 * @param secretCache how long a secret from Secrets Manager is reused, and how often it may be re-read early
 * @param spamOnFailedStir mark inbound calls with a failed SHAKEN/STIR verification as spam
 * @param survey the post-call survey's questions and voice
 * @param observability low-score threshold and annotation events
 * @param aws region, endpoints and credentials of the AWS clients; present when the function uses AWS (a secret, a
 *     retry queue or an event bus), and only then read and required
 */
public record Config(
        TwilioSettings twilio,
        InsightsSettings insights,
        Optional<URI> publicBaseUrl,
        Optional<String> retryQueueUrl,
        RetryPolicy retryPolicy,
        SecretCachePolicy secretCache,
        boolean spamOnFailedStir,
        SurveySettings survey,
        ObservabilitySettings observability,
        Optional<AwsSettings> aws) {

    /** Secrets Manager name or ARN of JSON {@code {"account_sid","auth_token"[,"api_key_sid","api_key_secret"]}}. */
    public static final String TWILIO_SECRET_ID = "TWILIO_SECRET_ID";
    /** Local development only, used when {@code TWILIO_SECRET_ID} is unset. */
    public static final String TWILIO_ACCOUNT_SID = "TWILIO_ACCOUNT_SID";
    /** Local development only, used when {@code TWILIO_SECRET_ID} is unset. */
    public static final String TWILIO_AUTH_TOKEN = "TWILIO_AUTH_TOKEN";
    /** Insights API base; default {@code https://insights.twilio.com}. */
    public static final String TWILIO_INSIGHTS_BASE_URL = "TWILIO_INSIGHTS_BASE_URL";
    /** The public base URL Twilio calls (custom domain, base path); default: rebuilt from each request. */
    public static final String PUBLIC_BASE_URL = "PUBLIC_BASE_URL";
    /** SQS queue for deferred annotations; default: unset, a failure is answered as an error. */
    public static final String RETRY_QUEUE_URL = "RETRY_QUEUE_URL";
    /** Mark inbound calls with a failed SHAKEN/STIR verification as spam; default false. */
    public static final String SPAM_ON_FAILED_STIR = "SPAM_ON_FAILED_STIR";
    // The numeric settings, their defaults and ranges: SettingRange.

    static final URI DEFAULT_INSIGHTS_BASE_URL = URI.create("https://insights.twilio.com");

    public Config {
        requireNonNull(twilio, "twilio == null");
        requireNonNull(insights, "insights == null");
        requireNonNull(publicBaseUrl, "publicBaseUrl == null");
        requireNonNull(retryQueueUrl, "retryQueueUrl == null");
        requireNonNull(retryPolicy, "retryPolicy == null");
        requireNonNull(secretCache, "secretCache == null");
        requireNonNull(survey, "survey == null");
        requireNonNull(observability, "observability == null");
        requireNonNull(aws, "aws == null");
    }

    /**
     * Parses and validates the settings in {@code environment} (the adapter passes {@code System.getenv()}).
     *
     * @throws ConfigException listing every missing or invalid setting
     */
    public static Config from(Map<String, String> environment) {
        Settings settings = new Settings(environment);
        // Read in this order, so that problems are listed in it.
        TwilioSettings twilio = twilio(settings);
        URI insightsBaseUrl = settings.httpUrl(TWILIO_INSIGHTS_BASE_URL).orElse(DEFAULT_INSIGHTS_BASE_URL);
        Optional<URI> publicBaseUrl = settings.httpUrl(PUBLIC_BASE_URL);
        Optional<String> retryQueueUrl = settings.text(RETRY_QUEUE_URL);
        InsightsSettings insights = new InsightsSettings(insightsBaseUrl,
                settings.millis(SettingRange.INSIGHTS_CONNECT_TIMEOUT_MS),
                settings.millis(SettingRange.INSIGHTS_REQUEST_TIMEOUT_MS));
        Duration budget = settings.millis(SettingRange.DELIVERY_BUDGET_MS);
        Duration secretTtl = settings.seconds(SettingRange.SECRET_CACHE_TTL_SECONDS);
        boolean spamOnFailedStir = settings.flag(SPAM_ON_FAILED_STIR, false);
        SurveySettings survey = SurveyEnvironment.read(settings);
        RetryPolicy retryPolicy = RetryPolicy.of(budget, settings.integer(SettingRange.RETRY_MAX_ATTEMPTS),
                settings.seconds(SettingRange.RETRY_BASE_DELAY_SECONDS));
        SecretCachePolicy secretCache = new SecretCachePolicy(secretTtl,
                settings.seconds(SettingRange.SECRET_REFRESH_MIN_INTERVAL_SECONDS));
        ObservabilitySettings observability = ObservabilitySettings.from(settings);
        Optional<AwsSettings> aws = usesAws(twilio, retryQueueUrl, observability) ? AwsSettings.read(settings)
                : Optional.empty();
        settings.throwIfInvalid();
        return new Config(twilio, insights, publicBaseUrl, retryQueueUrl, retryPolicy, secretCache,
                spamOnFailedStir, survey, observability, aws);
    }

    private static TwilioSettings twilio(Settings settings) {
        Optional<String> secretId = settings.text(TWILIO_SECRET_ID);
        Optional<String> accountSid = settings.text(TWILIO_ACCOUNT_SID);
        Optional<String> authToken = settings.text(TWILIO_AUTH_TOKEN);
        if (secretId.isEmpty() && (accountSid.isEmpty() || authToken.isEmpty())) {
            settings.problem("set " + TWILIO_SECRET_ID + " (production) or both " + TWILIO_ACCOUNT_SID + " and "
                    + TWILIO_AUTH_TOKEN + " (local development)");
        }
        return new TwilioSettings(secretId, accountSid, authToken);
    }

    /** A secret, a retry queue or an event bus: only then are the AWS settings read, and required. */
    private static boolean usesAws(TwilioSettings twilio, Optional<String> retryQueueUrl,
            ObservabilitySettings observability) {
        return twilio.secretId().isPresent() || retryQueueUrl.isPresent()
                || observability.eventBusName().isPresent();
    }
}
