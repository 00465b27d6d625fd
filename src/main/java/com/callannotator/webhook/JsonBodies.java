package com.callannotator.webhook;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.callannotator.annotation.FieldError;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.jr.ob.JSON;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads JSON request bodies strictly and writes the JSON answers of {@code /annotations}, with jackson-jr. */
final class JsonBodies {

    private static final JSON STRICT = JSON.std.with(JSON.Feature.FAIL_ON_DUPLICATE_MAP_KEYS);

    private JsonBodies() {
    }

    /** The body as a JSON object; empty when it is not exactly one JSON object (duplicate keys, trailing text). */
    static Optional<Map<String, Object>> object(byte[] body) {
        try (JsonParser parser = STRICT.getStreamingFactory().createParser(new String(body, UTF_8))) {
            Map<String, Object> object = STRICT.mapFrom(parser);
            return parser.nextToken() == null ? Optional.of(object) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** {@code {"error": message}} plus {@code more}, with {@code status}. */
    static WebhookResponse error(int status, String message, Map<String, Object> more) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", message);
        body.putAll(more);
        return WebhookResponse.json(status, write(body));
    }

    /** {@code 400} naming every problem: {@code {"error", "problems": [{"field", "value", "rule"}]}}. */
    static WebhookResponse invalid(List<FieldError> problems) {
        List<Map<String, Object>> list = problems.stream().map(problem -> {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("field", problem.field());
            item.put("value", problem.value());
            item.put("rule", problem.rule());
            return item;
        }).toList();
        return error(400, "invalid annotation", Map.of("problems", list));
    }

    static String write(Map<String, Object> body) {
        try {
            return JSON.std.with(JSON.Feature.WRITE_NULL_PROPERTIES).asString(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
