package com.callannotator.fuzz;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.callannotator.security.PublicUrl;
import com.fasterxml.jackson.jr.ob.JSON;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.xml.sax.SAXException;

/** What must hold for any input, checked after each fuzzed request or message. */
final class Invariants {

    /** What an unsigned request may be answered: never a 2xx, never a 5xx. */
    static final Set<Integer> UNSIGNED_STATUSES = Set.of(400, 403, 404, 405, 413, 415);

    private Invariants() {
    }

    /**
     * A webhook answer: there is one, it is no 500, an unsigned request gets only a refusal and posts nothing,
     * {@code /survey} answers well-formed XML and {@code /annotations} JSON.
     */
    static void webhookAnswer(FuzzHarness harness, String path, boolean signed, Integer status, String body) {
        assertNotNull(status, "no status");
        assertNotEquals(500, status, "500 for input the function should refuse: " + harness.logText());
        if (!signed) {
            assertTrue(UNSIGNED_STATUSES.contains(status), "unsigned request answered " + status);
            assertEquals(List.of(), harness.insights.server().getAllServeEvents(), "unsigned request reached Twilio");
            assertFalse(harness.logText().contains("\"level\":\"ERROR\""),
                    "an ERROR line for an unsigned request: " + harness.logText());
        }
        String route = PublicUrl.routeOf(path);
        if (status != 404 && route.equals("/survey")) {
            assertWellFormedXml(body);
        }
        if (status != 404 && route.equals("/annotations")) {
            assertJson(body);
        }
        postsObeyTwilio(harness);
    }

    /** Every request that reached the stand-in was one Twilio accepts (the stand-in answers 400/404 otherwise). */
    static void postsObeyTwilio(FuzzHarness harness) {
        for (ServeEvent event : harness.insights.server().getAllServeEvents()) {
            assertEquals(200, event.getResponse().getStatus(), () -> "Twilio would refuse "
                    + event.getRequest().getUrl() + " " + event.getRequest().getBodyAsString() + ": "
                    + event.getResponse().getBodyAsString());
        }
    }

    /**
     * No log line holds the auth token, nor any of {@code more} (signatures), unless the input itself carried it:
     * the fuzzer learns the token from this very check and may send it, and echoing what a stranger sent is no leak.
     */
    static void noSecretInLog(FuzzHarness harness, String input, List<String> more) {
        String log = harness.logText();
        assertFalse(log.contains(FuzzHarness.AUTH_TOKEN) && !input.contains(FuzzHarness.AUTH_TOKEN),
                "auth token in a log line");
        for (String secret : more) {
            assertFalse(!secret.isEmpty() && log.contains(secret), "signature in a log line");
        }
    }

    static void assertJson(String body) {
        try {
            Map<String, Object> json = JSON.std.mapFrom(body);
            assertNotNull(json, "JSON body is null");
        } catch (IOException e) {
            fail("/annotations answered something that is not a JSON object: " + body, e);
        }
    }

    static void assertWellFormedXml(String body) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.newDocumentBuilder().parse(new ByteArrayInputStream(body.getBytes(UTF_8)));
        } catch (ParserConfigurationException | SAXException | IOException e) {
            fail("/survey answered something that is not well-formed XML: " + body, e);
        }
    }
}
