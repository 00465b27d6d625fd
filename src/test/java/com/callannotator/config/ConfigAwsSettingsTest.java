package com.callannotator.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The AWS settings: read with the rest, and required only when the function uses AWS. */
final class ConfigAwsSettingsTest {

    @Test
    void from_localCredentialsOnly_readsNoAwsSetting() {
        Config config = Config.from(Map.of("TWILIO_ACCOUNT_SID", "AC1", "TWILIO_AUTH_TOKEN", "t",
                "AWS_ENDPOINT_URL", "not a url"));

        assertEquals(Optional.empty(), config.aws());
    }

    @Test
    void from_secretWithoutRegion_reportsItWithTheOtherProblems() {
        ConfigException e = assertThrows(ConfigException.class, () -> Config.from(Map.of(
                "TWILIO_SECRET_ID", "call-annotator/twilio", "RETRY_MAX_ATTEMPTS", "0")));

        assertEquals("invalid configuration: RETRY_MAX_ATTEMPTS must be an integer from 1 to 20 (attempts): 0; "
                + "AWS_REGION is not set (Lambda sets it; set it for local runs)", e.getMessage());
    }

    @Test
    void from_eventBusOnly_readsTheAwsSettings() {
        Config config = Config.from(Map.of("TWILIO_ACCOUNT_SID", "AC1", "TWILIO_AUTH_TOKEN", "t",
                "EVENT_BUS_NAME", "annotations", "AWS_REGION", "eu-west-1", "AWS_ENDPOINT_URL", "http://127.0.0.1:1",
                "AWS_ACCESS_KEY_ID", "AKIDEXAMPLE", "AWS_SECRET_ACCESS_KEY", "s3cr3t"));

        AwsSettings aws = config.aws().orElseThrow();
        assertEquals("eu-west-1", aws.region());
        assertEquals(Optional.of(URI.create("http://127.0.0.1:1")), aws.endpoint(AwsSettings.AWS_ENDPOINT_URL_SQS));
        assertEquals("AKIDEXAMPLE", aws.accessKey().orElseThrow().id());
        assertFalse(aws.toString().contains("s3cr3t"), aws.toString());
    }

    @Test
    void toString_leavesOutTheLocalAuthToken() {
        Config config = Config.from(Map.of("TWILIO_ACCOUNT_SID", "AC1", "TWILIO_AUTH_TOKEN", "t0k3n"));

        assertFalse(config.toString().contains("t0k3n"), config.toString());
        assertTrue(config.toString().contains("AC1"), config.toString());
    }
}
