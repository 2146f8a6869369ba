package vn.coso.membership.rules;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** Reads of the rule sets for the web layer; the pipeline asks {@link RuleSetRepository#inForceOn} directly. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class RuleSetService {

    private final RuleSetRepository rules;

    public RuleSetService(RuleSetRepository rules) {
        this.rules = rules;
    }

    /** Every rule set, oldest first. */
    public List<RuleSet> all() {
        return rules.all();
    }
}
