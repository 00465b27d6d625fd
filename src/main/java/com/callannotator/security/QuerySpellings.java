package com.callannotator.security;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.net.URLDecoder;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The spellings of a URL's query string that Twilio may have signed for the query we received.
 *
 * <p>Twilio signs the URL as it was configured, but what reaches us may be spelled differently: Twilio itself sends
 * {@code :} and {@code @} escaped while signing them raw (twilio-node #621), signs {@code '} raw (twilio-node #1059,
 * twilio-ruby #528), and a REST API (payload 1.0) hands us only the decoded parameters, so the original spelling
 * ({@code +} or {@code %20} for a space) is lost. The spellings are: the query as received, then the same decoded
 * pairs, in the same order, re-encoded in four styles (space as {@code +} or {@code %20}; strict percent-encoding or
 * the characters RFC 3986 allows raw in a query left raw). A re-spelling never changes which parameters and values
 * the URL carries, so accepting it lets nothing new in. The path and anything but the query are never touched.
 */
final class QuerySpellings {

    /** Characters RFC 3986 allows unescaped in a query, less the ones a form query gives meaning: & = + and #. */
    private static final String LENIENT_RAW = "-._~!$'()*,;:@/?";
    private static final String STRICT_RAW = "-._~";
    private static final String HEX = "0123456789ABCDEF";

    private QuerySpellings() {
    }

    /** {@code url} as given, then its re-spelled variants, without duplicates; just {@code url} without a query. */
    static List<String> of(String url) {
        int question = url.indexOf('?');
        if (question < 0 || url.indexOf('#') >= 0) {
            return List.of(url);
        }
        List<String[]> pairs = decode(url.substring(question + 1));
        if (pairs == null) {
            return List.of(url);
        }
        String prefix = url.substring(0, question + 1);
        Set<String> spellings = new LinkedHashSet<>();
        spellings.add(url);
        for (String raw : List.of(STRICT_RAW, LENIENT_RAW)) {
            spellings.add(prefix + encode(pairs, raw, "+"));
            spellings.add(prefix + encode(pairs, raw, "%20"));
        }
        return List.copyOf(spellings);
    }

    /**
     * The query for decoded {@code parameters}, in their order, percent-encoded strictly with {@code +} for a space:
     * how a REST API's {@code multiValueQueryStringParameters} are turned back into a query.
     */
    static String strict(List<String[]> parameters) {
        return encode(parameters, STRICT_RAW, "+");
    }

    /** The (name, value or null) pairs; null when a percent escape is malformed. */
    private static List<String[]> decode(String query) {
        List<String[]> pairs = new ArrayList<>();
        try {
            for (String pair : query.split("&", -1)) {
                int equals = pair.indexOf('=');
                String name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), UTF_8);
                String value = equals < 0 ? null : URLDecoder.decode(pair.substring(equals + 1), UTF_8);
                pairs.add(new String[] {name, value});
            }
        } catch (IllegalArgumentException e) {
            return null;
        }
        return pairs;
    }

    private static String encode(List<String[]> pairs, String raw, String space) {
        StringBuilder query = new StringBuilder();
        for (String[] pair : pairs) {
            if (query.length() > 0) {
                query.append('&');
            }
            encode(pair[0], raw, space, query);
            if (pair[1] != null) {
                encode(pair[1], raw, space, query.append('='));
            }
        }
        return query.toString();
    }

    private static void encode(String text, String raw, String space, StringBuilder out) {
        for (byte b : text.getBytes(UTF_8)) {
            char c = (char) (b & 0xff);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || raw.indexOf(c) >= 0) {
                out.append(c);
            } else if (c == ' ') {
                out.append(space);
            } else {
                out.append('%').append(HEX.charAt((b >> 4) & 0xf)).append(HEX.charAt(b & 0xf));
            }
        }
    }
}
