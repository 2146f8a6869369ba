package vn.coso.platform.calendar;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import io.quarkus.oidc.client.filter.OidcClientFilter;

/** planning-service's calendar decisions, read with this service's own client credentials. */
@RegisterRestClient(configKey = "planning-calendar")
@OidcClientFilter
@Path("/api/planning/calendar/overrides")
public interface CalendarClient {

    @GET
    List<CalendarOverride> overrides();
}
