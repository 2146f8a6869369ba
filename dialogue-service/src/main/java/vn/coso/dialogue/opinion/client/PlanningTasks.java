package vn.coso.dialogue.opinion.client;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import io.quarkus.oidc.client.filter.OidcClientFilter;

/**
 * planning-service's tasks of opinions ({@code /api/planning/opinion-tasks}), called with dialogue-service's own
 * client credentials (the realm role {@code dialogue-service}). A put is idempotent by the opinion's id.
 */
public final class PlanningTasks {

    private PlanningTasks() {
    }

    @RegisterRestClient(configKey = "planning-tasks")
    @OidcClientFilter
    @Path("/api/planning/opinion-tasks")
    @Produces(MediaType.APPLICATION_JSON)
    @Consumes(MediaType.APPLICATION_JSON)
    public interface Api {

        @PUT
        @Path("/{opinionId}")
        Task put(@PathParam("opinionId") UUID opinion, Order order);

        @GET
        List<Task> ofOpinions(@QueryParam("opinion") List<UUID> opinions);
    }

    /** What the handler unit is asked to do: no text of the opinion, no person. */
    public record Order(UUID unitId, String title, String description, LocalDate assignedOn, LocalDate dueOn,
            String requestedBy) {
    }

    /** The task as planning answers it (what dialogue shows of it). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Task(UUID id, UUID unitId, String status, int progress, LocalDate dueOn, LocalDate completedOn,
            Opinion opinion) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Opinion(UUID id) {
    }
}
