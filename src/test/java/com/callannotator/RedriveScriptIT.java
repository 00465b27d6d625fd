package com.callannotator;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.callannotator.config.AwsSettings;
import com.callannotator.testutils.LocalQueues;
import com.callannotator.testutils.MotoServer;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageAttributeValue;
import software.amazon.awssdk.services.sqs.model.MessageSystemAttributeName;

/** {@code scripts/redrive} against a local SQS (moto_server), with the AWS CLI it needs. */
final class RedriveScriptIT {

    @RegisterExtension
    static final MotoServer MOTO = new MotoServer();

    @Test
    void redrive_deadLetters_moveBackWithBodyAndAttributes() throws Exception {
        requireAwsCli();
        try (SqsClient sqs = AwsClients.from(AwsSettings.from(MOTO.awsEnvironment())).sqs()) {
            redriveInto(sqs);
        }
    }

    private static void redriveInto(SqsClient sqs) throws Exception {
        LocalQueues queues = LocalQueues.create(sqs, "redrive-test", 5);
        String dlqUrl = sqs.getQueueUrl(b -> b.queueName("redrive-test-dlq")).queueUrl();
        List<String> bodies = new ArrayList<>();
        for (int i = 0; i < 12; i++) { // two batches: SQS hands out at most ten at a time
            String body = "{\"annotation\":{\"call_sid\":\"CA0123456789abcdef0123456789abcd" + String.format("%02d", i)
                    + "\",\"comment\":\"it's \\\"quoted\\\" $HOME\"},\"attempts\":5,\"reason\":\"HTTP 503\"}";
            bodies.add(body);
            sqs.sendMessage(b -> b.queueUrl(dlqUrl).messageBody(body).messageAttributes(Map.of("reason",
                    MessageAttributeValue.builder().dataType("String").stringValue("HTTP 503").build())));
        }

        Process dryRun = run("scripts/redrive", "--dlq-url", dlqUrl, "--queue-url", queues.queueUrl(), "--dry-run");
        String listed = new String(dryRun.getInputStream().readAllBytes(), UTF_8);
        assertEquals(0, dryRun.exitValue(), listed);
        assertEquals(12, listed.lines().filter(line -> line.startsWith("would move: ")).count(), listed);
        assertTrue(listed.contains("would move 12 message(s)"), listed);
        assertEquals(Map.of("ApproximateNumberOfMessages", "12", "ApproximateNumberOfMessagesNotVisible", "0"),
                counts(sqs, dlqUrl), "the dry run leaves every message visible in the dead-letter queue");
        assertEquals(List.of(), receiveAll(sqs, queues.queueUrl()), "the dry run moves nothing");

        Process redrive = run("scripts/redrive", "--dlq-url", dlqUrl, "--queue-url", queues.queueUrl());
        String output = new String(redrive.getInputStream().readAllBytes(), UTF_8);
        assertEquals(0, redrive.exitValue(), output);
        assertTrue(output.contains("moved 12 message(s)"), output);
        List<Message> moved = receiveAll(sqs, queues.queueUrl());
        assertEquals(bodies.stream().sorted().toList(), moved.stream().map(Message::body).sorted().toList());
        assertTrue(moved.stream().allMatch(m -> "HTTP 503".equals(m.messageAttributes().get("reason").stringValue())));
        assertEquals(List.of(), receiveAll(sqs, dlqUrl));
    }

    @Test
    void redrive_badArguments_oneLineWithUsage_exit2() throws Exception {
        for (List<String> args : List.<List<String>>of(List.of("--stack"), List.of("--max", "x", "--stack", "s"),
                List.of("--x"),
                List.of())) {
            List<String> command = new ArrayList<>(List.of("scripts/redrive"));
            command.addAll(args);
            Process redrive = run(command.toArray(String[]::new));
            String output = new String(redrive.getInputStream().readAllBytes(), UTF_8);
            assertEquals(2, redrive.exitValue(), args + ": " + output);
            assertEquals(1, output.lines().count(), args + ": " + output);
            assertTrue(output.startsWith("redrive: ") && output.contains("usage: scripts/redrive"), output);
        }
    }

    private static Map<String, String> counts(SqsClient sqs, String queueUrl) {
        Map<String, String> counts = new TreeMap<>();
        sqs.getQueueAttributes(b -> b.queueUrl(queueUrl).attributeNamesWithStrings(
                "ApproximateNumberOfMessages", "ApproximateNumberOfMessagesNotVisible"))
                .attributesAsStrings().forEach(counts::put);
        return counts;
    }

    private static List<Message> receiveAll(SqsClient sqs, String queueUrl) {
        List<Message> all = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            List<Message> batch = sqs.receiveMessage(b -> b.queueUrl(queueUrl).maxNumberOfMessages(10)
                    .visibilityTimeout(60).messageAttributeNames("All")
                    .messageSystemAttributeNames(MessageSystemAttributeName.ALL)).messages();
            if (batch.isEmpty()) {
                break;
            }
            all.addAll(batch);
        }
        return all;
    }

    private static Process run(String... command) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(MOTO.awsEnvironment());
        builder.environment().put("AWS_DEFAULT_REGION", MotoServer.REGION);
        Process process = builder.start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail("scripts/redrive did not finish in 120 s");
        }
        return process;
    }

    private static void requireAwsCli() {
        boolean found = false;
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator, -1)) {
            found |= Files.isExecutable(Path.of(dir, "aws"));
        }
        if (!found && "true".equals(System.getenv("CI"))) {
            fail("the AWS CLI is not on the PATH: install it with 'pip install awscli'");
        }
        assumeTrue(found, "the AWS CLI is not on the PATH: install it with 'pip install awscli'");
    }
}
