package vn.coso.gateway;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Reports each upstream in the gateway's readiness: healthy instances and the circuit's state. The gateway stays
 * ready while one service is down: the other services must keep being served (a down service answers 503 on its own
 * routes).
 */
@Readiness
@ApplicationScoped
public class UpstreamHealth implements HealthCheck {

    private final GatewayRoutes routes;

    public UpstreamHealth(GatewayRoutes routes) {
        this.routes = routes;
    }

    /** Each upstream's instances and circuit, for administrators ({@code /admin/*} is theirs only, see config). */
    void register(@jakarta.enterprise.event.Observes io.vertx.ext.web.Router router) {
        router.get("/admin/upstreams").handler(rc -> {
            io.vertx.core.json.JsonObject body = new io.vertx.core.json.JsonObject();
            routes.pools().forEach((service, pool) -> body.put(service, detail(pool)));
            rc.response().putHeader("Content-Type", "application/json").end(body.encode());
        });
    }

    static String detail(UpstreamPool pool) {
        return pool.healthyCount() + "/" + pool.instances.size() + " instances up, circuit "
                + pool.breaker.state().name().toLowerCase(java.util.Locale.ROOT);
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder builder = HealthCheckResponse.named("upstreams").up();
        // open to anyone (the probes): up or down per service, never instance counts, addresses or circuit states
        routes.pools().forEach((service, pool) -> builder.withData(service, pool.healthyCount() > 0 ? "up" : "down"));
        return builder.build();
    }
}
