package com.callannotator.observability;

/**
 * What became of a request's annotation event, for its log line and the {@code EventsFailed} metric.
 *
 * @param attempted true when an event was due and put (or tried)
 * @param failure why it could not be put; null when it was, or when none was due
 */
public record EventOutcome(boolean attempted, String failure) {

    /** No event was due: the bus is not set, or the outcome has no event. */
    public static final EventOutcome NONE = new EventOutcome(false, null);

    /** EventBridge accepted the event. */
    public static EventOutcome sent() {
        return new EventOutcome(true, null);
    }

    /** The event could not be put, because of {@code reason}. */
    public static EventOutcome failed(String reason) {
        return new EventOutcome(true, reason == null ? "unknown" : reason);
    }

    /** True when an event was due and is lost. */
    public boolean isFailed() {
        return failure != null;
    }
}
