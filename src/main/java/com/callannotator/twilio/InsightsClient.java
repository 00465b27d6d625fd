package com.callannotator.twilio;

import com.callannotator.annotation.Annotation;
import com.callannotator.annotation.CallSid;
import com.callannotator.credentials.TwilioCredentials;
import java.io.IOException;

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
     * Reads a call's annotation.
     *
     * @throws TwilioApiException when Twilio answers with an error status
     * @throws IOException when the request could not be sent or answered in time
     */
    StoredAnnotation fetch(CallSid callSid, TwilioCredentials credentials) throws IOException;
}
