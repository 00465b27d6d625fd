package com.callannotator.events;

import static java.util.Objects.requireNonNull;

import com.callannotator.annotation.Deadline;
import com.callannotator.observability.EventOutcome;
import com.callannotator.observability.Report;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;
import org.crac.Context;
import org.crac.Core;
import org.crac.Resource;

/**
 * Puts annotation events on an EventBridge bus with {@code PutEvents} ({@link PutEventsClient}), after the annotation
 * was posted and within what is left of the invocation: the call's timeout is that time, at most
 * {@link #MAX_CALL_TIME}. A failure is reported, never thrown, so the webhook's answer stands. Its own path is primed
 * ({@link EventPriming}) on a background thread from the start, so the first event does not pay the class loading,
 * and again before a SnapStart snapshot. Thread-safe.
 */
public final class EventBridgeEvents implements AnnotationEvents, Resource {

    /** The most one put may take: an event is worth less than the webhook's answer. */
    static final Duration MAX_CALL_TIME = Duration.ofSeconds(2);
    /** Below this there is no point starting a call. */
    static final Duration MIN_CALL_TIME = Duration.ofMillis(50);

    private final Supplier<PutEventsClient> clientFactory;
    private volatile PutEventsClient client;
    private final String busName;
    private final Clock clock;
    private final Thread warmUp;

    /** @param busName the bus name or ARN ({@code EVENT_BUS_NAME}) */
    public EventBridgeEvents(PutEventsClient client, String busName, Clock clock) {
        this(() -> client, busName, clock);
        requireNonNull(client, "client == null");
    }

    /** @param clientFactory builds the client on first use (off the init path, on the warm-up thread) */
    private EventBridgeEvents(Supplier<PutEventsClient> clientFactory, String busName, Clock clock) {
        this.clientFactory = requireNonNull(clientFactory, "clientFactory == null");
        this.busName = requireNonNull(busName, "busName == null");
        this.clock = requireNonNull(clock, "clock == null");
        this.warmUp = new Thread(() -> {
            client();
            EventPriming.prime(busName);
        }, "call-annotator-events-priming");
        this.warmUp.setDaemon(true);
    }

    /**
     * Builds it, starts building the client and priming its path in the background, and registers it for SnapStart's
     * checkpoint (hold the result: the registration is weak).
     */
    public static AnnotationEvents start(Supplier<PutEventsClient> clientFactory, String busName, Clock clock) {
        EventBridgeEvents events = new EventBridgeEvents(clientFactory, busName, clock);
        events.warmUp.start();
        Core.getGlobalContext().register(events);
        return events;
    }

    @Override
    public EventOutcome publish(Report report, Deadline deadline) {
        Optional<AnnotationEvent> event = AnnotationEvent.of(report);
        if (event.isEmpty()) {
            return EventOutcome.NONE;
        }
        Duration left = deadline.remaining(clock);
        if (left.compareTo(MIN_CALL_TIME) < 0) {
            return EventOutcome.failed("no time left in this invocation for the event");
        }
        Duration timeout = left.compareTo(MAX_CALL_TIME) < 0 ? left : MAX_CALL_TIME;
        return client().put(busName, event.get(), timeout);
    }

    /** The client, built once on first use. */
    private PutEventsClient client() {
        PutEventsClient built = client;
        if (built == null) {
            synchronized (this) {
                if (client == null) {
                    client = clientFactory.get();
                }
                built = client;
            }
        }
        return built;
    }

    @Override
    public void beforeCheckpoint(Context<? extends Resource> context) throws InterruptedException {
        if (warmUp.isAlive()) {
            warmUp.join();
        }
        client();
        EventPriming.prime(busName);
    }

    @Override
    public void afterRestore(Context<? extends Resource> context) {
        // Nothing to renew: the client holds no connection worth keeping across a snapshot.
    }
}
