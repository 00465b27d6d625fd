package com.callannotator.lambda;

import static java.util.Objects.requireNonNull;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.callannotator.CallAnnotator;
import com.callannotator.delivery.Deadline;
import com.callannotator.delivery.Redelivery;
import com.callannotator.delivery.RetryMessage;
import com.callannotator.webhook.FailureDetail;
import com.callannotator.observability.EventOutcome;
import com.callannotator.webhook.Report;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Entry point for the SQS retry queue: {@code com.callannotator.lambda.RetryQueueHandler::handleRequest}.
 *
 * <p>Gives each message another delivery round and answers with the messages to keep (partial batch response;
 * the event source mapping needs {@code FunctionResponseTypes: [ReportBatchItemFailures]}). Logs one line per
 * message.
 */
public final class RetryQueueHandler implements RequestHandler<SQSEvent, SQSBatchResponse> {

    /** The route name in logs and metrics. */
    static final String ROUTE = "retry-queue";
    /** Time kept back from the invocation's remaining time: to re-queue, log and answer. */
    static final Duration MARGIN = Duration.ofSeconds(2);
    /** Without a Lambda context (local runs), the policy's budget alone bounds a round. */
    private static final long NO_CONTEXT_REMAINING_MILLIS = Duration.ofMinutes(15).toMillis();

    private final CallAnnotator app;
    private final Clock clock;

    /** Used by the Lambda runtime: builds everything once per execution environment. */
    public RetryQueueHandler() {
        this(CallAnnotator.fromEnvironment(System.getenv()), Clock.systemUTC());
    }

    RetryQueueHandler(CallAnnotator app, Clock clock) {
        this.app = requireNonNull(app, "app == null");
        this.clock = requireNonNull(clock, "clock == null");
    }

    @Override
    public SQSBatchResponse handleRequest(SQSEvent event, Context context) {
        List<SQSBatchResponse.BatchItemFailure> failures = new ArrayList<>();
        List<SqsMessages.QueuedMessage> messages = SqsMessages.of(event);
        for (int i = 0; i < messages.size(); i++) {
            SqsMessages.QueuedMessage message = messages.get(i);
            long started = System.nanoTime();
            long remaining = context == null ? NO_CONTEXT_REMAINING_MILLIS : context.getRemainingTimeInMillis();
            // A fair share of what is left, so one slow message cannot starve the rest of the batch.
            Duration share = Duration.ofMillis(Math.max(0, remaining - MARGIN.toMillis()) / (messages.size() - i));
            Deadline deadline = Deadline.forInvocation(clock, share, remaining, MARGIN);
            Handled handled = handle(message, deadline);
            if (!handled.acknowledged()) {
                failures.add(new SQSBatchResponse.BatchItemFailure(message.messageId()));
            }
            EventOutcome published = app.events().publish(handled.report(), deadline);
            app.log().write(handled.report(), context == null ? null : context.getAwsRequestId(),
                    (System.nanoTime() - started) / 1e6, published);
        }
        return new SQSBatchResponse(failures);
    }

    private Handled handle(SqsMessages.QueuedMessage message, Deadline deadline) {
        if (deadline.remaining(clock).isZero()) {
            return keep(message, "no_time", "no time left in this invocation; SQS will redeliver it");
        }
        RetryMessage parsed;
        try {
            parsed = RetryMessage.parse(message.body());
        } catch (IllegalArgumentException e) {
            // Kept, so that after maxReceiveCount receives it lands in the dead-letter queue for a person to read.
            return keep(message, "invalid", "not a retry message: " + e.getMessage());
        }
        try {
            Redelivery.Redelivered redelivered = app.redelivery().redeliver(parsed, message.receiveCount(), deadline);
            Report report = Report.delivered(ROUTE, parsed.annotation(), redelivered.outcome());
            return new Handled(redelivered.acknowledged(), report.withOutcome(redelivered.name(),
                    (report.detail().isEmpty() ? "" : report.detail() + "; ") + "receive " + message.receiveCount()));
        } catch (RuntimeException e) {
            // The one place that catches everything for a message: the others in the batch still get their round.
            return keep(message, "internal_error", FailureDetail.of(e));
        }
    }

    /** Keeps {@code message} on the queue; the line names it by id, and by CallSid when its body has one. */
    private static Handled keep(SqsMessages.QueuedMessage message, String outcome, String detail) {
        return new Handled(false, new Report(ROUTE, message.callSid().orElse(null), List.of(), outcome, 0, 0, 0,
                "message " + message.messageId() + ": " + detail));
    }

    /** Whether to delete the message, and what to log. */
    private record Handled(boolean acknowledged, Report report) {
    }
}
