package com.callannotator.lambda;

import com.callannotator.CallAnnotator;
import java.time.Clock;

/** The entry points built around a given composition root, for tests outside this package (the fuzz suite). */
public final class TestHandlers {

    private TestHandlers() {
    }

    public static HttpApiHandler httpApi(CallAnnotator app) {
        return new HttpApiHandler(app.webhook());
    }

    public static RestApiHandler restApi(CallAnnotator app) {
        return new RestApiHandler(app.webhook());
    }

    public static RetryQueueHandler retryQueue(CallAnnotator app) {
        return new RetryQueueHandler(app.retryQueue(), Clock.systemUTC());
    }
}
