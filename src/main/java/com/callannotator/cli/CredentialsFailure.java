package com.callannotator.cli;

import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkException;

/**
 * The one line {@code scripts/annotate} prints when the Twilio credentials cannot be read: what failed (the
 * exception's message, which names the secret), the region, and the AWS cause ({@code ResourceNotFoundException:
 * Secrets Manager can't find the specified secret.}, or what each link of the SDK's credentials chain lacked). AWS
 * error messages and our own name secrets, keys and profiles, never values.
 */
final class CredentialsFailure {

    /** Dumps of the chain and of the whole profile file, which the SDK puts in its messages; the rest is kept. */
    private static final List<String> DUMPS = List.of(", profileFile=ProfileFile(", ": ProfileFile(",
            " AwsCredentialsProviderChain(");

    private CredentialsFailure() {
    }

    /**
     * @param failure what the credentials source threw
     * @param region the region the Secrets Manager client used, when known
     */
    static String describe(RuntimeException failure, Optional<String> region) {
        String message = String.valueOf(failure.getMessage());
        Optional<String> cause = awsCause(failure);
        if (cause.isEmpty()) {
            return oneLine(message);
        }
        String name = ": " + cause.get().substring(0, cause.get().indexOf(':'));
        if (message.endsWith(name)) { // "could not be read: SdkClientException" gets the message after the name
            message = message.substring(0, message.length() - name.length());
        }
        String where = region.map(id -> " (region " + id + ")").orElse("");
        return oneLine(message + where + ": " + cause.get());
    }

    /** The first AWS exception in the cause chain, as "ErrorCode: message" or "ExceptionClass: message". */
    private static Optional<String> awsCause(Throwable failure) {
        for (Throwable cause = failure.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof AwsServiceException service && service.awsErrorDetails() != null) {
                AwsErrorDetails details = service.awsErrorDetails();
                return Optional.of(details.errorCode() + ": " + details.errorMessage());
            }
            if (cause instanceof SdkException sdk) {
                String text = sdk.getMessage();
                for (String dump : DUMPS) {
                    text = withoutDump(text, dump);
                }
                return Optional.of(sdk.getClass().getSimpleName() + ": " + text.replace(" : [", ": ["));
            }
        }
        return Optional.empty();
    }

    /** {@code text} without each {@code opener} and what follows it up to its closing parenthesis. */
    static String withoutDump(String text, String opener) {
        StringBuilder kept = new StringBuilder(String.valueOf(text));
        for (int start = kept.indexOf(opener); start >= 0; start = kept.indexOf(opener, start)) {
            int depth = 0;
            int end = start + opener.length() - 1;
            do {
                char c = kept.charAt(end++);
                depth += c == '(' ? 1 : c == ')' ? -1 : 0;
            } while (depth > 0 && end < kept.length());
            kept.delete(start, end);
        }
        return kept.toString();
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s+", " ").trim();
    }
}
