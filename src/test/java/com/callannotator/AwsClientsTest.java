package com.callannotator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.callannotator.config.AwsSettings;
import com.callannotator.config.ConfigException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

final class AwsClientsTest {

    @Test
    void openConnection_theJdksConnectionWithTheSdksDefaultTimeouts() {
        HttpURLConnection connection =
                AwsClients.openConnection(URI.create("https://secretsmanager.us-east-1.amazonaws.com/"));

        assertEquals(2_000, connection.getConnectTimeout());
        assertEquals(30_000, connection.getReadTimeout());
        assertEquals("secretsmanager.us-east-1.amazonaws.com", connection.getURL().getHost());
    }

    @Test
    void endpoint_serviceSpecificAndGlobal_serviceSpecificWins() {
        AwsClients aws = AwsClients.from(AwsSettings.from(Map.of("AWS_REGION", "us-east-1",
                "AWS_ENDPOINT_URL", "http://127.0.0.1:1", "AWS_ENDPOINT_URL_SQS", "http://127.0.0.1:2")));

        assertEquals(Optional.of(URI.create("http://127.0.0.1:2")), aws.endpoint(AwsSettings.AWS_ENDPOINT_URL_SQS));
        assertEquals(Optional.of(URI.create("http://127.0.0.1:1")),
                aws.endpoint(AwsSettings.AWS_ENDPOINT_URL_SECRETS_MANAGER));
    }

    @Test
    void endpoint_ignoreConfiguredEndpoints_usesAws() {
        AwsClients aws = AwsClients.from(AwsSettings.from(Map.of("AWS_REGION", "us-east-1",
                "AWS_ENDPOINT_URL", "http://127.0.0.1:1",
                "AWS_IGNORE_CONFIGURED_ENDPOINT_URLS", "true")));

        assertEquals(Optional.empty(), aws.endpoint(AwsSettings.AWS_ENDPOINT_URL_SQS));
    }

    @Test
    void from_noRegionAndBadEndpoint_reportsBoth() {
        ConfigException e = assertThrows(ConfigException.class,
                () -> AwsClients.from(AwsSettings.from(Map.of("AWS_ENDPOINT_URL_SQS", "localhost:4566"))));

        assertEquals("invalid configuration: AWS_REGION is not set (Lambda sets it; set it for local runs); "
                + "AWS_ENDPOINT_URL_SQS must be an absolute http(s) URL: localhost:4566", e.getMessage());
    }

    @Test
    void toString_namesTheRegionOnly() {
        AwsClients aws = AwsClients.from(AwsSettings.from(Map.of("AWS_REGION", "eu-west-1",
                "AWS_SECRET_ACCESS_KEY", "s3cr3t",
                "AWS_ACCESS_KEY_ID", "AKIDEXAMPLE")));

        assertEquals("AwsClients[eu-west-1]", aws.toString());
    }
}
