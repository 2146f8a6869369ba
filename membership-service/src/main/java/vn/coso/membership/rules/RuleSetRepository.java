package vn.coso.membership.rules;

import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class RuleSetRepository implements PanacheRepositoryBase<RuleSet, String> {

    /**
     * Every rule set, oldest first, read once: they are immutable rows that only a migration adds, so every check
     * of every step asks memory instead of the database.
     */
    private volatile List<RuleSet> all;

    /** The rule set in force on {@code day}: the latest one that started on or before it. */
    public RuleSet inForceOn(LocalDate day) {
        List<RuleSet> sets = all();
        RuleSet set = null;
        for (RuleSet candidate : sets) {
            if (!candidate.validFrom.isAfter(day)) {
                set = candidate;
            }
        }
        // before the first rule set: check against the oldest one rather than not at all
        return set != null || sets.isEmpty() ? set : sets.get(0);
    }

    public List<RuleSet> all() {
        List<RuleSet> sets = all;
        if (sets == null) {
            sets = List.copyOf(listAll(Sort.ascending("validFrom")));
            all = sets;
        }
        return sets;
    }
}
