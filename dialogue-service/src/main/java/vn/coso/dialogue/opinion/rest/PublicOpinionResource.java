package vn.coso.dialogue.opinion.rest;

import java.net.URI;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import io.quarkus.security.identity.SecurityIdentity;

import vn.coso.dialogue.opinion.Opinion;
import vn.coso.dialogue.opinion.service.OpinionIntake;
import vn.coso.dialogue.opinion.service.OpinionQueries;
import vn.coso.dialogue.opinion.service.OpinionRequests;
import vn.coso.dialogue.opinion.service.OpinionView;
import vn.coso.platform.idempotency.Idempotent;
import vn.coso.platform.problem.ProblemException;
import vn.coso.platform.web.Responses;

/**
 * For citizens, without an account: submit an opinion and follow it with its tracking code. The answer shows the
 * state and the published reply, and nothing about anyone. The gateway rate-limits these routes per address.
 */
@Path("/api/dialogue/public/opinions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Public", description = "Citizens' opinions without an account")
public class PublicOpinionResource {

    @Schema(name = "PublicOpinionReceipt")
    public record Receipt(@Schema(description = "Keep it to follow the opinion") String trackingCode,
            String status) {
    }

    private final OpinionIntake intake;
    private final OpinionQueries queries;
    private final SecurityIdentity identity;
    private final JsonWebToken token;

    public PublicOpinionResource(OpinionIntake intake, OpinionQueries queries, SecurityIdentity identity,
            JsonWebToken token) {
        this.intake = intake;
        this.queries = queries;
        this.identity = identity;
        this.token = token;
    }

    @POST
    @Extension(name = Responses.STATUSES, value = "201")
    @PermitAll
    @Idempotent
    @Operation(summary = "Submit an opinion; the answer carries the tracking code", description = "A phone on a bad "
            + "network retries: the same Idempotency-Key answers the same tracking code and records one opinion.")
    public RestResponse<Receipt> submit(@NotNull @Valid OpinionRequests.Public request,
            @Parameter(description = "Makes the submission safe to retry") @HeaderParam("Idempotency-Key") String key) {
        String citizen = !identity.isAnonymous() && identity.hasRole("citizen") ? token.getSubject() : null;
        Opinion o = intake.submitPublic(request, citizen);
        return RestResponse.ResponseBuilder
                .<Receipt>created(URI.create("/api/dialogue/public/opinions/" + o.trackingCode))
                .entity(new Receipt(o.trackingCode, o.status.name())).build();
    }

    @GET
    @Path("/{code}")
    @PermitAll
    @Operation(summary = "The state of an opinion and its published reply")
    public OpinionView.Tracked track(@PathParam("code") String code) {
        return queries.track(code).orElseThrow(ProblemException::notFound);
    }
}
