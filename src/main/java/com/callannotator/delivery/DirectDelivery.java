package com.callannotator.delivery;

import static java.util.Objects.requireNonNull;

import com.callannotator.annotation.Annotation;
import com.callannotator.credentials.CredentialsException;
import com.callannotator.credentials.CredentialsSource;
import com.callannotator.credentials.TwilioCredentials;
import com.callannotator.twilio.InsightsClient;
import com.callannotator.twilio.TwilioApiException;
import java.io.IOException;

/** Posts once, re-reading the credentials and trying once more when Twilio answers {@code 401}. */
public final class DirectDelivery implements AnnotationDelivery {

    private final InsightsClient client;
    private final CredentialsSource credentials;

    public DirectDelivery(InsightsClient client, CredentialsSource credentials) {
        this.client = requireNonNull(client, "client == null");
        this.credentials = requireNonNull(credentials, "credentials == null");
    }

    @Override
    public DeliveryOutcome deliver(Annotation annotation) {
        try {
            return post(annotation, credentials.current(), 1);
        } catch (TwilioApiException e) {
            if (e.error().status() == 401) {
                return retryWithFreshCredentials(annotation);
            }
            return new DeliveryOutcome.Rejected(e.error(), 1);
        } catch (IOException e) {
            return new DeliveryOutcome.Failed("Twilio did not answer: " + e.getClass().getSimpleName(), null, 1);
        } catch (CredentialsException e) {
            return new DeliveryOutcome.Failed(e.getMessage(), null, 0);
        }
    }

    private DeliveryOutcome retryWithFreshCredentials(Annotation annotation) {
        try {
            return post(annotation, credentials.refresh(), 2);
        } catch (TwilioApiException e) {
            return new DeliveryOutcome.Rejected(e.error(), 2);
        } catch (IOException e) {
            return new DeliveryOutcome.Failed("Twilio did not answer: " + e.getClass().getSimpleName(), null, 2);
        } catch (CredentialsException e) {
            return new DeliveryOutcome.Failed(e.getMessage(), null, 1);
        }
    }

    private DeliveryOutcome post(Annotation annotation, TwilioCredentials current, int attempt) throws IOException {
        return new DeliveryOutcome.Posted(client.update(annotation, current), attempt);
    }
}
