package com.callannotator.lambda;

import static java.util.Objects.requireNonNull;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.callannotator.CallAnnotator;
import com.callannotator.RetryFunction;
import com.callannotator.annotation.Deadline;
import com.callannotator.delivery.Redelivered;
import com.callannotator.delivery.RetryMessage;
import com.callannotator.observability.EventOutcome;
import com.callannotator.observability.Outcome;
import com.callannotator.observability.Report;
import com.callannotator.webhook.FailureDetail;
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
    /** Without a Lambda context (local runs), the policy's budget alone bounds a round. */
    private static final long NO_CONTEXT_REMAINING_MILLIS = Duration.ofMinutes(15).toMillis();

    private final RetryFunction app;
    private final Clock clock;

    /** Used by the Lambda runtime: builds everything once per execution environment. */
    public RetryQueueHandler() {
        this(CallAnnotator.fromEnvironment(System.getenv()).retryQueue(), Clock.systemUTC());
    }

    RetryQueueHandler(RetryFunction app, Clock clock) {
        this.app = requireNonNull(app, "app == null");
        this.clock = requireNonNull(clock, "clock == null");
    }

    /** Each message in turn through {@link #process}; then the one ack/keep decision. */
    @Override
    public SQSBatchResponse handleRequest(SQSEvent event, Context context) {
        List<SQSBatchResponse.BatchItemFailure> failures = new ArrayList<>();
        List<SqsMessages.QueuedMessage> messages = SqsMessages.of(event);
        for (int i = 0; i < messages.size(); i++) {
            SqsMessages.QueuedMessage message = messages.get(i);
            long started = System.nanoTime();
            long remaining = context == null ? NO_CONTEXT_REMAINING_MILLIS : context.getRemainingTimeInMillis();
            // A fair share of what is left, so one slow message cannot starve the rest of the batch.
            long usable = Math.max(0, remaining - Deadline.INVOCATION_MARGIN.toMillis());
            Duration share = Duration.ofMillis(usable / (messages.size() - i));
            Deadline deadline = Deadline.forInvocation(clock, share, remaining);
            Report report = process(message, deadline);
            if (!Redelivered.acknowledges(report.outcome())) {
                failures.add(new SQSBatchResponse.BatchItemFailure(message.messageId()));
            }
            EventOutcome published = app.events().publish(report, deadline);
            app.log().write(report, context == null ? null : context.getAwsRequestId(),
                    (System.nanoTime() - started) / 1e6, published);
        }
        return new SQSBatchResponse(failures);
    }

    /** The per-message function: one more round for a message, and what happened, never an exception. */
    private Report process(SqsMessages.QueuedMessage message, Deadline deadline) {
        if (deadline.remaining(clock).isZero()) {
            return kept(message, Outcome.NO_TIME, "no time left in this invocation; SQS will redeliver it");
        }
        RetryMessage parsed;
        try {
            parsed = RetryMessage.parse(message.body());
        } catch (IllegalArgumentException e) {
            // Kept, so that after maxReceiveCount receives it lands in the dead-letter queue for a person to read.
            return kept(message, Outcome.INVALID, "not a retry message: " + e.getMessage());
        }
        try {
            Redelivered redelivered = app.redelivery().redeliver(parsed, message.receiveCount(), deadline);
            return Report.deliveryOf(ROUTE, parsed.annotation(), redelivered.delivery())
                    .outcome(redelivered.outcome()).build().withDetail("receive " + message.receiveCount());
        } catch (RuntimeException e) {
            // The one place that catches everything for a message: the others in the batch still get their round.
            return kept(message, Outcome.INTERNAL_ERROR, FailureDetail.of(e));
        }
    }

    /** A message that is kept on the queue; the line names it by id, and by CallSid when its body has one. */
    private static Report kept(SqsMessages.QueuedMessage message, Outcome outcome, String detail) {
        return Report.builder(ROUTE, outcome).callSid(message.callSid().orElse(null))
                .detail("message " + message.messageId() + ": " + detail).build();
    }
}
