package com.callannotator.twilio;

import com.callannotator.annotation.Annotation;
import com.callannotator.annotation.CallSid;
import com.callannotator.credentials.TwilioCredentials;
import java.io.IOException;
import java.time.Duration;

/** Twilio Voice Insights' Call Annotation resource: {@code /v1/Voice/{CallSid}/Annotation}. */
public interface InsightsClient {

    /**
     * Sets the fields of {@code annotation} that are set; Twilio keeps the others.
     *
     * @throws TwilioApiException when Twilio answers with an error status
     * @throws IOException when the request could not be sent or answered in time
     */
    StoredAnnotation update(Annotation annotation, TwilioCredentials credentials) throws IOException;

    /**
     * Like {@link #update(Annotation, TwilioCredentials)}, but gives up after {@code timeout} if that is shorter than
     * the client's own request timeout, so a retry loop can keep a deadline. The default ignores {@code timeout}.
     *
     * @throws TwilioApiException when Twilio answers with an error status
     * @throws IOException when the request could not be sent or answered in time
     */
    default StoredAnnotation update(Annotation annotation, TwilioCredentials credentials, Duration timeout)
            throws IOException {
        return update(annotation, credentials);
    }

    /**
     * Reads a call's annotation.
     *
     * @throws TwilioApiException when Twilio answers with an error status
     * @throws IOException when the request could not be sent or answered in time
     */
    StoredAnnotation fetch(CallSid callSid, TwilioCredentials credentials) throws IOException;
}
