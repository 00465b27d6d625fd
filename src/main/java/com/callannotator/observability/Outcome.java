package com.callannotator.observability;

import com.callannotator.annotation.DeliveryOutcome;
import java.util.Optional;

/**
 * Every outcome a request or queue message can have: its name in the log line, the log level, and the count metric
 * it adds one to (every other count metric of the line is 0). One table, like Powertools' logged fields: a new
 * outcome is one constant here.
 */
public enum Outcome {
    POSTED("posted", Level.INFO, Metric.ANNOTATIONS_POSTED),
    DEFERRED("deferred", Level.INFO, Metric.ANNOTATIONS_DEFERRED),
    REJECTED("rejected", Level.WARN, Metric.ANNOTATIONS_REJECTED),
    FAILED("failed", Level.ERROR, Metric.ANNOTATIONS_FAILED),
    SKIPPED("skipped", Level.INFO, null),
    INVALID("invalid", Level.INFO, Metric.INVALID_INPUT),
    FORBIDDEN("forbidden", Level.INFO, Metric.SIGNATURES_REJECTED),
    NOT_FOUND("not_found", Level.INFO, null),
    METHOD_NOT_ALLOWED("method_not_allowed", Level.INFO, null),
    TOO_LARGE("too_large", Level.INFO, null),
    UNSUPPORTED_MEDIA_TYPE("unsupported_media_type", Level.INFO, null),
    INTERNAL_ERROR("internal_error", Level.ERROR, null),
    SURVEY_STARTED("survey_started", Level.INFO, null),
    INVALID_ANSWER("invalid_answer", Level.INFO, null),
    /** Queue: the last round failed; sent again, as it now stands, for the dead-letter queue. */
    EXHAUSTED("exhausted", Level.WARN, null),
    /** Queue: had all its rounds; kept, without a call to Twilio, until SQS moves it to the dead-letter queue. */
    AWAITING_DEAD_LETTERS("exhausted", Level.WARN, null),
    /** Queue: had all its rounds and its last receive: SQS moves it to the dead-letter queue now. */
    DEAD_LETTERED("dead_lettered", Level.ERROR, Metric.ANNOTATIONS_FAILED),
    /** Queue: no time left in the invocation for this message. */
    NO_TIME("no_time", Level.INFO, null);

    /** The log levels a line can have. */
    public enum Level { INFO, WARN, ERROR }

    private final String logName;
    private final Level level;
    private final Metric metric;

    Outcome(String logName, Level level, Metric metric) {
        this.logName = logName;
        this.level = level;
        this.metric = metric;
    }

    /** The name in the log line's {@code outcome} and {@code message}. */
    public String logName() {
        return logName;
    }

    /** The level of the log line. */
    public Level level() {
        return level;
    }

    /** The count metric this outcome adds one to; empty when none. */
    public Optional<Metric> metric() {
        return Optional.ofNullable(metric);
    }

    /** The outcome of a delivery. */
    public static Outcome of(DeliveryOutcome delivery) {
        if (delivery instanceof DeliveryOutcome.Posted) {
            return POSTED;
        }
        if (delivery instanceof DeliveryOutcome.Deferred) {
            return DEFERRED;
        }
        return delivery instanceof DeliveryOutcome.Rejected ? REJECTED : FAILED;
    }
}
