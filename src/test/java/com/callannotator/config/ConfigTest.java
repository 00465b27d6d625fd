package com.callannotator.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The core settings: credentials, URLs, timeouts and flags. */
final class ConfigTest {

    private static final Map<String, String> LOCAL = Map.of("TWILIO_ACCOUNT_SID", "AC1", "TWILIO_AUTH_TOKEN", "t");

    @Test
    void from_localCredentialsOnly_usesTheDefaults() {
        Config config = Config.from(LOCAL);

        assertEquals(Optional.empty(), config.twilio().secretId());
        assertEquals(URI.create("https://insights.twilio.com"), config.insights().baseUrl());
        assertEquals(Optional.empty(), config.publicBaseUrl());
        assertEquals(Optional.empty(), config.retryQueueUrl());
        assertEquals(Duration.ofSeconds(2), config.insights().connectTimeout());
        assertEquals(Duration.ofSeconds(4), config.insights().requestTimeout());
        assertEquals(Duration.ofSeconds(8), config.retryPolicy().budget());
        assertEquals(Duration.ofMinutes(5), config.secretCache().ttl());
        assertFalse(config.spamOnFailedStir());
    }

    @Test
    void from_secretIdWithoutLocalCredentials_isEnough() {
        Config config = Config.from(Map.of("TWILIO_SECRET_ID", "call-annotator/twilio", "AWS_REGION", "us-east-1"));

        assertEquals(Optional.of("call-annotator/twilio"), config.twilio().secretId());
    }

    @Test
    void from_emptyValues_countAsUnset() {
        Config config = Config.from(Map.of("TWILIO_SECRET_ID", "arn:secret", "PUBLIC_BASE_URL", "",
                "RETRY_QUEUE_URL", " ", "TWILIO_AUTH_TOKEN", "", "AWS_REGION", "us-east-1"));

        assertEquals(Optional.empty(), config.publicBaseUrl());
        assertEquals(Optional.empty(), config.retryQueueUrl());
        assertEquals(Optional.empty(), config.twilio().localAuthToken());
    }

    @Test
    void from_noCredentialsAtAll_namesBothWays() {
        ConfigException e = assertThrows(ConfigException.class, () -> Config.from(Map.of("TWILIO_ACCOUNT_SID", "AC1")));

        assertEquals("invalid configuration: set TWILIO_SECRET_ID (production) or both TWILIO_ACCOUNT_SID and "
                + "TWILIO_AUTH_TOKEN (local development)", e.getMessage());
    }

    @Test
    void from_severalBadValues_reportsEveryProblemAtOnce() {
        Map<String, String> environment = Map.of("PUBLIC_BASE_URL", "hooks.example.com/twilio",
                "TWILIO_INSIGHTS_BASE_URL", "ftp://insights", "INSIGHTS_REQUEST_TIMEOUT_MS", "20000",
                "SPAM_ON_FAILED_STIR", "maybe");

        ConfigException e = assertThrows(ConfigException.class, () -> Config.from(environment));

        String message = e.getMessage();
        assertTrue(message.contains("TWILIO_SECRET_ID"), message);
        assertTrue(message.contains("PUBLIC_BASE_URL must be an absolute http(s) URL: hooks.example.com/twilio"),
                message);
        assertTrue(message.contains("TWILIO_INSIGHTS_BASE_URL must be an absolute http(s) URL: ftp://insights"),
                message);
        assertTrue(message.contains("INSIGHTS_REQUEST_TIMEOUT_MS must be an integer from 100 to 14000 (ms): 20000"),
                message);
        assertTrue(message.contains("SPAM_ON_FAILED_STIR must be true or false: maybe"), message);
    }

    @Test
    void from_flagsAndUrls_areParsed() {
        Map<String, String> environment = new HashMap<>(LOCAL);
        environment.putAll(Map.of("PUBLIC_BASE_URL", "https://hooks.example.com/twilio",
                "SPAM_ON_FAILED_STIR", "TRUE", "DELIVERY_BUDGET_MS", "5000"));

        Config config = Config.from(environment);

        assertEquals(Optional.of(URI.create("https://hooks.example.com/twilio")), config.publicBaseUrl());
        assertTrue(config.spamOnFailedStir());
        assertEquals(Duration.ofSeconds(5), config.retryPolicy().budget());
    }
}
