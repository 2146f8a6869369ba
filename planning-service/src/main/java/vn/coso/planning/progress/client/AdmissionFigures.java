package vn.coso.planning.progress.client;

import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * membership-service's admissions statistics of a year for a unit's subtree
 * ({@code GET /api/membership/statistics/admissions?year=&unit=}): the part of the contract planning reads.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AdmissionFigures(int year, UUID unitId, int admitted, Map<String, Integer> byCategory,
        int sentToClass) {

    public static AdmissionFigures none(int year, UUID unit) {
        return new AdmissionFigures(year, unit, 0, Map.of(), 0);
    }
}
