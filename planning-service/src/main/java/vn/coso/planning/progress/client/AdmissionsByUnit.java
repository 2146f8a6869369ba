package vn.coso.planning.progress.client;

import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * membership-service's admissions of a year for every unit of a subtree at once
 * ({@code GET /api/membership/statistics/admissions/by-unit?year=&unit=}); a unit left out has no figure: zero.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AdmissionsByUnit(int year, UUID unitId, Map<UUID, UnitFigures> units) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record UnitFigures(int admitted, int sentToClass, Map<String, Integer> byCategory) {
    }

    public static AdmissionsByUnit none(int year, UUID unit) {
        return new AdmissionsByUnit(year, unit, Map.of());
    }

    /** One unit's figures, as {@code /admissions} gives them for that unit. */
    public AdmissionFigures of(UUID unit) {
        UnitFigures f = units == null ? null : units.get(unit);
        return f == null
                ? AdmissionFigures.none(year, unit)
                : new AdmissionFigures(year, unit, f.admitted(), f.byCategory() == null ? Map.of() : f.byCategory(),
                        f.sentToClass());
    }
}
