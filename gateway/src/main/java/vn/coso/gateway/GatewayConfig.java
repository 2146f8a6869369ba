package vn.coso.gateway;

import java.net.URI;
import java.util.Map;

import io.smallrye.config.ConfigMapping;

/** The gateway's settings. */
@ConfigMapping(prefix = "coso.gateway")
public interface GatewayConfig {

    /**
     * Base address of each service, by the second segment of its API prefix: {@code membership} serves
     * {@code /api/membership/**}.
     */
    Map<String, URI> upstreams();
}
