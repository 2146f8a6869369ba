package vn.coso.dialogue.session.service;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.coso.dialogue.session.SessionStatus;

/** The session as held, entered at the time or afterwards from the paper minutes. */
@Schema(name = "SessionRecord")
public record SessionRecord(
        @Schema(enumeration = {
                "HELD", "CONCLUDED", "CANCELLED"}) @NotNull SessionStatus status,
        @NotBlank @Size(max = 200) String host,
        @Schema(description = "The working group's members and posts") @Size(max = 4000) String workingGroup,
        @NotNull @Min(0) @Max(100000) Integer attendees,
        @Min(0) @Max(100000) Integer households,
        @NotNull @Min(0) @Max(100000) Integer speakers,
        @Size(max = 4000) String agenda,
        @Size(max = 8000) String report,
        @Schema(example = "15-TB/ĐU") @Pattern(regexp = "\\d{1,5}-[A-ZĐ]{1,4}/[A-ZĐ0-9-]{1,30}") String conclusionNumber,
        @PastOrPresent LocalDate conclusionDate){
}
