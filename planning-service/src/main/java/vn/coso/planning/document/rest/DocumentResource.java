package vn.coso.planning.document.rest;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
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

import vn.coso.planning.document.DocumentType;
import vn.coso.planning.document.service.DocumentRequest;
import vn.coso.planning.document.service.DocumentService;
import vn.coso.planning.document.service.DocumentView;
import vn.coso.platform.idempotency.Idempotent;
import vn.coso.platform.paging.PageParams;
import vn.coso.platform.problem.ProblemException;
import vn.coso.platform.web.Responses;

@Path("/api/planning/documents")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Documents", description = "Numbered documents: resolutions, plans, directives, decisions, reports…")
public class DocumentResource {

    private final DocumentService documents;

    public DocumentResource(DocumentService documents) {
        this.documents = documents;
    }

    @POST
    @Extension(name = Responses.STATUSES, value = "201")
    @Idempotent
    @RolesAllowed({"leader", "organizer", "secretary", "inspector"})
    @Operation(summary = "Number and register a document", description = "Gives the next number of the issuer's "
            + "sequence for the type within the committee term covering the date, or registers a paper document "
            + "under its printed number (409 if that number is taken).")
    public RestResponse<DocumentView> issue(@NotNull @Valid DocumentRequest request,
            @HeaderParam("Idempotency-Key") String key) {
        DocumentView issued = documents.issue(request);
        return Responses.created("/api/planning/documents", issued);
    }

    @GET
    @RolesAllowed({"admin", "organizer", "secretary", "leader", "dialogue-officer", "handler", "supervisor",
            "integration", "inspector"})
    @Operation(summary = "Documents issued in the caller's subtree or addressed to it, newest first")
    public RestResponse<List<DocumentView>> list(@QueryParam("issuerId") UUID issuerId,
            @QueryParam("type") DocumentType type, @QueryParam("year") @Min(1945) @Max(2100) Integer year,
            @BeanParam @Valid PageParams page) {
        return documents.list(issuerId, type, year, page).toResponse();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({"admin", "organizer", "secretary", "leader", "dialogue-officer", "handler", "supervisor",
            "integration", "inspector"})
    @Operation(summary = "One document")
    public RestResponse<DocumentView> get(@PathParam("id") UUID id) {
        DocumentView view = documents.get(id).orElseThrow(ProblemException::notFound);
        return Responses.ok(view);
    }

    @POST
    @Path("/{id}/cancel")
    @RolesAllowed({"leader", "organizer"})
    @Operation(summary = "Cancel a document", description = "Its number stays taken and is never given again. "
            + "If-Match must carry the ETag of the version read.")
    public RestResponse<DocumentView> cancel(@PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid CancelRequest request) {
        DocumentView view = documents.cancel(id, ifMatch, request.reason()).orElseThrow(ProblemException::notFound);
        return Responses.ok(view);
    }
}
