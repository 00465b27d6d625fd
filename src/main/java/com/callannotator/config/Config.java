package com.callannotator.config;

import static java.util.Objects.requireNonNull;

import com.callannotator.survey.SurveySettings;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * Every setting of Call Annotator, parsed once from the environment and validated together.
 *
 * @param twilioSecretId the Secrets Manager secret holding the Twilio credentials; empty in local development
 * @param localAccountSid {@code TWILIO_ACCOUNT_SID}, used only when there is no secret; may be empty
 * @param localAuthToken {@code TWILIO_AUTH_TOKEN}, used only when there is no secret; may be empty
 * @param insightsBaseUrl the Insights API base
 * @param publicBaseUrl the public base URL Twilio calls; empty to rebuild it from each request
 * @param retryQueueUrl the SQS retry queue; empty when annotations cannot be deferred
 * @param insightsConnectTimeout connect timeout of one Insights request
 * @param insightsRequestTimeout total timeout of one Insights request
 * @param deliveryBudget how long a webhook may spend posting (retries included) before deferring
 * @param secretCacheTtl how long credentials read from Secrets Manager are reused
 * @param spamOnFailedStir mark inbound calls with a failed SHAKEN/STIR verification as spam
 * @param survey the post-call survey's questions and voice
 * @param retryMaxAttempts delivery rounds (the webhook's own included) before an annotation is left to the DLQ
 * @param retryBaseDelay the queue delay after the first round; it doubles each round, up to SQS's 15 minutes
 * @param secretRefreshInterval the least time between two forced re-reads of the secret (and after a failed read)
 * @param observability low-score threshold and annotation events
 */
public record Config(
        Optional<String> twilioSecretId,
        Optional<String> localAccountSid,
        Optional<String> localAuthToken,
        URI insightsBaseUrl,
        Optional<URI> publicBaseUrl,
        Optional<String> retryQueueUrl,
        Duration insightsConnectTimeout,
        Duration insightsRequestTimeout,
        Duration deliveryBudget,
        Duration secretCacheTtl,
        boolean spamOnFailedStir,
        SurveySettings survey,
        int retryMaxAttempts,
        Duration retryBaseDelay,
        Duration secretRefreshInterval,
        ObservabilitySettings observability) {

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
    /** Connect timeout of one Insights request in ms; default 2000. */
    public static final String INSIGHTS_CONNECT_TIMEOUT_MS = "INSIGHTS_CONNECT_TIMEOUT_MS";
    /** Timeout of one Insights request in ms; default 4000. */
    public static final String INSIGHTS_REQUEST_TIMEOUT_MS = "INSIGHTS_REQUEST_TIMEOUT_MS";
    /** Time a webhook may spend posting, retries included, in ms; default 8000 (Twilio waits 15 s). */
    public static final String DELIVERY_BUDGET_MS = "DELIVERY_BUDGET_MS";
    /** How long credentials from Secrets Manager are reused, in seconds; default 300. */
    public static final String SECRET_CACHE_TTL_SECONDS = "SECRET_CACHE_TTL_SECONDS";
    /** Mark inbound calls with a failed SHAKEN/STIR verification as spam; default false. */
    public static final String SPAM_ON_FAILED_STIR = "SPAM_ON_FAILED_STIR";
    /** Delivery rounds before an annotation is left to the dead-letter queue; default 5 (= maxReceiveCount). */
    public static final String RETRY_MAX_ATTEMPTS = "RETRY_MAX_ATTEMPTS";
    /** Queue delay after the first failed round in seconds, doubled each round (at most 900); default 60. */
    public static final String RETRY_BASE_DELAY_SECONDS = "RETRY_BASE_DELAY_SECONDS";
    /** Least time between two forced re-reads of the Twilio secret, and after a failed read, in seconds; default 30. */
    public static final String SECRET_REFRESH_MIN_INTERVAL_SECONDS = "SECRET_REFRESH_MIN_INTERVAL_SECONDS";

    static final URI DEFAULT_INSIGHTS_BASE_URL = URI.create("https://insights.twilio.com");

    public Config {
        requireNonNull(insightsBaseUrl, "insightsBaseUrl == null");
        requireNonNull(insightsConnectTimeout, "insightsConnectTimeout == null");
        requireNonNull(insightsRequestTimeout, "insightsRequestTimeout == null");
        requireNonNull(deliveryBudget, "deliveryBudget == null");
        requireNonNull(secretCacheTtl, "secretCacheTtl == null");
        requireNonNull(survey, "survey == null");
        requireNonNull(retryBaseDelay, "retryBaseDelay == null");
        requireNonNull(secretRefreshInterval, "secretRefreshInterval == null");
        requireNonNull(observability, "observability == null");
    }

    /**
     * Parses and validates the settings in {@code environment} (the adapter passes {@code System.getenv()}).
     *
     * @throws ConfigException listing every missing or invalid setting
     */
    public static Config from(Map<String, String> environment) {
        Settings settings = new Settings(environment);
        Optional<String> secretId = settings.text(TWILIO_SECRET_ID);
        Optional<String> accountSid = settings.text(TWILIO_ACCOUNT_SID);
        Optional<String> authToken = settings.text(TWILIO_AUTH_TOKEN);
        if (secretId.isEmpty() && (accountSid.isEmpty() || authToken.isEmpty())) {
            settings.problem("set " + TWILIO_SECRET_ID + " (production) or both " + TWILIO_ACCOUNT_SID + " and "
                    + TWILIO_AUTH_TOKEN + " (local development)");
        }
        Config config = new Config(
                secretId,
                accountSid,
                authToken,
                settings.httpUrl(TWILIO_INSIGHTS_BASE_URL).orElse(DEFAULT_INSIGHTS_BASE_URL),
                settings.httpUrl(PUBLIC_BASE_URL),
                settings.text(RETRY_QUEUE_URL),
                settings.millis(SettingRange.INSIGHTS_CONNECT_TIMEOUT_MS),
                settings.millis(SettingRange.INSIGHTS_REQUEST_TIMEOUT_MS),
                settings.millis(SettingRange.DELIVERY_BUDGET_MS),
                settings.seconds(SettingRange.SECRET_CACHE_TTL_SECONDS),
                settings.flag(SPAM_ON_FAILED_STIR, false),
                SurveyEnvironment.read(settings),
                settings.integer(SettingRange.RETRY_MAX_ATTEMPTS),
                settings.seconds(SettingRange.RETRY_BASE_DELAY_SECONDS),
                settings.seconds(SettingRange.SECRET_REFRESH_MIN_INTERVAL_SECONDS),
                ObservabilitySettings.from(settings));
        settings.throwIfInvalid();
        return config;
    }
}
