package vn.coso.membership.statistics;

import java.math.BigDecimal;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The admission figures of a year for a unit's subtree, with the previous year's for comparison. */
@Schema(name = "AdmissionStatistics")
public record AdmissionStatistics(
        int year,
        UUID unitId,
        @Schema(description = "Admission decisions dated in the year") int admitted,
        @Schema(description = "Admissions by reporting category, frozen on the day of the decision") Map<String, Integer> byCategory,
        @Schema(description = "Each category as a percentage of the admissions, two decimals") Map<String, BigDecimal> shares,
        @Schema(description = "Admissions by the organisation that proposed the candidate, frozen on the day") Map<String, Integer> bySource,
        @Schema(description = "Candidates sent to an awareness class in the year") int sentToClass,
        @Schema(description = "Probationary members confirmed in the year") int confirmed,
        @Schema(description = "Probationary members struck off in the year") int struckOff,
        @Schema(description = "Candidates of the subtree by their stage today") Map<String, Long> pipeline,
        YearFigures previousYear) {

    @Schema(name = "AdmissionYearFigures")
    public record YearFigures(int year, int admitted, Map<String, Integer> byCategory,
            Map<String, BigDecimal> shares, int sentToClass, int confirmed, int struckOff) {
    }
}
