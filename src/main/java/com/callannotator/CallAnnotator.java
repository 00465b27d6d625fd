package com.callannotator;

import com.callannotator.annotation.Deadline;
import com.callannotator.config.Config;
import com.callannotator.credentials.CredentialsSource;
import com.callannotator.credentials.EnvironmentCredentialsSource;
import com.callannotator.credentials.InitialSecretRead;
import com.callannotator.credentials.SecretCachePolicy;
import com.callannotator.credentials.SecretsManagerCredentialsSource;
import com.callannotator.credentials.TwilioCredentials;
import com.callannotator.delivery.DeliveryLog;
import com.callannotator.delivery.DeliveryRound;
import com.callannotator.delivery.DeliverySetup;
import com.callannotator.delivery.LazyRetryQueue;
import com.callannotator.delivery.RetryQueue;
import com.callannotator.delivery.SqsRetryQueue;
import com.callannotator.delivery.Timing;
import com.callannotator.events.AnnotationEvents;
import com.callannotator.events.EventBridgeEvents;
import com.callannotator.mapping.StatusCallbackMapper;
import com.callannotator.observability.RequestLog;
import com.callannotator.security.PublicUrl;
import com.callannotator.twilio.HttpInsightsClient;
import com.callannotator.twilio.InsightsClient;
import com.callannotator.webhook.WebhookService;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The composition root: builds every component once per execution environment from the settings.
 *
 * @param webhook the webhook core
 * @param publicUrl rebuilds the URL Twilio signed
 * @param log the per-request log
 * @param redelivery another round for annotations from the retry queue
 * @param clock the time deadlines are computed in
 * @param events where annotation events go ({@code EVENT_BUS_NAME}); none when unset
 * @param buildDeferred builds now what is otherwise built on first use (the SQS client), for a SnapStart snapshot
 */
public record CallAnnotator(WebhookService webhook, PublicUrl publicUrl, RequestLog log, DeliveryRound redelivery,
        Clock clock, AnnotationEvents events, Runnable buildDeferred) {

    /** The product name and version Twilio sees in {@code User-Agent}. */
    public static final String USER_AGENT = "call-annotator/" + Version.VERSION;

    /** Everything built already, nothing deferred, no annotation events (tests that build the parts themselves). */
    public CallAnnotator(WebhookService webhook, PublicUrl publicUrl, RequestLog log, DeliveryRound redelivery,
            Clock clock) {
        this(webhook, publicUrl, log, redelivery, clock, AnnotationEvents.none(), () -> { });
    }

    /**
     * Builds everything from {@code environment}, with real time. Reads no secret: that waits for the first request,
     * so a SnapStart snapshot never holds one.
     *
     * @throws com.callannotator.config.ConfigException when a setting is missing or invalid
     */
    public static CallAnnotator fromEnvironment(Map<String, String> environment) {
        return fromEnvironment(environment, Timing.system());
    }

    /** Builds everything from {@code environment}, with {@code timing} (tests pass a fake clock and sleeper). */
    public static CallAnnotator fromEnvironment(Map<String, String> environment, Timing timing) {
        return fromEnvironment(environment, timing, System.out);
    }

    /**
     * Builds everything from {@code environment}, with {@code timing}, writing the log lines to {@code logStream}
     * instead of stdout (tests that do not read them send them nowhere).
     */
    public static CallAnnotator fromEnvironment(Map<String, String> environment, Timing timing,
            PrintStream logStream) {
        Config config = Config.from(environment);
        // First, so that its static set-up (no hidden POST re-sends) precedes any HTTP request, the AWS SDK's too.
        InsightsClient insights = new HttpInsightsClient(config.insightsBaseUrl(), config.insightsConnectTimeout(),
                config.insightsRequestTimeout(), USER_AGENT);
        boolean needsAws = config.twilioSecretId().isPresent() || config.retryQueueUrl().isPresent()
                || config.observability().eventBusName().isPresent();
        Optional<AwsClients> aws = needsAws ? Optional.of(AwsClients.from(environment)) : Optional.empty();
        CredentialsSource credentials = credentials(config, aws, timing);
        RequestLog log = new RequestLog(logStream, timing.clock(), config.observability().lowScoreThreshold());
        Optional<LazyRetryQueue> queue = config.retryQueueUrl().map(url -> sqsQueue(aws.orElseThrow(), url));
        DeliveryLog unsent = (message, reason) -> log.unsent(message.toMap(), reason);
        DeliverySetup setup = new DeliverySetup(insights, credentials, queue.map(RetryQueue.class::cast), unsent,
                config.retryPolicy(), timing);
        DeliveryRound delivery = new DeliveryRound(setup);
        WebhookService webhook = WebhookService.of(credentials, delivery,
                new StatusCallbackMapper(config.spamOnFailedStir()), config.survey());
        InitialSecretRead.start(credentials, environment);
        return new CallAnnotator(webhook, new PublicUrl(config.publicBaseUrl()), log, delivery, timing.clock(),
                events(config, aws, timing), () -> {
                    queue.ifPresent(LazyRetryQueue::build);
                    InitialSecretRead.beforeSnapshot(credentials);
                });
    }

    /** The SQS retry queue, with its client built on the first deferral (or before a snapshot). */
    private static LazyRetryQueue sqsQueue(AwsClients aws, String url) {
        return new LazyRetryQueue(() -> new SqsRetryQueue(aws.sqs(), url));
    }

    /**
     * When a webhook's delivery must be over: the invocation's remaining time less
     * {@link Deadline#INVOCATION_MARGIN}, so an annotation Twilio keeps failing on is still queued before Lambda stops the function.
     *
     * @param remainingMillis {@code Context.getRemainingTimeInMillis()}
     */
    public Deadline webhookDeadline(long remainingMillis) {
        return Deadline.beforeInvocationEnds(clock, remainingMillis);
    }

    /** EventBridge when {@code EVENT_BUS_NAME} is set; else none, and no EventBridge class is ever loaded. */
    private static AnnotationEvents events(Config config, Optional<AwsClients> aws, Timing timing) {
        return config.observability().eventBusName()
                .map(bus -> EventBridgeEvents.start(() -> aws.orElseThrow().eventBridge(), bus, timing.clock()))
                .orElseGet(AnnotationEvents::none);
    }

    /** Secrets Manager when {@code TWILIO_SECRET_ID} is set; else the environment, for local development. */
    private static CredentialsSource credentials(Config config, Optional<AwsClients> aws, Timing timing) {
        if (config.twilioSecretId().isPresent()) {
            AwsClients clients = aws.orElseThrow();
            return new SecretsManagerCredentialsSource(config.twilioSecretId().get(), clients::secretValues,
                    timing.clock(),
                    new SecretCachePolicy(config.secretCacheTtl(), config.secretRefreshInterval()));
        }
        return new EnvironmentCredentialsSource(
                TwilioCredentials.of(config.localAccountSid().orElseThrow(), config.localAuthToken().orElseThrow()));
    }

    /**
     * The function's credentials source for {@code config}, for other entry points ({@code scripts/annotate}): builds
     * the AWS clients with {@code aws} only when {@code TWILIO_SECRET_ID} is set, and reads no secret yet.
     *
     * @throws com.callannotator.config.ConfigException when the secret is set and the AWS settings are invalid
     */
    public static CredentialsSource credentials(Config config, Supplier<AwsClients> aws, Timing timing) {
        Optional<AwsClients> clients = config.twilioSecretId().map(id -> aws.get());
        return credentials(config, clients, timing);
    }
}
