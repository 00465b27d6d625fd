package com.callannotator.events;

import com.callannotator.annotation.Deadline;
import com.callannotator.observability.EventOutcome;
import com.callannotator.observability.Report;

/** Where annotation events go. Implementations never throw and never outlast the deadline; thread-safe. */
public interface AnnotationEvents {

    /**
     * Puts the event {@code report} calls for, if any, by {@code deadline}.
     *
     * @return {@link EventOutcome#NONE} when no event is due, else whether it was put
     */
    EventOutcome publish(Report report, Deadline deadline);

    /** No events: what runs when {@code EVENT_BUS_NAME} is not set. */
    static AnnotationEvents none() {
        return (report, deadline) -> EventOutcome.NONE;
    }
}
