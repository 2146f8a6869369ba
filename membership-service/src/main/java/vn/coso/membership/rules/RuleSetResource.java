package vn.coso.membership.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/membership/rule-sets")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Rules", description = "The admission rules as data, each set in force from its date")
public class RuleSetResource {

    @Schema(name = "RuleSet")
    public record View(String id, LocalDate validFrom, String name, String decidingUnitKind, String decidingAuthority,
            int minAgeYears, int maxAgeYears, int certificateValidMonths, int introducersRequired,
            int introducerMinMonths, String voteShare, int decisionWorkingDays, int decisionExtensionMaxDays,
            int ceremonyWorkingDays, int probationMonths, int confirmationWorkingDays,
            int confirmationDecisionWorkingDays, int confirmationAttemptsBeforeReferral, int readmissionMinMonths,
            int readmissionAfterMinorCrimeMonths, List<String> readmissionBarred, Map<String, String> legalBasis,
            @Schema(description = "For each rule code, the text its citation was checked against; a code missing "
                    + "here is not yet verified") Map<String, String> legalBasisChecked) {
    }

    private final RuleSetService rules;

    public RuleSetResource(RuleSetService rules) {
        this.rules = rules;
    }

    @GET
    @RolesAllowed({"organizer", "secretary", "leader", "admin"})
    @Operation(summary = "Every rule set, oldest first")
    public List<View> list() {
        return rules.all().stream().map(r -> new View(r.id, r.validFrom, r.name, r.decidingUnitKind,
                r.decidingAuthority, r.minAgeYears, r.maxAgeYears, r.certificateValidMonths, r.introducersRequired,
                r.introducerMinMonths, r.voteShareNumerator + "/" + r.voteShareDenominator, r.decisionWorkingDays,
                r.decisionExtensionMaxDays, r.ceremonyWorkingDays, r.probationMonths, r.confirmationWorkingDays,
                r.confirmationDecisionWorkingDays, r.confirmationAttemptsBeforeReferral, r.readmissionMinMonths,
                r.readmissionAfterMinorCrimeMonths, r.readmissionBarred, r.legalBasis, r.legalBasisChecked)).toList();
    }
}
