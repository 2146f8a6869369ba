package vn.coso.gateway;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;

/**
 * Runs before routing and before the token check: refuses paths that try to climb out of a route
 * ({@code /api/dialogue/public/../../membership}, encoded dots or slashes, backslashes, control characters), so that
 * the security policy and the route always see the same path the upstream will see, and requests whose length is
 * ambiguous (both {@code Content-Length} and {@code Transfer-Encoding}, or two lengths: the stuff of request
 * smuggling). Such a request never reaches an upstream.
 */
@ApplicationScoped
public class RequestGuard {

    /** Higher runs earlier; above Quarkus's security handlers. */
    static final int PRIORITY = 10_000;

    void register(@Observes Filters filters) {
        filters.register(RequestGuard::check, PRIORITY);
    }

    static void check(RoutingContext rc) {
        RequestIds.assign(rc);
        if (refuses(rc.request())) {
            GatewayProblems.send(rc, GatewayProblems.Kind.MALFORMED, 0);
            return;
        }
        rc.next();
    }

    /** Whether the request climbs out of its route or has an ambiguous length. */
    static boolean refuses(HttpServerRequest request) {
        var headers = request.headers();
        return isSuspicious(request.path())
                || headers.contains("Transfer-Encoding") && headers.contains("Content-Length")
                || headers.getAll("Content-Length").size() > 1;
    }

    static boolean isSuspicious(String rawPath) {
        if (rawPath == null || rawPath.isEmpty() || rawPath.charAt(0) != '/') {
            return true;
        }
        int n = rawPath.length();
        int segmentStart = 1;
        for (int i = 0; i < n; i++) {
            char c = rawPath.charAt(i);
            if (c < 0x20 || c == 0x7f || c == '\\') {
                return true;
            }
            if (c == '%' && i + 2 < n && encodesTrouble(rawPath.charAt(i + 1), rawPath.charAt(i + 2))) {
                return true; // an encoded dot, slash, backslash, NUL or percent
            }
            if (c == '/' && i > 0) {
                if (isDotSegment(rawPath, segmentStart, i)) {
                    return true;
                }
                if (i == segmentStart) {
                    return true; // an empty segment: "//"
                }
                segmentStart = i + 1;
            }
        }
        return isDotSegment(rawPath, segmentStart, n);
    }

    /** {@code %2e %2f %5c %00 %25}, in either case. */
    private static boolean encodesTrouble(char high, char low) {
        char l = Character.toLowerCase(low);
        return high == '2' && (l == 'e' || l == 'f' || l == '5') || high == '5' && l == 'c'
                || high == '0' && l == '0';
    }

    private static boolean isDotSegment(String path, int start, int end) {
        int length = end - start;
        return length == 1 && path.charAt(start) == '.'
                || length == 2 && path.charAt(start) == '.' && path.charAt(start + 1) == '.';
    }
}
