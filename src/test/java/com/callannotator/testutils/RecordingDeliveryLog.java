package com.callannotator.testutils;

import com.callannotator.delivery.DeliveryLog;
import com.callannotator.delivery.RetryMessage;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Records every unsent annotation. Thread-safe. */
public final class RecordingDeliveryLog implements DeliveryLog {

    private final List<Unsent> unsent = new CopyOnWriteArrayList<>();

    @Override
    public void unsent(RetryMessage message, String reason) {
        unsent.add(new Unsent(message, reason));
    }

    public List<Unsent> unsent() {
        return List.copyOf(unsent);
    }

    /** One unsent annotation. */
    public record Unsent(RetryMessage message, String reason) {
    }
}
