package vn.coso.membership.privacy;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import vn.coso.platform.problem.ProblemException;

@Path("/api/membership/candidates/{id}/personal-data")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Personal data", description = "Export and erasure of a candidate's personal data")
public class PersonalDataResource {

    private final PersonalDataService personalData;

    public PersonalDataResource(PersonalDataService personalData) {
        this.personalData = personalData;
    }

    @GET
    @RolesAllowed("organizer")
    @Operation(summary = "Everything recorded about a candidate, for the candidate's request (audited)")
    public PersonalDataService.Export export(@PathParam("id") UUID id) {
        return personalData.export(id).orElseThrow(ProblemException::notFound);
    }

    @DELETE
    @RolesAllowed("organizer")
    @Operation(summary = "Erase a withdrawn or rejected candidate's dossier", description = "The anonymous events of "
            + "the yearly figures stay; the name, the history and every step go.")
    public RestResponse<Void> erase(@PathParam("id") UUID id) {
        if (!personalData.erase(id)) {
            throw ProblemException.notFound();
        }
        return RestResponse.noContent();
    }
}
