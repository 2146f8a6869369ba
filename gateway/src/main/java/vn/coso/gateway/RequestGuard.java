package vn.coso.gateway;

import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.vertx.http.runtime.filters.Filters;
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
        var headers = rc.request().headers();
        if (isSuspicious(rc.request().path())
                || headers.contains("Transfer-Encoding") && headers.contains("Content-Length")
                || headers.getAll("Content-Length").size() > 1) {
            GatewayProblems.send(rc, GatewayProblems.Kind.MALFORMED, 0);
            return;
        }
        rc.next();
    }

    static boolean isSuspicious(String rawPath) {
        if (rawPath == null || rawPath.isEmpty() || rawPath.charAt(0) != '/') {
            return true;
        }
        String lower = rawPath.toLowerCase(Locale.ROOT);
        if (lower.contains("%2e") || lower.contains("%2f") || lower.contains("%5c") || lower.contains("%00")
                || lower.contains("%25") || lower.contains("\\") || lower.contains("//")) {
            return true;
        }
        for (String segment : rawPath.split("/", -1)) {
            if (segment.equals("..") || segment.equals(".")) {
                return true;
            }
        }
        for (int i = 0; i < rawPath.length(); i++) {
            if (rawPath.charAt(i) < 0x20 || rawPath.charAt(i) == 0x7f) {
                return true;
            }
        }
        return false;
    }
}
