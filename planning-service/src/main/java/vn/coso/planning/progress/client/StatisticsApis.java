package vn.coso.planning.progress.client;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import io.quarkus.oidc.client.filter.OidcClientFilter;

/** The other services' statistics endpoints, called with planning-service's own client credentials. */
final class StatisticsApis {

    private StatisticsApis() {
    }

    @RegisterRestClient(configKey = "membership-statistics")
    @OidcClientFilter
    @Path("/api/membership/statistics")
    interface Membership {

        @GET
        @Path("/admissions/by-unit")
        AdmissionsByUnit admissionsByUnit(@QueryParam("year") int year, @QueryParam("unit") UUID unit);
    }

    @RegisterRestClient(configKey = "dialogue-statistics")
    @OidcClientFilter
    @Path("/api/dialogue/statistics")
    interface Dialogue {

        @GET
        DialogueFigures statistics(@QueryParam("from") LocalDate from, @QueryParam("to") LocalDate to,
                @QueryParam("unit") UUID unit);
    }
}
