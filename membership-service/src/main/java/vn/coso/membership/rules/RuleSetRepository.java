package vn.coso.membership.rules;

import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class RuleSetRepository implements PanacheRepositoryBase<RuleSet, String> {

    /** The rule set in force on {@code day}: the latest one that started on or before it. */
    public RuleSet inForceOn(LocalDate day) {
        RuleSet set = find("validFrom <= ?1", Sort.descending("validFrom"), day).firstResult();
        if (set == null) {
            // before the first rule set: check against the oldest one rather than not at all
            set = findAll(Sort.ascending("validFrom")).firstResult();
        }
        return set;
    }

    public List<RuleSet> all() {
        return listAll(Sort.ascending("validFrom"));
    }
}
