package vn.coso.gateway;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Every /api request needs a valid bearer token, except the citizens' public dialogue endpoints. Quarkus OIDC has
 * already validated any token the request carries (proactive authentication, local signature check); this handler
 * only decides, and answers a missing token with a 401 problem before any upstream is touched.
 */
@ApplicationScoped
public class TokenRequired {

    void register(@Observes Router router) {
        router.route("/api/*").order(GatewayRoutes.ROUTE_ORDER - 2).handler(TokenRequired::check);
    }

    static void check(RoutingContext rc) {
        boolean authenticated = rc.user() instanceof QuarkusHttpUser user && user.getSecurityIdentity() != null
                && !user.getSecurityIdentity().isAnonymous();
        if (authenticated || RateLimiter.isPublic(rc.request().path())) {
            rc.next();
        } else {
            GatewayProblems.send(rc, GatewayProblems.Kind.UNAUTHORIZED, 0);
        }
    }
}
