package com.callannotator.security;

import java.util.List;

/**
 * The two spellings of a URL that Twilio may have signed: with and without the port. The rest of the URL is kept
 * byte for byte; unlike twilio-java (issue #601) we never decode and re-encode the path or query.
 */
final class PortVariants {

    private PortVariants() {
    }

    /** {@code url} as given plus its other spelling (default port added, or explicit port removed). */
    static List<String> of(String url) {
        int schemeEnd = url.indexOf("://");
        if (schemeEnd < 0) {
            return List.of(url);
        }
        String scheme = url.substring(0, schemeEnd);
        int authorityStart = schemeEnd + 3;
        int authorityEnd = authorityEnd(url, authorityStart);
        String authority = url.substring(authorityStart, authorityEnd);
        int portSeparator = portSeparator(authority);
        String before = url.substring(0, authorityStart);
        String after = url.substring(authorityEnd);
        if (portSeparator >= 0) {
            return List.of(url, before + authority.substring(0, portSeparator) + after);
        }
        String defaultPort = scheme.equalsIgnoreCase("https") ? "443" : "80";
        return List.of(url, before + authority + ":" + defaultPort + after);
    }

    private static int authorityEnd(String url, int from) {
        for (int i = from; i < url.length(); i++) {
            char c = url.charAt(i);
            if (c == '/' || c == '?' || c == '#') {
                return i;
            }
        }
        return url.length();
    }

    /** The index of the ':' before a port, or -1; IPv6 literals are bracketed. */
    private static int portSeparator(String authority) {
        int colon = authority.lastIndexOf(':');
        return colon > authority.lastIndexOf(']') ? colon : -1;
    }
}
