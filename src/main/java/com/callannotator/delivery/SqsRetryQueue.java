package com.callannotator.delivery;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.util.Map;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.MessageAttributeValue;
import software.amazon.awssdk.services.sqs.model.SendMessageRequest;

/**
 * The retry queue on Amazon SQS. The body is the {@link RetryMessage} JSON; the attempt count and the reason are
 * also message attributes, so they show in the console and stay with the message in the dead-letter queue.
 */
public final class SqsRetryQueue implements RetryQueue {

    /** The attribute holding why the last round failed. */
    public static final String REASON_ATTRIBUTE = "reason";
    /** The attribute holding the rounds made so far. */
    public static final String ATTEMPTS_ATTRIBUTE = "attempts";

    private final SqsClient sqs;
    private final String queueUrl;

    /**
     * @param sqs a client built once per execution environment
     * @param queueUrl {@code RETRY_QUEUE_URL}
     */
    public SqsRetryQueue(SqsClient sqs, String queueUrl) {
        this.sqs = requireNonNull(sqs, "sqs == null");
        this.queueUrl = requireNonNull(queueUrl, "queueUrl == null");
    }

    /** The SDK call, retries included, ends within {@code timeout}; each attempt within half of it. */
    @Override
    public void send(RetryMessage message, Duration delay, Duration timeout) {
        long seconds = Math.max(0, Math.min(delay.toSeconds(), RetryPolicy.MAX_QUEUE_DELAY.toSeconds()));
        SendMessageRequest request = SendMessageRequest.builder()
                .queueUrl(queueUrl)
                .messageBody(message.toJson())
                .delaySeconds((int) seconds)
                .messageAttributes(Map.of(
                        REASON_ATTRIBUTE, text(truncate(message.reason())),
                        ATTEMPTS_ATTRIBUTE, MessageAttributeValue.builder().dataType("Number")
                                .stringValue(Integer.toString(message.attempts())).build()))
                .overrideConfiguration(call -> call.apiCallTimeout(timeout).apiCallAttemptTimeout(timeout.dividedBy(2)))
                .build();
        try {
            sqs.sendMessage(request);
        } catch (SdkException e) {
            throw new RetryQueueException("could not enqueue on " + queueUrl + ": " + e.getClass().getSimpleName()
                    + " (time limit " + timeout.toMillis() + " ms)", e);
        }
    }

    private static MessageAttributeValue text(String value) {
        return MessageAttributeValue.builder().dataType("String").stringValue(value.isEmpty() ? "-" : value).build();
    }

    private static String truncate(String value) {
        return value.length() <= 256 ? value : value.substring(0, 256);
    }

    @Override
    public String toString() {
        return "SqsRetryQueue[" + queueUrl + "]";
    }
}
