package vn.coso.membership.pipeline.rest;

import java.net.URI;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import io.quarkus.security.identity.SecurityIdentity;

import vn.coso.membership.pipeline.Dossier;
import vn.coso.membership.pipeline.Vote;
import vn.coso.membership.pipeline.service.AdmissionSteps;
import vn.coso.membership.pipeline.service.ChecklistService;
import vn.coso.membership.pipeline.service.ConfirmationSteps;
import vn.coso.membership.pipeline.service.DossierView;
import vn.coso.membership.pipeline.service.PipelineService;
import vn.coso.membership.pipeline.service.PreparationSteps;
import vn.coso.membership.pipeline.service.StepRequests;
import vn.coso.platform.idempotency.Idempotent;
import vn.coso.platform.problem.Messages;
import vn.coso.platform.problem.ProblemException;
import vn.coso.platform.web.Responses;

/**
 * The admission pipeline of one candidate: each step a sub-resource, recorded in the order of the regulations and
 * checked against the rules of its date. Every answer carries the whole pipeline and the stage that follows.
 */
@Path("/api/membership/candidates/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Admission pipeline", description = "The steps from awareness class to confirmation (DOMAIN.md §2)")
public class PipelineResource {

    static final String BASE = "/api/membership/candidates/";
    static final String KEY = "Idempotency-Key";

    private final PipelineService pipeline;
    private final PreparationSteps preparation;
    private final AdmissionSteps admission;
    private final ConfirmationSteps confirmation;
    private final ChecklistService checklists;
    private final SecurityIdentity identity;

    public PipelineResource(PipelineService pipeline, PreparationSteps preparation, AdmissionSteps admission,
            ConfirmationSteps confirmation, ChecklistService checklists, SecurityIdentity identity) {
        this.pipeline = pipeline;
        this.preparation = preparation;
        this.admission = admission;
        this.confirmation = confirmation;
        this.checklists = checklists;
        this.identity = identity;
    }

    @GET
    @Path("/pipeline")
    @RolesAllowed({"organizer", "secretary", "leader"})
    @Operation(summary = "Every step recorded so far (an audited read of the dossier)")
    public DossierView get(@PathParam("id") UUID id) {
        return DossierView.of(pipeline.read(id).orElseThrow(ProblemException::notFound));
    }

    @GET
    @Path("/checklist")
    @RolesAllowed({"organizer", "secretary", "leader"})
    @Operation(summary = "What to do next", description = "The next step, what is missing for it, which rules would "
            + "block it today and why, and the dates that matter.")
    public ChecklistService.Checklist checklist(@PathParam("id") UUID id,
            @Context HttpHeaders headers) {
        Dossier d = pipeline.read(id).orElseThrow(ProblemException::notFound);
        return checklists.of(d, Messages.locale(headers));
    }

    @POST
    @Extension(name = Responses.STATUSES, value = "201")
    @Path("/awareness-certificate")
    @Idempotent
    @RolesAllowed({"organizer", "secretary"})
    @Operation(summary = "Record the awareness-class certificate (valid 60 months)")
    public RestResponse<DossierView> certificate(@PathParam("id") UUID id,
            @NotNull @Valid StepRequests.Certificate request,
            @Parameter(description = "Makes the step safe to retry") @HeaderParam(KEY) String key) {
        return created(id, preparation.certificate(id, request));
    }

    @POST
    @Extension(name = Responses.STATUSES, value = "201")
    @Path("/documents")
    @Idempotent
    @RolesAllowed({"organizer", "secretary"})
    @Operation(summary = "Record the application (1-KNĐ), the personal history (2-KNĐ) or its certification")
    public RestResponse<DossierView> document(@PathParam("id") UUID id, @NotNull @Valid StepRequests.Document request,
            @Parameter(description = "Makes the step safe to retry") @HeaderParam(KEY) String key) {
        return created(id, preparation.document(id, request));
    }

    @POST
    @Extension(name = Responses.STATUSES, value = "201")
    @Path("/verifications")
    @Idempotent
    @RolesAllowed({"organizer", "secretary"})
    @Operation(summary = "Record a background verification request sent for one person to one place")
    public RestResponse<DossierView> verification(@PathParam("id") UUID id,
            @NotNull @Valid StepRequests.VerificationSent request,
            @Parameter(description = "Makes the step safe to retry") @HeaderParam(KEY) String key) {
        return created(id, preparation.verificationSent(id, request));
    }

    @PUT
    @Path("/verifications/{verificationId}")
    @RolesAllowed({"organizer", "secretary"})
    @Operation(summary = "Record the result of a verification", description = "If-Match carries the verification's "
            + "version, as listed in the pipeline.")
    public DossierView verificationResult(@PathParam("id") UUID id, @PathParam("verificationId") UUID verificationId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid StepRequests.VerificationResult request) {
        return DossierView.of(preparation.verificationResult(id, verificationId, ifMatch, request)
                .orElseThrow(ProblemException::notFound));
    }

    @POST
    @Extension(name = Responses.STATUSES, value = "201")
    @Path("/introductions")
    @Idempotent
    @RolesAllowed({"organizer", "secretary"})
    @Operation(summary = "Record an introduction by an official member or a union committee")
    public RestResponse<DossierView> introduction(@PathParam("id") UUID id,
            @NotNull @Valid StepRequests.IntroductionSent request,
            @Parameter(description = "Makes the step safe to retry") @HeaderParam(KEY) String key) {
        return created(id, preparation.introduction(id, request));
    }

    @POST
    @Extension(name = Responses.STATUSES, value = "201")
    @Path("/opinions")
    @Idempotent
    @RolesAllowed({"organizer", "secretary"})
    @Operation(summary = "Record the opinion of a mass organisation or of the residence cell (5-KNĐ)")
    public RestResponse<DossierView> opinion(@PathParam("id") UUID id, @NotNull @Valid StepRequests.Opinion request,
            @Parameter(description = "Makes the step safe to retry") @HeaderParam(KEY) String key) {
        return created(id, preparation.opinion(id, request));
    }

    @POST
    @Extension(name = Responses.STATUSES, value = "201")
    @Path("/votes")
    @Idempotent
    @RolesAllowed({"organizer", "secretary"})
    @Operation(summary = "Record the cell's (6-KNĐ) or the committee's (8-KNĐ) vote on the admission", description = "Passes with two thirds of those entitled to vote, not of those present. Only the commune "
            + "office (organizer) records the committee's vote.")
    public RestResponse<DossierView> vote(@PathParam("id") UUID id, @NotNull @Valid StepRequests.VoteCast request,
            @Parameter(description = "Makes the step safe to retry") @HeaderParam(KEY) String key) {
        if (request.body() == Vote.Body.COMMITTEE && !identity.hasRole("organizer")) {
            throw new ForbiddenException();
        }
        return created(id, admission.vote(id, request));
    }

    @POST
    @Extension(name = Responses.STATUSES, value = "201")
    @Path("/decision")
    @Idempotent
    @RolesAllowed("organizer")
    @Operation(summary = "Record the admission decision (9-KNĐ)", description = "Within 60 working days of the cell's "
            + "resolution (plus an extension of at most 30, with its reason), by the competent committee of the day.")
    public RestResponse<DossierView> decision(@PathParam("id") UUID id,
            @NotNull @Valid StepRequests.DecisionTaken request,
            @Parameter(description = "Makes the step safe to retry") @HeaderParam(KEY) String key) {
        return created(id, admission.decision(id, request));
    }

    @POST
    @Extension(name = Responses.STATUSES, value = "201")
    @Path("/ceremony")
    @Idempotent
    @RolesAllowed({"organizer", "secretary"})
    @Operation(summary = "Record the admission ceremony (within 30 working days of the decision)")
    public RestResponse<DossierView> ceremony(@PathParam("id") UUID id,
            @NotNull @Valid StepRequests.CeremonyHeld request,
            @Parameter(description = "Makes the step safe to retry") @HeaderParam(KEY) String key) {
        return created(id, admission.ceremony(id, request));
    }

    @POST
    @Extension(name = Responses.STATUSES, value = "201")
    @Path("/confirmation/votes")
    @Idempotent
    @RolesAllowed({"organizer", "secretary"})
    @Operation(summary = "Record the cell's vote after the 12 months of probation", description = "On confirming the "
            + "member or on striking them off, voted like the admission: two thirds of the official members. Within 30 "
            + "working days of the end of probation, or with the reason for the delay. A vote without two thirds is "
            + "stored as not passed; the cell may vote again, and after three the higher committee decides.")
    public RestResponse<DossierView> confirmationVote(@PathParam("id") UUID id,
            @NotNull @Valid StepRequests.ConfirmationVote request,
            @Parameter(description = "Makes the step safe to retry") @HeaderParam(KEY) String key) {
        return created(id, confirmation.confirmationVote(id, request));
    }

    @POST
    @Extension(name = Responses.STATUSES, value = "201")
    @Path("/confirmation/decision")
    @Idempotent
    @RolesAllowed("organizer")
    @Operation(summary = "Record the committee's decision: confirmed as official member, or struck off", description = "As the cell proposed, within 30 working days of its resolution (plus at most 30 with a reason); "
            + "a confirmed member is official from the end of the 12 months.")
    public RestResponse<DossierView> confirmationDecision(@PathParam("id") UUID id,
            @NotNull @Valid StepRequests.ConfirmationDecision request,
            @Parameter(description = "Makes the step safe to retry") @HeaderParam(KEY) String key) {
        return created(id, confirmation.confirmationDecision(id, request));
    }

    @PUT
    @Path("/former-membership")
    @RolesAllowed({"organizer", "secretary"})
    @Operation(summary = "Record that the candidate was a party member before (re-admission)", description = "Refused "
            + "when the reason for leaving bars re-admission or the person was re-admitted once already; the 36 "
            + "months and the province's written consent are checked when the cell votes. If-Match carries the "
            + "version shown in the pipeline when it replaces an earlier record.")
    public DossierView formerMembership(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid StepRequests.FormerMembershipRecord request) {
        return DossierView.of(preparation.formerMembership(id, ifMatch, request));
    }

    @POST
    @Path("/closure")
    @Idempotent
    @RolesAllowed({"organizer", "secretary"})
    @Operation(summary = "Withdraw or reject the candidate, with the reason", description = "Changes the dossier's "
            + "stage and creates nothing: 200 with the dossier.")
    public RestResponse<DossierView> close(@PathParam("id") UUID id, @NotNull @Valid StepRequests.Closure request,
            @Parameter(description = "Makes the step safe to retry") @HeaderParam(KEY) String key) {
        return RestResponse.ok(DossierView.of(pipeline.close(id, request)));
    }

    /** A recorded step: 201, pointing at the pipeline where it can be read back with every other step. */
    private static RestResponse<DossierView> created(UUID id, Dossier dossier) {
        return RestResponse.ResponseBuilder.<DossierView>created(URI.create(BASE + id + "/pipeline"))
                .entity(DossierView.of(dossier)).build();
    }
}
