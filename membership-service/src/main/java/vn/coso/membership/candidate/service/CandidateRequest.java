package vn.coso.membership.candidate.service;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.coso.membership.candidate.Gender;
import vn.coso.membership.candidate.GeneralEducation;
import vn.coso.membership.candidate.Occupation;
import vn.coso.membership.candidate.PoliticalTheory;
import vn.coso.membership.candidate.SourceOrganisation;

/** What a cell records about a candidate when listing them. Optional facts default to "no". */
@Schema(name = "CandidateRequest")
public record CandidateRequest(
        @NotNull UUID cellId,
        @NotBlank @Size(max = 200) String fullName,
        @NotNull @Past LocalDate dateOfBirth,
        @NotNull Gender gender,
        @Schema(description = "Code of one of the 54 ethnic groups, see /api/membership/code-lists", example = "16") @NotNull @Pattern(regexp = "\\d{2}") String ethnicity,
        @Schema(description = "Religion code, NONE for none; see /api/membership/code-lists", example = "NONE") @NotNull @Size(max = 20) String religion,
        @NotNull GeneralEducation generalEducation,
        @Size(max = 200) String professionalEducation,
        PoliticalTheory politicalTheory,
        @NotNull Occupation occupation,
        Boolean youthUnion,
        Boolean tradeUnion,
        @Schema(description = "Village military leader (thôn đội trưởng)") Boolean villageMilitaryLeader,
        @Schema(description = "Member of a security and order team (tổ ANTT)") Boolean securityTeam,
        @Schema(description = "Member of the militia and self-defence force (dân quân tự vệ), whatever the occupation") Boolean militia,
        @Schema(description = "Demobilised soldier (bộ đội xuất ngũ)") Boolean demobilisedSoldier,
        @Schema(description = "Commune police (công an xã)") Boolean communePolice,
        @Schema(description = "Leader of a village security and order team (tổ trưởng tổ ANTT)") Boolean securityTeamLeader,
        @Schema(description = "Lives in a mountain, border, island or ethnic-minority area, or an area of particular hardship: primary education suffices (Hướng dẫn 01-HD/TW, 1.2)") Boolean livesInDifficultArea,
        @NotNull SourceOrganisation sourceOrganisation,
        @Schema(description = "The official member assigned to help") @Size(max = 200) String helperName,
        @Size(max = 30) @Pattern(regexp = "[0-9 +().-]*") String phone,
        @Size(max = 300) String address,
        @Schema(description = "Married: spouse and parents-in-law must be verified") Boolean married,
        @Schema(description = "Raised by a guardian: the guardian must be verified") Boolean raisedByGuardian,
        @Schema(description = "Number of adult children, each to be verified") @Min(0) @Max(30) Integer adultChildren,
        @Schema(description = "When the cell listed the candidate (tạo nguồn)") @NotNull @PastOrPresent LocalDate listedOn,
        @Schema(description = "Number of the province standing committee's approval, for a candidate over 60") @Size(max = 100) String provincialApproval) {
}
