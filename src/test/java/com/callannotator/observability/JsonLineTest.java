package com.callannotator.observability;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.jr.ob.JSON;
import java.io.IOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

final class JsonLineTest {

    @Test
    void of_nestedValues_isWhatJacksonReadsBack() throws IOException {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("text", "quote \" backslash \\ newline \n tab \t bell \u0007 line-sep \u2028 emoji \ud83d\ude00");
        line.put("int", 17007);
        line.put("double", 12.5);
        line.put("flag", true);
        line.put("none", null);
        line.put("list", Arrays.asList("a", 1, null, List.of()));
        line.put("map", Map.of("k", Map.of()));

        String json = JsonLine.of(line);

        assertEquals(line, JSON.std.mapFrom(json));
    }

    @Test
    void of_controlCharacters_areEscaped() {
        assertEquals("\"a\\u0001b\\r\"", JsonLine.of("a\u0001b\r"));
        assertEquals("{\"k\":[1,\"x\"]}", JsonLine.of(Map.of("k", List.of(1, "x"))));
    }
}
