package com.callannotator.local;

import static java.util.Objects.requireNonNull;

/**
 * What the runtime posted back for one invocation, stamped with {@link System#nanoTime()} on arrival.
 *
 * @param kind whether the runtime posted to {@code /response} or to {@code /error} (or {@code /init/error})
 * @param body the posted body, as text
 * @param errorType the {@code Lambda-Runtime-Function-Error-Type} header; null for a response
 * @param receivedAtNanos when the reply arrived
 */
record RuntimeReply(InvocationResult.Kind kind, String body, String errorType, long receivedAtNanos) {

    RuntimeReply {
        requireNonNull(kind, "kind == null");
        requireNonNull(body, "body == null");
    }
}
