package com.callannotator.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The retry and secret-refresh settings added for delivery. */
final class ConfigRetrySettingsTest {

    private static Map<String, String> local(Map<String, String> more) {
        Map<String, String> environment = new HashMap<>(Map.of("TWILIO_ACCOUNT_SID", "AC1", "TWILIO_AUTH_TOKEN", "t"));
        environment.putAll(more);
        return environment;
    }

    @Test
    void from_nothingSet_usesTheDefaults() {
        Config config = Config.from(local(Map.of()));

        assertEquals(5, config.retryPolicy().maxRounds());
        assertEquals(Duration.ofSeconds(60), config.retryPolicy().queueBaseDelay());
        assertEquals(Duration.ofSeconds(30), config.secretCache().minForcedInterval());
    }

    @Test
    void from_valuesSet_readsThem() {
        Config config = Config.from(local(Map.of("RETRY_MAX_ATTEMPTS", "3", "RETRY_BASE_DELAY_SECONDS", "0",
                "SECRET_REFRESH_MIN_INTERVAL_SECONDS", "10")));

        assertEquals(3, config.retryPolicy().maxRounds());
        assertEquals(Duration.ZERO, config.retryPolicy().queueBaseDelay());
        assertEquals(Duration.ofSeconds(10), config.secretCache().minForcedInterval());
    }

    @Test
    void from_outOfRange_reportsEveryProblem() {
        ConfigException e = assertThrows(ConfigException.class, () -> Config.from(local(Map.of(
                "RETRY_MAX_ATTEMPTS", "0", "RETRY_BASE_DELAY_SECONDS", "901"))));

        assertEquals("invalid configuration: RETRY_MAX_ATTEMPTS must be an integer from 1 to 20 (attempts): 0; "
                + "RETRY_BASE_DELAY_SECONDS must be an integer from 0 to 900 (s): 901", e.getMessage());
    }
}
