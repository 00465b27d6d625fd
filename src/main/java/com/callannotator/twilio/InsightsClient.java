package com.callannotator.twilio;

import com.callannotator.annotation.Annotation;
import com.callannotator.annotation.CallSid;
import com.callannotator.credentials.TwilioCredentials;
import java.io.IOException;
import java.time.Duration;

/**
 * Twilio Voice Insights' Call Annotation resource: {@code /v1/Voice/{CallSid}/Annotation}. An error status is an
 * answer ({@link InsightsAnswer.Refused}); an exception means the request could not be sent or answered.
 */
public interface InsightsClient {

    /**
     * Sets the fields of {@code annotation} that are set; Twilio keeps the others. Gives up after {@code timeout}
     * when that is shorter than the client's own request timeout, so a retry loop can keep a deadline.
     *
     * @throws IOException when the request could not be sent or answered in time
     */
    InsightsAnswer update(Annotation annotation, TwilioCredentials credentials, Duration timeout) throws IOException;

    /**
     * Reads a call's annotation.
     *
     * @throws IOException when the request could not be sent or answered in time
     */
    InsightsAnswer fetch(CallSid callSid, TwilioCredentials credentials) throws IOException;
}
