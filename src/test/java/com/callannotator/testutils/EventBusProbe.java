package com.callannotator.testutils;

import com.fasterxml.jackson.jr.ob.JSON;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/**
 * An EventBridge bus in {@code moto_server} with a rule that sends what matches its pattern to an SQS queue, so a
 * test sees the events that arrived, as a rule target would.
 */
public final class EventBusProbe {

    private final SqsClient sqs;
    private final String queueUrl;

    private EventBusProbe(SqsClient sqs, String queueUrl) {
        this.sqs = sqs;
        this.queueUrl = queueUrl;
    }

    /**
     * The SDK's own EventBridge client for {@code moto}'s environment ({@link MotoServer#awsEnvironment()}), to set up
     * buses and rules: the function itself puts events without the SDK's eventbridge module.
     */
    public static EventBridgeClient eventBridge(Map<String, String> motoEnvironment) {
        return EventBridgeClient.builder().httpClient(UrlConnectionHttpClient.create())
                .endpointOverride(URI.create(motoEnvironment.get("AWS_ENDPOINT_URL")))
                .region(Region.of(motoEnvironment.get("AWS_REGION")))
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(
                        motoEnvironment.get("AWS_ACCESS_KEY_ID"), motoEnvironment.get("AWS_SECRET_ACCESS_KEY"))))
                .build();
    }

    /** Creates {@code bus}, a queue, and a rule with {@code pattern} on the bus targeting the queue. */
    public static EventBusProbe create(EventBridgeClient events, SqsClient sqs, String bus, String pattern) {
        events.createEventBus(b -> b.name(bus));
        String queueUrl = sqs.createQueue(b -> b.queueName(bus + "-seen")).queueUrl();
        String queueArn = sqs.getQueueAttributes(b -> b.queueUrl(queueUrl)
                .attributeNames(QueueAttributeName.QUEUE_ARN)).attributes().get(QueueAttributeName.QUEUE_ARN);
        events.putRule(b -> b.name("seen").eventBusName(bus).eventPattern(pattern));
        events.putTargets(b -> b.rule("seen").eventBusName(bus).targets(t -> t.id("queue").arn(queueArn)));
        return new EventBusProbe(sqs, queueUrl);
    }

    /** The events that reached the queue so far (each an EventBridge envelope), taken off it. */
    public List<Map<String, Object>> events() {
        List<Map<String, Object>> seen = new ArrayList<>();
        List<Message> batch;
        do {
            batch = sqs.receiveMessage(b -> b.queueUrl(queueUrl).maxNumberOfMessages(10)).messages();
            for (Message message : batch) {
                seen.add(parse(message.body()));
                sqs.deleteMessage(b -> b.queueUrl(queueUrl).receiptHandle(message.receiptHandle()));
            }
        } while (!batch.isEmpty());
        return seen;
    }

    private static Map<String, Object> parse(String json) {
        try {
            return JSON.std.mapFrom(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
