package com.callannotator.delivery;

/** Thrown by a {@link RetryQueue} when a message could not be enqueued; the message names the cause, not the body. */
public final class RetryQueueException extends RuntimeException {

    public RetryQueueException(String message, Throwable cause) {
        super(message, cause);
    }
}
