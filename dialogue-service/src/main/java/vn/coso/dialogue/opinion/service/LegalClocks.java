package vn.coso.dialogue.opinion.service;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;

import vn.coso.dialogue.opinion.ClockStep;
import vn.coso.dialogue.opinion.LegalType;
import vn.coso.platform.calendar.DayCount;
import vn.coso.platform.sql.Columns;

/**
 * The legal clocks ({@code legal_clock}), dated data read once: which clock an opinion of a legal type runs on at a
 * step, in an area, on a day. Java holds the choosing; the lengths, counts, extensions and sources are data.
 */
@ApplicationScoped
public class LegalClocks {

    /** The variant of a clock: the complexity at resolution, several places to check at a denunciation's intake. */
    public enum Variant {
        STANDARD,
        COMPLEX,
        ESPECIALLY_COMPLEX,
        SEVERAL_PLACES
    }

    /** One clock, as its text gives it. */
    public record Rule(LegalType legalType, ClockStep step, Variant variant, boolean remoteArea, LocalDate validFrom,
            LocalDate validTo, DayCount dayCount, int length, String startsFrom, int extensionsAllowed,
            int extensionLength, String legalBasis, boolean sourceVerified) {

        boolean validOn(LocalDate day) {
            return !validFrom.isAfter(day) && (validTo == null || validTo.isAfter(day));
        }
    }

    private final EntityManager em;
    private volatile List<Rule> rules;

    public LegalClocks(EntityManager em) {
        this.em = em;
    }

    /** Every clock, for the rules' own endpoint and the closing note. */
    public List<Rule> all() {
        List<Rule> loaded = rules;
        if (loaded == null) {
            loaded = load();
            rules = loaded;
        }
        return loaded;
    }

    /** Whether a legal type has an acceptance step (complaints and denunciations do; petitions do not). */
    public boolean hasAcceptance(LegalType type) {
        return all().stream().anyMatch(r -> r.legalType() == type && r.step() == ClockStep.ACCEPTANCE);
    }

    /**
     * The clock in force on {@code day}: the variant asked for in the area asked for if the text has one, else the
     * variant elsewhere, else the plainer variant (an especially complex complaint runs as a complex one).
     */
    public Rule rule(LegalType type, ClockStep step, Variant variant, boolean remote, LocalDate day) {
        for (Variant v = variant; v != null; v = plainer(v)) {
            for (boolean area : remote ? new boolean[]{true, false} : new boolean[]{false}) {
                Optional<Rule> found = pick(type, step, v, area, day);
                if (found.isPresent()) {
                    return found.get();
                }
            }
        }
        throw new IllegalStateException("No " + step + " clock for " + type);
    }

    private Optional<Rule> pick(LegalType type, ClockStep step, Variant variant, boolean remote, LocalDate day) {
        List<Rule> candidates = all().stream().filter(r -> r.legalType() == type && r.step() == step
                && r.variant() == variant && r.remoteArea() == remote).toList();
        return candidates.stream().filter(r -> r.validOn(day)).max(Comparator.comparing(Rule::validFrom))
                // a day before every rule's start (an old paper case): the earliest rule
                .or(() -> candidates.stream().min(Comparator.comparing(Rule::validFrom)));
    }

    private static Variant plainer(Variant v) {
        return switch (v) {
            case ESPECIALLY_COMPLEX -> Variant.COMPLEX;
            case COMPLEX, SEVERAL_PLACES -> Variant.STANDARD;
            case STANDARD -> null;
        };
    }

    private List<Rule> load() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select legal_type, step, variant, remote_area, valid_from, valid_to, day_count, length, starts_from,
                       extensions_allowed, extension_length, legal_basis, source_verified
                from legal_clock order by legal_type, step, variant, remote_area, valid_from
                """).setFlushMode(FlushModeType.COMMIT).getResultList();
        return rows.stream().map(r -> new Rule(LegalType.valueOf((String) r[0]), ClockStep.valueOf((String) r[1]),
                Variant.valueOf((String) r[2]), (Boolean) r[3], Columns.localDate(r[4]), Columns.localDate(r[5]),
                DayCount.valueOf((String) r[6]), ((Number) r[7]).intValue(), (String) r[8],
                ((Number) r[9]).intValue(), ((Number) r[10]).intValue(), (String) r[11], (Boolean) r[12])).toList();
    }
}
