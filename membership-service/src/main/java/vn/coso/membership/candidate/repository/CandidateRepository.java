package vn.coso.membership.candidate.repository;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

import vn.coso.membership.candidate.Candidate;

@ApplicationScoped
public class CandidateRepository implements PanacheRepositoryBase<Candidate, UUID> {

    public List<Candidate> inUnits(Set<UUID> units, int offset, int size) {
        return find("array_contains(:units, cellId)", Sort.by("fullName").and("id"), unitsParam(units))
                .range(offset, offset + size - 1).list();
    }

    public long countInUnits(Set<UUID> units) {
        return count("array_contains(:units, cellId)", unitsParam(units));
    }

    private static Parameters unitsParam(Set<UUID> units) {
        return Parameters.with("units", units.toArray(UUID[]::new));
    }
}
