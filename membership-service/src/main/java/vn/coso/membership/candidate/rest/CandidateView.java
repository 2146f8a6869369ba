package vn.coso.membership.candidate.rest;

import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.coso.membership.candidate.Candidate;
import vn.coso.membership.candidate.Gender;
import vn.coso.platform.web.Versioned;

@Schema(name = "Candidate")
public record CandidateView(
        UUID id,
        UUID cellId,
        @Schema(maxLength = 200) String fullName,
        LocalDate dateOfBirth,
        Gender gender,
        long version) implements Versioned {

    public static CandidateView of(Candidate c) {
        return new CandidateView(c.id, c.cellId, c.fullName, c.dateOfBirth, c.gender, c.version);
    }
}
