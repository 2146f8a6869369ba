package vn.coso.membership.statistics;

import java.math.BigDecimal;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The admission figures of several years together, as a term report counts them ("2020–2023: 22 of 29"). */
@Schema(name = "AdmissionRange")
public record AdmissionRange(
        int fromYear,
        int toYear,
        UUID unitId,
        @Schema(description = "Admission decisions dated in the years") int admitted,
        @Schema(description = "Admissions by reporting category, frozen on the day of the decision") Map<String, Integer> byCategory,
        @Schema(description = "Each category as a percentage of the admissions, two decimals, rounded half up") Map<String, BigDecimal> shares,
        @Schema(description = "Admissions by the organisation that proposed the candidate") Map<String, Integer> bySource,
        @Schema(description = "Candidates sent to an awareness class") int sentToClass,
        int confirmed,
        int struckOff,
        @Schema(description = "Awareness classes held by the units of the subtree") int awarenessClasses,
        @Schema(description = "Learners of those classes, erased ones included as a count") int learners) {
}
