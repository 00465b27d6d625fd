package com.callannotator.security;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Rebuilds the public URL Twilio requested, which is what Twilio signed.
 *
 * <p>With a configured public base URL (custom domain, base-path mapping, proxy), the URL is that base plus the
 * route and the query; otherwise it is the scheme, host, non-default port and path API Gateway saw.
 */
public final class PublicUrl {

    private final Optional<String> base;

    /** @param publicBaseUrl e.g. {@code https://hooks.example.com/twilio}; empty to rebuild from each request */
    public PublicUrl(Optional<URI> publicBaseUrl) {
        this.base = publicBaseUrl.map(URI::toString)
                .map(url -> url.endsWith("/") ? url.substring(0, url.length() - 1) : url);
    }

    /**
     * The URL Twilio requested.
     *
     * @param request what API Gateway delivered
     */
    public String of(RequestLine request) {
        String query = request.rawQuery() == null || request.rawQuery().isEmpty() ? "" : "?" + request.rawQuery();
        if (base.isPresent()) {
            return base.get() + routeOf(request.path()) + query;
        }
        String scheme = request.forwardedProto() == null ? "https" : request.forwardedProto().toLowerCase(Locale.ROOT);
        String port = request.forwardedPort();
        boolean defaultPort = port == null || port.isEmpty()
                || ("https".equals(scheme) && "443".equals(port)) || ("http".equals(scheme) && "80".equals(port));
        String hostPort = defaultPort || request.host().contains(":") ? request.host() : request.host() + ":" + port;
        return scheme + "://" + hostPort + request.path() + query;
    }

    /**
     * The query string for decoded parameters, as a REST API (payload 1.0) delivers them in
     * {@code multiValueQueryStringParameters}: names in the order given, each name's values in order, strictly
     * percent-encoded with {@code +} for a space. The original spelling is lost in API Gateway, so the signature check
     * also tries the other spellings ({@link SignatureVerifier}); the original order of interleaved repeated names
     * ({@code a=1&b=2&a=3}) is lost too and cannot be recovered.
     *
     * @param parameters name to values; may be null or empty
     * @return the query without {@code ?}; empty when there are no parameters
     */
    public static String queryOf(Map<String, List<String>> parameters) {
        if (parameters == null) {
            return "";
        }
        List<String[]> pairs = new ArrayList<>();
        parameters.forEach((name, values) -> {
            if (name == null) {
                return; // API Gateway never sends one; a hand-made event may.
            }
            for (String value : values == null ? List.<String>of() : values) {
                pairs.add(new String[] {name, value == null ? "" : value});
            }
        });
        return QuerySpellings.strict(pairs);
    }

    /** The route a path names: its last segment with the slash, e.g. {@code /survey} for {@code /Prod/survey}. */
    public static String routeOf(String path) {
        String trimmed = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        int slash = trimmed.lastIndexOf('/');
        return slash < 0 ? "/" + trimmed : trimmed.substring(slash);
    }

    /**
     * The parts of a request that make up its URL.
     *
     * @param host the {@code Host} header
     * @param path the full path as the client requested it (stage included)
     * @param rawQuery the query string without {@code ?}, as received; may be empty
     * @param forwardedProto {@code X-Forwarded-Proto}; may be null (https)
     * @param forwardedPort {@code X-Forwarded-Port}; may be null
     */
    public record RequestLine(String host, String path, String rawQuery, String forwardedProto, String forwardedPort) {
    }
}
