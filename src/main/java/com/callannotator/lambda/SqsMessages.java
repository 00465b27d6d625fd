package com.callannotator.lambda;

import static java.util.Objects.requireNonNull;

import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Converts the SQS event of the retry queue into plain records. */
final class SqsMessages {

    static final String RECEIVE_COUNT = "ApproximateReceiveCount";
    private static final Pattern CALL_SID = Pattern.compile("\"call_sid\"\\s*:\\s*\"(CA[0-9a-fA-F]{32})\"");

    private SqsMessages() {
    }

    /** The event's messages in order; none for an empty event. */
    static List<QueuedMessage> of(SQSEvent event) {
        if (event == null || event.getRecords() == null) {
            return List.of();
        }
        return event.getRecords().stream().map(SqsMessages::of).toList();
    }

    private static QueuedMessage of(SQSEvent.SQSMessage message) {
        Map<String, String> attributes = message.getAttributes() == null ? Map.of() : message.getAttributes();
        return new QueuedMessage(String.valueOf(message.getMessageId()),
                message.getBody() == null ? "" : message.getBody(), receiveCount(attributes.get(RECEIVE_COUNT)));
    }

    /** SQS's count, or 1 when absent or unreadable (the message was received at least this once). */
    private static int receiveCount(String value) {
        try {
            return value == null ? 1 : Math.max(1, Integer.parseInt(value.trim()));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    /**
     * One message of the retry queue.
     *
     * @param messageId SQS's message id, what a batch item failure names
     * @param body the body, a retry message's JSON
     * @param receiveCount {@code ApproximateReceiveCount}
     */
    record QueuedMessage(String messageId, String body, int receiveCount) {
        QueuedMessage {
            requireNonNull(messageId, "messageId == null");
            requireNonNull(body, "body == null");
        }

        /**
         * The CallSid in the body, found without trusting the rest of it: for naming a message that cannot be
         * handled. Empty when there is none that matches the CallSid pattern.
         */
        Optional<String> callSid() {
            Matcher matcher = CALL_SID.matcher(body);
            return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
        }

        /** Leaves out the body, which may hold free text. */
        @Override
        public String toString() {
            return "QueuedMessage[" + messageId + ", receive " + receiveCount + "]";
        }
    }
}
