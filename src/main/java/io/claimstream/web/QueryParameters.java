package io.claimstream.web;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The query string of an API request, checked: a parameter the endpoint does not take, or a value it cannot use,
 * is a {@link BadRequestException} naming the parameter and what it takes, rather than something silently ignored.
 */
final class QueryParameters {
    static final int MAX_TEXT = 200;

    private final String endpoint;
    private final Map<String, String> values = new HashMap<>();

    private QueryParameters(String endpoint) {
        this.endpoint = endpoint;
    }

    static QueryParameters parse(String endpoint, String rawQuery, Set<String> allowed) {
        QueryParameters q = new QueryParameters(endpoint);
        if (rawQuery == null || rawQuery.isEmpty()) return q;
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) continue;
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            if (!allowed.contains(name)) {
                throw new BadRequestException("unknown parameter '" + name + "': " + endpoint + " takes " + String.join(", ", allowed.stream().sorted().toList()));
            }
            if (q.values.put(name, value) != null) throw new BadRequestException("parameter '" + name + "' is given twice");
        }
        return q;
    }

    Optional<String> text(String name) {
        String v = values.get(name);
        if (v == null || v.isBlank()) return Optional.empty();
        if (v.length() > MAX_TEXT) throw new BadRequestException(name + " is longer than " + MAX_TEXT + " characters");
        return Optional.of(v.strip());
    }

    int integer(String name, int fallback, int min, int max) {
        String v = values.get(name);
        if (v == null || v.isBlank()) return fallback;
        try {
            int n = Integer.parseInt(v.strip());
            if (n >= min && n <= max) return n;
        } catch (NumberFormatException notANumber) {
            // reported below, with the range
        }
        throw new BadRequestException(name + " must be a whole number from " + min + " to " + max + ", not '" + shorten(v) + "'");
    }

    boolean flag(String name) {
        String v = values.get(name);
        if (v == null || v.isEmpty() || v.equals("false")) return false;
        if (v.equals("true")) return true;
        throw new BadRequestException(name + " must be true or false, not '" + shorten(v) + "'");
    }

    static String shorten(String v) {
        return v.length() <= 40 ? v : v.substring(0, 40) + "…";
    }

    private static String decode(String s) {
        try {
            return URLDecoder.decode(s, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("the query string is not valid percent-encoding: " + e.getMessage());
        }
    }
}
