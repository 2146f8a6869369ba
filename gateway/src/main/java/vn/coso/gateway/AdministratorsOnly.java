package vn.coso.gateway;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * The gateway's internal figures, for administrators only: the metrics (routes, timings, pools) and each upstream's
 * instances and circuit. Without a token a 401, with another role a 403, both as problems. Health stays open for the
 * probes (it says only up or down).
 */
@ApplicationScoped
public class AdministratorsOnly {

    static final String ROLE = "admin";

    void register(@Observes Router router) {
        for (String path : new String[]{"/q/metrics", "/q/metrics/*", "/admin/*"}) {
            router.route(path).order(-100).handler(AdministratorsOnly::check);
        }
    }

    static void check(RoutingContext rc) {
        var identity = rc.user() instanceof QuarkusHttpUser user ? user.getSecurityIdentity() : null;
        if (identity == null || identity.isAnonymous()) {
            GatewayProblems.send(rc, GatewayProblems.Kind.UNAUTHORIZED, 0);
        } else if (!identity.hasRole(ROLE)) {
            GatewayProblems.send(rc, GatewayProblems.Kind.FORBIDDEN, 0);
        } else {
            rc.next();
        }
    }
}
