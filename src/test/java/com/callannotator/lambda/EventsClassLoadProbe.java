package com.callannotator.lambda;

import com.callannotator.CallAnnotator;
import com.callannotator.annotation.Annotation;
import com.callannotator.annotation.CallSid;
import com.callannotator.delivery.Deadline;
import com.callannotator.webhook.Report;

/**
 * Run in a child JVM by {@link EventsClassLoadingTest}: builds the function from the process environment as Lambda
 * does, and reports a posted annotation, the path that would put an event. Prints the event's outcome.
 */
public final class EventsClassLoadProbe {

    private EventsClassLoadProbe() {
    }

    public static void main(String[] args) {
        CallAnnotator app = CallAnnotator.fromEnvironment(System.getenv());
        Annotation annotation = Annotation.builder(new CallSid("CA0123456789abcdef0123456789abcdef")).callScore(1)
                .build();
        Report posted = new Report("/survey", annotation.callSid().value(), annotation.fieldsSet(), "posted", 200, 0,
                1, "", annotation, "score");
        System.out.println(app.events().publish(posted, Deadline.NONE));
    }
}
