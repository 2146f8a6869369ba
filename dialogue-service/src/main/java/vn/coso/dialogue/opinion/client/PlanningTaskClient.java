package vn.coso.dialogue.opinion.client;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;

import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * planning-service's tasks of opinions, as the delivery calls them. Failures are thrown as they come (a
 * {@code WebApplicationException} with planning's status, or a processing failure when it cannot be reached): the
 * caller decides what is retried.
 */
@ApplicationScoped
public class PlanningTaskClient {

    /** Resolved on first use: a test or a deployment without planning never builds it. */
    private final Instance<PlanningTasks.Api> api;

    public PlanningTaskClient(@RestClient Instance<PlanningTasks.Api> api) {
        this.api = api;
    }

    public PlanningTasks.Task put(UUID opinion, PlanningTasks.Order order) {
        return api.get().put(opinion, order);
    }

    public List<PlanningTasks.Task> ofOpinions(List<UUID> opinions) {
        return api.get().ofOpinions(opinions);
    }
}
