package vn.coso.membership.candidate.service;

import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.coso.membership.candidate.Candidate;
import vn.coso.membership.candidate.Gender;
import vn.coso.membership.candidate.GeneralEducation;
import vn.coso.membership.candidate.Occupation;
import vn.coso.membership.candidate.PoliticalTheory;
import vn.coso.membership.candidate.SourceOrganisation;
import vn.coso.membership.candidate.Stage;
import vn.coso.platform.web.Versioned;

/** A candidate's dossier as the cell and commune see it (sensitive: every read is audited). */
@Schema(name = "Candidate")
public record CandidateView(
        UUID id,
        UUID cellId,
        @Schema(maxLength = 200) String fullName,
        LocalDate dateOfBirth,
        Gender gender,
        String ethnicity,
        String religion,
        GeneralEducation generalEducation,
        String professionalEducation,
        PoliticalTheory politicalTheory,
        Occupation occupation,
        boolean youthUnion,
        boolean tradeUnion,
        boolean villageMilitaryLeader,
        boolean securityTeam,
        boolean militia,
        boolean demobilisedSoldier,
        boolean communePolice,
        boolean securityTeamLeader,
        boolean livesInDifficultArea,
        SourceOrganisation sourceOrganisation,
        String helperName,
        String phone,
        String address,
        boolean married,
        boolean raisedByGuardian,
        int adultChildren,
        LocalDate listedOn,
        String provincialApproval,
        Stage stage,
        LocalDate closedOn,
        String closedReason,
        long version) implements Versioned {

    public static CandidateView of(Candidate c) {
        return new CandidateView(c.id, c.cellId, c.fullName, c.dateOfBirth, c.gender, c.ethnicity, c.religion,
                c.generalEducation, c.professionalEducation, c.politicalTheory, c.occupation, c.youthUnion,
                c.tradeUnion, c.villageMilitaryLeader, c.securityTeam, c.militia, c.demobilisedSoldier, c.communePolice,
                c.securityTeamLeader, c.livesInDifficultArea, c.sourceOrganisation, c.helperName, c.phone,
                c.address, c.married, c.raisedByGuardian, c.adultChildren, c.listedOn, c.provincialApproval, c.stage,
                c.closedOn, c.closedReason, c.version);
    }
}
