package vn.coso.membership.statistics;

import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The admission figures of a year for every unit of a subtree at once (what a province's progress report needs),
 * each unit's figures as {@code GET /statistics/admissions} would give them for that unit. Units without any figure
 * are left out: their figures are zero.
 */
@Schema(name = "AdmissionsByUnit")
public record AdmissionsByUnit(int year, UUID unitId, Map<UUID, Figures> units) {

    @Schema(name = "UnitAdmissionFigures")
    public record Figures(int admitted, int sentToClass, Map<String, Integer> byCategory) {
    }
}
