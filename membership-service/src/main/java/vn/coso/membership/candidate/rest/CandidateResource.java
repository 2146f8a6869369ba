package vn.coso.membership.candidate.rest;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import vn.coso.membership.candidate.service.CandidateRequest;
import vn.coso.membership.candidate.service.CandidateService;
import vn.coso.membership.candidate.service.CandidateSummary;
import vn.coso.membership.candidate.service.CandidateView;
import vn.coso.platform.idempotency.Idempotent;
import vn.coso.platform.paging.PageParams;
import vn.coso.platform.problem.ProblemException;
import vn.coso.platform.web.Responses;

@Path("/api/membership/candidates")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Candidates", description = "Candidates for party membership (quần chúng ưu tú)")
public class CandidateResource {

    private final CandidateService candidates;

    public CandidateResource(CandidateService candidates) {
        this.candidates = candidates;
    }

    @POST
    @Extension(name = Responses.STATUSES, value = "201")
    @Idempotent
    @RolesAllowed({"organizer", "secretary"})
    @Operation(summary = "List a candidate in a cell", description = "Send an Idempotency-Key so that a retry on a "
            + "bad network never creates a second candidate.")
    public RestResponse<CandidateView> create(@NotNull @Valid CandidateRequest request,
            @Parameter(description = "Makes the create safe to retry") @HeaderParam("Idempotency-Key") String key) {
        CandidateView created = candidates.create(request);
        return Responses.created("/api/membership/candidates", created);
    }

    @GET
    @RolesAllowed({"organizer", "secretary", "leader"})
    @Operation(summary = "Candidates of the caller's subtree", description = "Filtered, and sorted the Vietnamese way "
            + "(by given name, then full name); X-Total-Count gives the total.")
    public RestResponse<List<CandidateSummary>> list(@BeanParam @Valid CandidateFilter filter,
            @BeanParam @Valid PageParams page) {
        return candidates.list(filter.toSearch(), page).toResponse();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({"organizer", "secretary", "leader"})
    @Operation(summary = "A candidate's dossier (each read is audited)")
    public RestResponse<CandidateView> get(@PathParam("id") UUID id) {
        CandidateView view = candidates.read(id).orElseThrow(ProblemException::notFound);
        return Responses.ok(view);
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({"organizer", "secretary"})
    @Operation(summary = "Update a candidate", description = "If-Match must carry the ETag of the version read.")
    public RestResponse<CandidateView> update(@PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @NotNull @Valid CandidateRequest request) {
        CandidateView view = candidates.update(id, ifMatch, request).orElseThrow(ProblemException::notFound);
        return Responses.ok(view);
    }
}
