package vn.coso.platform.units;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import io.quarkus.oidc.client.filter.OidcClientFilter;

/** planning-service's unit change feed, called with this service's own client credentials. */
@RegisterRestClient(configKey = "unit-feed")
@OidcClientFilter
@Path("/api/planning/units/changes")
public interface UnitFeedClient {

    @GET
    UnitFeedPage changes(@QueryParam("changedSince") long changedSince, @QueryParam("size") int size);
}
