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

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder builder = HealthCheckResponse.named("upstreams").up();
        routes.pools().forEach((service, pool) -> builder.withData(service,
                pool.healthyCount() + "/" + pool.instances.size() + " instances up, circuit "
                        + pool.breaker.state().name().toLowerCase(java.util.Locale.ROOT)));
        return builder.build();
    }
}
