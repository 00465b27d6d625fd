package com.callannotator.lambda;

import com.callannotator.CallAnnotator;
import com.callannotator.annotation.Annotation;
import com.callannotator.annotation.CallSid;
import com.callannotator.annotation.Deadline;
import com.callannotator.observability.Outcome;
import com.callannotator.observability.Report;

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
        Report posted = Report.builder("/survey", Outcome.POSTED).callSid(annotation.callSid().value())
                .fields(annotation.fieldsSet()).twilio(200, 0).attempts(1).detail("").annotation(annotation)
                .question("score").build();
        System.out.println(app.webhook().events().publish(posted, Deadline.NONE));
    }
}
