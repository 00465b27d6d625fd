package com.callannotator.lambda;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.callannotator.CallAnnotator;
import com.callannotator.config.AwsSettings;
import com.callannotator.config.Config;
import com.callannotator.delivery.Timing;
import com.callannotator.security.SignatureCalculator;
import com.callannotator.webhook.FormParameters;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.time.Clock;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs the whole request path once before a SnapStart snapshot, through a second, throw-away {@link CallAnnotator}
 * built from the function's environment but pointed at a {@link PrimingServer}: a made-up secret read from "Secrets
 * Manager" (SigV4 signing with the SDK's signer, HTTP, the answer's and the secret's JSON), a status callback
 * posted to "Insights", one deferred to the "SQS" queue (the retry message's JSON), and one redelivered from it.
 *
 * <p>The real function's objects are not used: the real secret is never read, no real credential is resolved, and
 * nothing random is drawn (the priming app's jitter is a constant). Its log lines go nowhere.
 */
final class RequestPriming {

    private static final String HOST = "priming.invalid";
    private static final String POSTED_CALL = "CA00000000000000000000000000000001";
    private static final List<String> VARIABLES_REPLACED = List.of(Config.TWILIO_ACCOUNT_SID,
            Config.TWILIO_AUTH_TOKEN, Config.PUBLIC_BASE_URL, AwsSettings.AWS_ENDPOINT_URL_SECRETS_MANAGER,
            AwsSettings.AWS_ENDPOINT_URL_SQS, AwsSettings.AWS_IGNORE_CONFIGURED_ENDPOINT_URLS,
            AwsSettings.AWS_SESSION_TOKEN);

    private RequestPriming() {
    }

    /**
     * What the priming requests got: on success 204 for the posted and for the deferred status callback, and no
     * message kept in the retry batch.
     */
    record Primed(int postedStatus, int deferredStatus, int retryFailures) {
    }

    /** Runs the request path against {@code server}, with the settings of {@code environment}. */
    static Primed run(Map<String, String> environment, PrimingServer server) {
        PrintStream nowhere = new PrintStream(OutputStream.nullOutputStream(), false, UTF_8);
        Timing noWaits = new Timing(Clock.systemUTC(), duration -> { }, () -> 0.5);
        CallAnnotator app = CallAnnotator.fromEnvironment(primingEnvironment(environment, server.url()), noWaits,
                nowhere);
        HttpApiHandler webhook = new HttpApiHandler(app.webhook());
        int posted = webhook.handleRequest(statusCallback(POSTED_CALL), null).getStatusCode();
        int deferred = webhook.handleRequest(statusCallback(PrimingServer.DEFERRED_CALL), null).getStatusCode();
        int kept = new RetryQueueHandler(app.retryQueue(), Clock.systemUTC()).handleRequest(retryBatch(), null)
                .getBatchItemFailures().size();
        return new Primed(posted, deferred, kept);
    }

    /** The function's settings, with the secret, queue, endpoints, AWS keys and Insights all made up or local. */
    static Map<String, String> primingEnvironment(Map<String, String> environment, URI server) {
        Map<String, String> priming = new HashMap<>(environment);
        VARIABLES_REPLACED.forEach(priming::remove);
        priming.putIfAbsent(AwsSettings.AWS_REGION, "us-east-1");
        priming.put(Config.TWILIO_SECRET_ID, "call-annotator-priming");
        priming.put(Config.RETRY_QUEUE_URL, server + "/000000000000/call-annotator-priming");
        priming.put(AwsSettings.AWS_ENDPOINT_URL, server.toString());
        priming.put(AwsSettings.AWS_ACCESS_KEY_ID, "AKIAPRIMINGNOTAKEY00");
        priming.put(AwsSettings.AWS_SECRET_ACCESS_KEY, "priming-not-a-secret-access-key");
        priming.put(Config.TWILIO_INSIGHTS_BASE_URL, server.toString());
        return priming;
    }

    private static APIGatewayV2HTTPEvent statusCallback(String callSid) {
        String form = "CallSid=" + callSid + "&CallStatus=completed&AnsweredBy=human&Direction=outbound-api";
        String signature = new SignatureCalculator(PrimingServer.AUTH_TOKEN)
                .sign("https://" + HOST + "/status-callback", FormParameters.parse(form).entries());
        return APIGatewayV2HTTPEvent.builder()
                .withVersion("2.0")
                .withRawPath("/status-callback")
                .withRawQueryString("")
                .withHeaders(Map.of("host", HOST, "content-type", "application/x-www-form-urlencoded",
                        "x-twilio-signature", signature, "x-forwarded-proto", "https"))
                .withRequestContext(APIGatewayV2HTTPEvent.RequestContext.builder().withDomainName(HOST)
                        .withHttp(APIGatewayV2HTTPEvent.RequestContext.Http.builder().withMethod("POST")
                                .withPath("/status-callback").build())
                        .build())
                .withBody(Base64.getEncoder().encodeToString(form.getBytes(UTF_8)))
                .withIsBase64Encoded(true)
                .build();
    }

    private static SQSEvent retryBatch() {
        SQSEvent.SQSMessage message = new SQSEvent.SQSMessage();
        message.setMessageId("00000000-0000-0000-0000-000000000001");
        message.setBody("{\"annotation\":{\"call_sid\":\"" + POSTED_CALL + "\",\"answered_by\":\"human\"},"
                + "\"attempts\":1,\"reason\":\"priming\",\"accepted_at\":\"2025-01-01T00:00:00Z\"}");
        message.setAttributes(Map.of("ApproximateReceiveCount", "1"));
        SQSEvent event = new SQSEvent();
        event.setRecords(List.of(message));
        return event;
    }
}
