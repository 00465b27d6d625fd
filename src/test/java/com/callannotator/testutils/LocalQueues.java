package com.callannotator.testutils;

import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageSystemAttributeName;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;
import software.amazon.awssdk.services.sqs.model.ReceiveMessageResponse;

/**
 * A retry queue and its dead-letter queue on a local SQS, and a pump that plays Lambda's event source mapping:
 * receive, invoke, delete what the handler did not report as failed.
 */
public final class LocalQueues {

    private final SqsClient sqs;
    private final String queueUrl;
    private final String deadLetterUrl;

    private LocalQueues(SqsClient sqs, String queueUrl, String deadLetterUrl) {
        this.sqs = sqs;
        this.queueUrl = queueUrl;
        this.deadLetterUrl = deadLetterUrl;
    }

    /** Creates {@code name} and {@code name-dlq}, moving a message after {@code maxReceiveCount} receives. */
    public static LocalQueues create(SqsClient sqs, String name, int maxReceiveCount) {
        String dlq = sqs.createQueue(b -> b.queueName(name + "-dlq")).queueUrl();
        String dlqArn = sqs.getQueueAttributes(b -> b.queueUrl(dlq).attributeNames(QueueAttributeName.QUEUE_ARN))
                .attributes().get(QueueAttributeName.QUEUE_ARN);
        String queue = sqs.createQueue(b -> b.queueName(name).attributes(Map.of(
                QueueAttributeName.REDRIVE_POLICY,
                "{\"deadLetterTargetArn\":\"" + dlqArn + "\",\"maxReceiveCount\":\"" + maxReceiveCount + "\"}")))
                .queueUrl();
        return new LocalQueues(sqs, queue, dlq);
    }

    public String queueUrl() {
        return queueUrl;
    }

    /**
     * Delivers visible messages to {@code handler} batch by batch until the queue is empty or {@code rounds} batches
     * were handled; failed messages become visible again at once (visibility timeout 0).
     */
    public void pump(Function<SQSEvent, SQSBatchResponse> handler, int rounds) {
        for (int i = 0; i < rounds; i++) {
            List<Message> received = receive(queueUrl, 0);
            if (received.isEmpty()) {
                return;
            }
            SQSBatchResponse response = handler.apply(toEvent(received));
            Set<String> failed = response.getBatchItemFailures().stream()
                    .map(SQSBatchResponse.BatchItemFailure::getItemIdentifier).collect(Collectors.toSet());
            received.stream().filter(message -> !failed.contains(message.messageId()))
                    .forEach(message -> sqs.deleteMessage(b -> b.queueUrl(queueUrl)
                            .receiptHandle(message.receiptHandle())));
        }
    }

    /** The messages now in the retry queue (received with a 30-second visibility, so they stay put). */
    public List<Message> peek() {
        return receive(queueUrl, 30);
    }

    /** The messages now in the dead-letter queue. */
    public List<Message> deadLetters() {
        return receive(deadLetterUrl, 30);
    }

    private List<Message> receive(String url, int visibilityTimeout) {
        List<Message> all = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            ReceiveMessageResponse response = sqs.receiveMessage(b -> b.queueUrl(url).maxNumberOfMessages(10)
                    .visibilityTimeout(visibilityTimeout).waitTimeSeconds(0)
                    .messageSystemAttributeNames(MessageSystemAttributeName.ALL).messageAttributeNames("All"));
            if (!response.hasMessages() || response.messages().isEmpty()) {
                break;
            }
            all.addAll(response.messages());
            if (visibilityTimeout == 0) {
                break;
            }
        }
        return all;
    }

    private static SQSEvent toEvent(List<Message> messages) {
        List<SQSEvent.SQSMessage> records = new ArrayList<>();
        for (Message message : messages) {
            SQSEvent.SQSMessage record = new SQSEvent.SQSMessage();
            record.setMessageId(message.messageId());
            record.setReceiptHandle(message.receiptHandle());
            record.setBody(message.body());
            Map<String, String> attributes = new HashMap<>();
            message.attributes().forEach((name, value) -> attributes.put(name.toString(), value));
            record.setAttributes(attributes);
            record.setEventSource("aws:sqs");
            records.add(record);
        }
        SQSEvent event = new SQSEvent();
        event.setRecords(records);
        return event;
    }
}
