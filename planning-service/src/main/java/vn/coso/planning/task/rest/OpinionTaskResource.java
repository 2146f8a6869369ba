package vn.coso.planning.task.rest;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import vn.coso.planning.task.service.OpinionTaskRequest;
import vn.coso.planning.task.service.OpinionTaskService;
import vn.coso.planning.task.service.TaskView;
import vn.coso.platform.web.Responses;
import vn.coso.platform.web.Versions;

/**
 * dialogue-service's side door to tasks: the work a citizen's opinion causes, set by the opinion's id so that a
 * retry never creates twice. Only dialogue-service's own account calls it; people see and report on these tasks
 * through {@code /api/planning/tasks} like any other.
 */
@Path("/api/planning/opinion-tasks")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Tasks")
public class OpinionTaskResource {

    private final OpinionTaskService tasks;

    public OpinionTaskResource(OpinionTaskService tasks) {
        this.tasks = tasks;
    }

    @PUT
    @Extension(name = Responses.STATUSES, value = "200,201")
    @Path("/{opinionId}")
    @RolesAllowed("dialogue-service")
    @Operation(summary = "Set the task of an assigned opinion (dialogue-service only)", description = "201 when "
            + "this call created it, 200 when it stood already (unchanged, or updated: another unit, a new due "
            + "date); 409 when it is closed and the request differs. The opinion stays open until its reply.")
    public RestResponse<TaskView> put(@PathParam("opinionId") UUID opinion,
            @NotNull @Valid OpinionTaskRequest request) {
        OpinionTaskService.Outcome outcome = tasks.put(opinion, request);
        TaskView task = outcome.task();
        RestResponse.ResponseBuilder<TaskView> response = outcome.created()
                ? RestResponse.ResponseBuilder.created(URI.create("/api/planning/tasks/" + task.id()))
                : RestResponse.ResponseBuilder.ok();
        return response.entity(task).tag(Versions.etag(task.version())).build();
    }

    @GET
    @RolesAllowed("dialogue-service")
    @Operation(summary = "The tasks of the given opinions, for dialogue-service to show their state")
    public List<TaskView> ofOpinions(
            @Parameter(description = "Opinion ids (repeat the parameter), at most 100") @QueryParam("opinion") @NotEmpty @Size(max = 100) List<UUID> opinions) {
        return tasks.ofOpinions(opinions);
    }
}
