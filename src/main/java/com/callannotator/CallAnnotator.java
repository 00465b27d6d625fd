package com.callannotator;

import static java.util.Objects.requireNonNull;

import com.callannotator.config.AwsSettings;
import com.callannotator.config.Config;
import com.callannotator.config.TwilioSettings;
import com.callannotator.credentials.CredentialsSource;
import com.callannotator.credentials.EnvironmentCredentialsSource;
import com.callannotator.credentials.InitialSecretRead;
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
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The composition root, in the shape of Retrofit's {@code Builder.build()}: holds the parsed {@link Config} and
 * builds, once per execution environment, what one Lambda function uses and nothing else: {@link #webhook()} for the
 * API Gateway functions (no redelivery), {@link #retryQueue()} for the retry-queue function (no routes). The one class
 * that reads {@code Config} and builds edge classes (ArchitectureTest). Builds no client and reads no secret until a
 * function is built, and no secret then either: that waits for the first request, so a SnapStart snapshot never
 * holds one.
 */
public final class CallAnnotator {

    /** The product name and version Twilio sees in {@code User-Agent}. */
    public static final String USER_AGENT = "call-annotator/" + Version.VERSION;

    private final Config config;
    private final Timing timing;
    private final PrintStream logStream;
    /** How Lambda started this environment ({@code AWS_LAMBDA_INITIALIZATION_TYPE}): when to read the secret. */
    private final String initializationType;

    private CallAnnotator(Config config, Timing timing, PrintStream logStream, String initializationType) {
        this.config = requireNonNull(config, "config == null");
        this.timing = requireNonNull(timing, "timing == null");
        this.logStream = requireNonNull(logStream, "logStream == null");
        this.initializationType = initializationType;
    }

    /**
     * Reads the settings in {@code environment}; real time, log lines on stdout.
     *
     * @throws com.callannotator.config.ConfigException when a setting is missing or invalid
     */
    public static CallAnnotator fromEnvironment(Map<String, String> environment) {
        return fromEnvironment(environment, Timing.system());
    }

    /** As {@link #fromEnvironment(Map)}, with {@code timing} (tests pass a fake clock and sleeper). */
    public static CallAnnotator fromEnvironment(Map<String, String> environment, Timing timing) {
        return fromEnvironment(environment, timing, System.out);
    }

    /**
     * As {@link #fromEnvironment(Map, Timing)}, writing the log lines to {@code logStream} instead of stdout (tests
     * that do not read them send them nowhere).
     */
    public static CallAnnotator fromEnvironment(Map<String, String> environment, Timing timing,
            PrintStream logStream) {
        return new CallAnnotator(Config.from(environment), timing, logStream,
                environment.get(InitialSecretRead.INITIALIZATION_TYPE));
    }

    /** The API Gateway functions: the routes, the delivery round behind them and annotation events. */
    public WebhookFunction webhook() {
        // First, so that its static set-up (no hidden POST re-sends) precedes any HTTP request, the AWS SDK's too.
        InsightsClient insights = new HttpInsightsClient(config.insights(), USER_AGENT);
        Optional<AwsClients> aws = config.aws().map(AwsClients::from);
        CredentialsSource credentials = credentials(config, aws, timing);
        RequestLog log = log();
        Optional<LazyRetryQueue> queue = queue(aws);
        DeliveryRound delivery = delivery(insights, credentials, queue, log);
        WebhookService service = WebhookService.of(credentials, delivery,
                new StatusCallbackMapper(config.spamOnFailedStir()), config.survey());
        InitialSecretRead.start(credentials, initializationType);
        return new WebhookFunction(service, new PublicUrl(config.publicBaseUrl()), log, timing.clock(), events(aws),
                () -> {
                    queue.ifPresent(LazyRetryQueue::build);
                    InitialSecretRead.beforeSnapshot(credentials);
                });
    }

    /** The retry-queue function: another delivery round for each queued annotation, and annotation events. */
    public RetryFunction retryQueue() {
        InsightsClient insights = new HttpInsightsClient(config.insights(), USER_AGENT);
        Optional<AwsClients> aws = config.aws().map(AwsClients::from);
        CredentialsSource credentials = credentials(config, aws, timing);
        RequestLog log = log();
        InitialSecretRead.start(credentials, initializationType);
        return new RetryFunction(delivery(insights, credentials, queue(aws), log), log, events(aws));
    }

    private RequestLog log() {
        return new RequestLog(logStream, timing.clock(), config.observability().lowScoreThreshold());
    }

    /** The SQS retry queue when {@code RETRY_QUEUE_URL} is set, its client built on first deferral (or snapshot). */
    private Optional<LazyRetryQueue> queue(Optional<AwsClients> aws) {
        return config.retryQueueUrl()
                .map(url -> new LazyRetryQueue(() -> new SqsRetryQueue(aws.orElseThrow().sqs(), url)));
    }

    private DeliveryRound delivery(InsightsClient insights, CredentialsSource credentials,
            Optional<LazyRetryQueue> queue, RequestLog log) {
        DeliveryLog unsent = (message, reason) -> log.unsent(message.toMap(), reason);
        return new DeliveryRound(new DeliverySetup(insights, credentials, queue.map(RetryQueue.class::cast), unsent,
                config.retryPolicy(), timing));
    }

    /** EventBridge when {@code EVENT_BUS_NAME} is set; else none, and no EventBridge class is ever loaded. */
    private AnnotationEvents events(Optional<AwsClients> aws) {
        return config.observability().eventBusName()
                .map(bus -> EventBridgeEvents.start(() -> aws.orElseThrow().eventBridge(), bus, timing.clock()))
                .orElseGet(AnnotationEvents::none);
    }

    /** Secrets Manager when {@code TWILIO_SECRET_ID} is set; else the environment, for local development. */
    private static CredentialsSource credentials(Config config, Optional<AwsClients> aws, Timing timing) {
        TwilioSettings twilio = config.twilio();
        if (twilio.secretId().isPresent()) {
            AwsClients clients = aws.orElseThrow();
            return new SecretsManagerCredentialsSource(twilio.secretId().get(), clients::secretValues,
                    timing.clock(), config.secretCache());
        }
        return new EnvironmentCredentialsSource(
                TwilioCredentials.of(twilio.localAccountSid().orElseThrow(), twilio.localAuthToken().orElseThrow()));
    }

    /**
     * What {@code scripts/annotate} uses: the function's credentials source, with the AWS clients built by
     * {@code aws} only when {@code TWILIO_SECRET_ID} is set (no secret read yet), and its Insights client.
     */
    public Terminal terminal(Function<AwsSettings, AwsClients> aws) {
        Optional<AwsClients> clients = config.twilio().secretId().flatMap(id -> config.aws()).map(aws);
        return new Terminal(credentials(config, clients, timing), new HttpInsightsClient(config.insights(),
                USER_AGENT), config.insights().requestTimeout());
    }

    /**
     * The parts of the function a terminal command uses.
     *
     * @param credentials the Twilio credentials, as the function reads them
     * @param insights the Insights client
     * @param requestTimeout how long one Insights request may take ({@code INSIGHTS_REQUEST_TIMEOUT_MS})
     */
    public record Terminal(CredentialsSource credentials, InsightsClient insights, Duration requestTimeout) {
    }
}
