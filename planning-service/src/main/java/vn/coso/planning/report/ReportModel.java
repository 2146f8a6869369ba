package vn.coso.planning.report;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.coso.platform.web.Versioned;

/** The types a periodic report is asked for and answered with, shared by its resource and service. */
public final class ReportModel {

    @Schema(name = "PeriodReportRequest")
    public record Submission(
            @NotNull UUID planId,
            @NotNull UUID unitId,
            @NotNull Period period,
            @NotNull @Min(2000) @Max(2100) Integer year,
            @NotNull @Min(1) @Max(4) Integer number,
            @NotNull @PastOrPresent LocalDate submittedOn,
            @NotBlank @Size(max = 8000) String summary,
            @Schema(description = "The report as a numbered document (…-BC/…), if issued as one") UUID documentId) {
    }

    @Schema(name = "PeriodReport")
    public record View(UUID id, UUID planId, UUID unitId, Period period, int year, int number, LocalDate dueOn,
            LocalDate submittedOn, @Schema(description = "Submitted after the last day of the period") boolean late,
            String summary, UUID documentId, long version) implements Versioned {
    }

    @Schema(name = "PeriodReportStatus")
    public record Standing(UUID unitId, String unitName, LocalDate dueOn, State state, LocalDate submittedOn,
            UUID reportId) {

        public enum State {
            SUBMITTED_ON_TIME,
            SUBMITTED_LATE,
            /** Due and not submitted. */
            MISSING,
            /** Not submitted, and the period has not ended yet. */
            NOT_DUE_YET
        }
    }

    private ReportModel() {
    }
}
