package com.callannotator.webhook;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.callannotator.credentials.EnvironmentCredentialsSource;
import com.callannotator.credentials.TwilioCredentials;
import com.callannotator.security.SignatureCalculator;
import com.callannotator.security.SignatureVerifier;
import java.util.List;
import java.util.Map;

/** Builds requests signed the way Twilio signs them, with the local token 12345. */
final class SignedRequests {

    static final String TOKEN = "12345";
    static final String HOST = "https://hooks.example.com";
    static final String CALL = "CA0123456789abcdef0123456789abcdef";

    private SignedRequests() {
    }

    static EnvironmentCredentialsSource credentials() {
        return new EnvironmentCredentialsSource(TwilioCredentials.of("AC" + "a".repeat(32), TOKEN));
    }

    /** A signed form POST to {@code pathAndQuery}. */
    static WebhookRequest form(String pathAndQuery, String form) {
        String url = HOST + pathAndQuery;
        String signature = new SignatureCalculator(TOKEN).sign(url, FormParameters.parse(form).entries());
        return request("POST", url, MediaTypes.FORM, signature, form.getBytes(UTF_8));
    }

    /** A signed JSON POST to {@code path}: {@code bodySHA256} is added to the URL and signed. */
    static WebhookRequest json(String path, String json) {
        byte[] body = json.getBytes(UTF_8);
        String url = HOST + path + "?bodySHA256=" + SignatureVerifier.sha256Hex(body);
        String signature = new SignatureCalculator(TOKEN).sign(url, List.of());
        return request("POST", url, MediaTypes.JSON, signature, body);
    }

    static WebhookRequest request(String method, String url, String contentType, String signature, byte[] body) {
        String path = url.substring(HOST.length()).replaceAll("\\?.*", "");
        int question = url.indexOf('?');
        String query = question < 0 ? "" : url.substring(question + 1);
        HttpHeaders headers = HttpHeaders.of(Map.of("Content-Type", contentType, "X-Twilio-Signature", signature));
        return new WebhookRequest(method, url, path, headers, query, body);
    }
}
