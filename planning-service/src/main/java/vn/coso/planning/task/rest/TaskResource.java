package vn.coso.planning.task.rest;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import vn.coso.planning.task.Task;
import vn.coso.planning.task.service.TaskRequests;
import vn.coso.planning.task.service.TaskService;
import vn.coso.planning.task.service.TaskView;
import vn.coso.platform.idempotency.Idempotent;
import vn.coso.platform.paging.PageParams;
import vn.coso.platform.problem.ProblemException;
import vn.coso.platform.web.Responses;

@Path("/api/planning/tasks")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Tasks", description = "Work that documents assign to units, its progress and who is late")
public class TaskResource {

    private final TaskService tasks;

    public TaskResource(TaskService tasks) {
        this.tasks = tasks;
    }

    @POST
    @Extension(name = Responses.STATUSES, value = "201")
    @Idempotent
    @RolesAllowed({"leader", "organizer"})
    @Operation(summary = "Assign work from a document to a unit below its issuer", description = "E.g. \"report "
            + "the results before 30/10/2023\" from plan 100-KH/HU. The due date cannot precede the document.")
    public RestResponse<TaskView> create(@NotNull @Valid TaskRequests.Create request,
            @HeaderParam("Idempotency-Key") String key) {
        return Responses.created("/api/planning/tasks", tasks.create(request));
    }

    @GET
    @RolesAllowed({"admin", "leader", "organizer", "secretary", "integration"})
    @Operation(summary = "Tasks of the caller's subtree, by due date", description = "overdue=true keeps the open "
            + "tasks past their due date. X-Total-Count gives the total.")
    public RestResponse<List<TaskView>> list(@QueryParam("unitId") UUID unitId,
            @QueryParam("documentId") UUID documentId, @QueryParam("status") Task.Status status,
            @QueryParam("overdue") @DefaultValue("false") Boolean overdue, @BeanParam @Valid PageParams page) {
        return tasks.list(unitId, documentId, status, overdue, page).toResponse();
    }

    @GET
    @Path("/overdue")
    @RolesAllowed({"admin", "leader", "organizer", "secretary", "integration"})
    @Operation(summary = "Overdue tasks grouped by unit, the units with most first", description = "Under unitId "
            + "(default: the caller's subtree); a page of units, each with all its overdue tasks. X-Total-Count "
            + "gives the number of units with overdue tasks.")
    public RestResponse<List<TaskView.Overdue>> overdue(@QueryParam("unitId") UUID unitId,
            @BeanParam @Valid PageParams page) {
        return tasks.overdue(unitId, page).toResponse();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({"admin", "leader", "organizer", "secretary", "integration"})
    @Operation(summary = "A task with its progress notes")
    public RestResponse<TaskView> get(@PathParam("id") UUID id) {
        return Responses.ok(tasks.get(id).orElseThrow(ProblemException::notFound));
    }

    @POST
    @Path("/{id}/notes")
    @RolesAllowed({"leader", "organizer", "secretary"})
    @Operation(summary = "Report progress on a task (If-Match)")
    public RestResponse<TaskView> note(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid TaskRequests.Note request) {
        return Responses.ok(tasks.note(id, ifMatch, request).orElseThrow(ProblemException::notFound));
    }

    @POST
    @Path("/{id}/completion")
    @RolesAllowed({"leader", "organizer", "secretary"})
    @Operation(summary = "Mark a task done on a date (If-Match)")
    public RestResponse<TaskView> complete(@PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @NotNull @Valid TaskRequests.Completion request) {
        return Responses.ok(tasks.complete(id, ifMatch, request).orElseThrow(ProblemException::notFound));
    }

    @POST
    @Path("/{id}/cancel")
    @RolesAllowed({"leader", "organizer"})
    @Operation(summary = "Cancel a task, with the reason (If-Match)")
    public RestResponse<TaskView> cancel(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid TaskRequests.Cancellation request) {
        return Responses.ok(tasks.cancel(id, ifMatch, request).orElseThrow(ProblemException::notFound));
    }
}
