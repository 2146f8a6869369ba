package vn.coso.membership.candidate.service;

import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.coso.membership.candidate.Candidate;
import vn.coso.membership.candidate.Stage;

/**
 * A candidate as a list shows it: what a secretary needs to find the dossier (name, cell, stage, dates), nothing
 * sensitive. Ethnicity, religion, birth date, phone and address are in the dossier view only, whose every read is
 * audited (Law 91/2025: need to know).
 */
@Schema(name = "CandidateSummary")
public record CandidateSummary(UUID id, UUID cellId, String fullName, Stage stage, LocalDate listedOn,
        LocalDate closedOn, long version) {

    public static CandidateSummary of(Candidate c) {
        return new CandidateSummary(c.id, c.cellId, c.fullName, c.stage, c.listedOn, c.closedOn, c.version);
    }
}
