package com.callannotator.fuzz;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One fuzzed HTTP request, read from a text the fuzzer mutates and a person can write as a seed:
 * <pre>
 * POST /Prod/annotations?a=1
 * host: hooks.example.com
 * content-type: application/json
 * x-twilio-signature: SIGN
 *
 * {"call_sid": "CA…", "call_score": 4}
 * </pre>
 * A signature header whose value is {@value #SIGN} is replaced by the correct signature of the request as the
 * function will see it, so the same text explores unsigned and correctly signed input. A header line
 * {@value #BASE64} sends the body text as already base64-encoded (malformed base64 included).
 *
 * @param method the method as sent (any case, maybe empty)
 * @param path the path, stage included
 * @param query the raw query without {@code ?}; empty when none
 * @param headers the header lines in order, names as sent (repeats allowed, as a stranger may send them)
 * @param body the body text
 * @param base64 true when {@code body} is to be delivered as is with {@code isBase64Encoded}
 */
record FuzzInput(String method, String path, String query, List<Map.Entry<String, String>> headers, String body,
        boolean base64) {

    static final String SIGN = "SIGN";
    static final String BASE64 = "@base64";

    /** Reads {@code data}; any bytes give some request. */
    static FuzzInput parse(byte[] data) {
        String text = new String(data, UTF_8).replace("\r\n", "\n");
        int blank = text.indexOf("\n\n");
        String head = blank < 0 ? text : text.substring(0, blank);
        String body = blank < 0 ? "" : text.substring(blank + 2);
        String[] lines = head.split("\n", -1);
        String[] requestLine = lines[0].split(" ", 2);
        String target = requestLine.length > 1 ? requestLine[1] : "/";
        int question = target.indexOf('?');
        List<Map.Entry<String, String>> headers = new ArrayList<>();
        boolean base64 = false;
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (lines[i].trim().equals(BASE64)) {
                base64 = true;
            } else if (colon > 0) {
                headers.add(Map.entry(lines[i].substring(0, colon).trim(), lines[i].substring(colon + 1).trim()));
            }
        }
        return new FuzzInput(requestLine[0], question < 0 ? target : target.substring(0, question),
                question < 0 ? "" : target.substring(question + 1), headers, body, base64);
    }

    /** The last value of header {@code name} in any case, or null. */
    String header(String name) {
        String value = null;
        for (Map.Entry<String, String> header : headers) {
            if (header.getKey().equalsIgnoreCase(name)) {
                value = header.getValue();
            }
        }
        return value;
    }

    /** True when the signature is to be computed: the request is then correctly signed. */
    boolean signed() {
        return SIGN.equals(header("x-twilio-signature"));
    }

    /** The same request with {@code query}. */
    FuzzInput withQuery(String newQuery) {
        return new FuzzInput(method, path, newQuery, headers, body, base64);
    }
}
