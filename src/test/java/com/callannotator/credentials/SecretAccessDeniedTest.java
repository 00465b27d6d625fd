package com.callannotator.credentials;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.callannotator.AwsClients;
import com.callannotator.config.AwsSettings;
import com.callannotator.testutils.FakeClock;
import com.callannotator.testutils.MotoServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;

/**
 * A secret the function's role may not read: a real {@code AccessDenied} from a local Secrets Manager that enforces
 * IAM ({@code moto_server} with {@code INITIAL_NO_AUTH_ACTION_COUNT}), for a user that has no policy at all.
 */
final class SecretAccessDeniedTest {

    /** Three calls go through unchecked: create the secret, the user and the user's access key. */
    @RegisterExtension
    static final MotoServer MOTO = MotoServer.enforcingIamAfter(3);

    private static final String SECRET = "call-annotator/twilio";
    private static final Pattern KEY_ID = Pattern.compile("<AccessKeyId>([^<]+)</AccessKeyId>");
    private static final Pattern KEY_SECRET = Pattern.compile("<SecretAccessKey>([^<]+)</SecretAccessKey>");

    @Test
    void current_roleMayNotReadTheSecret_namesTheSecretAndTheCause() throws IOException {
        try (SecretsManagerClient admin = MOTO.secretsManager()) {
            admin.createSecret(b -> b.name(SECRET).secretString("{\"account_sid\":\"AC1\",\"auth_token\":\"t1\"}"));
        }
        iam("Action=CreateUser&UserName=no-permissions&Version=2010-05-08");
        String key = iam("Action=CreateAccessKey&UserName=no-permissions&Version=2010-05-08");
        Map<String, String> environment = new HashMap<>(MOTO.awsEnvironment());
        environment.put("AWS_ACCESS_KEY_ID", find(KEY_ID, key));
        environment.put("AWS_SECRET_ACCESS_KEY", find(KEY_SECRET, key));

        SecretsManagerCredentialsSource source = new SecretsManagerCredentialsSource(SECRET,
                AwsClients.from(AwsSettings.from(environment))::secretValues, FakeClock.start(),
                new SecretCachePolicy(Duration.ofMinutes(5), Duration.ofSeconds(30)));
        CredentialsException e = assertThrows(CredentialsException.class, source::current);

        // Real AWS adds its code (AccessDeniedException) before the status; moto answers this one in XML.
        assertEquals("secret call-annotator/twilio could not be read: HTTP 403, access denied: the function's"
                + " role needs secretsmanager:GetSecretValue on it", e.getMessage());
    }

    /** One IAM Query API call; moto does not check its signature while calls are still free. */
    private static String iam(String form) throws IOException {
        HttpURLConnection connection = (HttpURLConnection) URI.create(MOTO.endpoint() + "/").toURL().openConnection();
        connection.setRequestMethod("POST");
        connection.setDoOutput(true);
        connection.setRequestProperty("Content-Type", "application/x-www-form-urlencoded");
        connection.setRequestProperty("Authorization", "AWS4-HMAC-SHA256 Credential=testing/20260101/"
                + MotoServer.REGION + "/iam/aws4_request, SignedHeaders=host, Signature=0");
        try (OutputStream body = connection.getOutputStream()) {
            body.write(form.getBytes(UTF_8));
        }
        assertEquals(200, connection.getResponseCode(), form);
        try (InputStream in = connection.getInputStream()) {
            return new String(in.readAllBytes(), UTF_8);
        }
    }

    private static String find(Pattern pattern, String xml) {
        Matcher matcher = pattern.matcher(xml);
        if (!matcher.find()) {
            throw new AssertionError("no " + pattern + " in " + xml);
        }
        return matcher.group(1);
    }
}
