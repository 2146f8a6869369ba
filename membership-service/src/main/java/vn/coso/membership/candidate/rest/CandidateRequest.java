package vn.coso.membership.candidate.rest;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.coso.membership.candidate.Gender;

/** What a cell records about a candidate when listing them. */
@Schema(name = "CandidateRequest")
public record CandidateRequest(
        @NotNull UUID cellId,
        @NotBlank @Size(max = 200) String fullName,
        @NotNull @Past LocalDate dateOfBirth,
        @NotNull Gender gender) {
}
