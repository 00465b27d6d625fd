package com.callannotator.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.callannotator.credentials.CredentialsException;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.exception.SdkClientException;

final class CredentialsFailureTest {

    @Test
    void describe_chainFailure_namesCauseOnceWithoutTheSdksDumps() {
        String profile = "ProfileCredentialsProvider(profileName=a, profileFile=ProfileFile(profiles=[Profile(name=a,"
                + " properties=[region])]))";
        SdkClientException cause = SdkClientException.create("Unable to load credentials from any of the providers"
                + " in the chain AwsCredentialsProviderChain(credentialsProviders=[" + profile + "]) : [" + profile
                + ": Profile file\ncontained no credentials for profile 'a': ProfileFile(profiles=[Profile(name=a)])]");
        CredentialsException failure = new CredentialsException("secret s could not be read: SdkClientException",
                cause);

        assertEquals("secret s could not be read (region eu-west-1): SdkClientException: Unable to load credentials"
                + " from any of the providers in the chain: [ProfileCredentialsProvider(profileName=a): Profile file"
                + " contained no credentials for profile 'a']", CredentialsFailure.describe(failure,
                Optional.of("eu-west-1")));
    }

    @Test
    void describe_withoutAwsCause_isTheMessage() {
        assertEquals("secret s lacks auth_token", CredentialsFailure.describe(
                new CredentialsException("secret s lacks auth_token"), Optional.of("eu-west-1")));
    }
}
