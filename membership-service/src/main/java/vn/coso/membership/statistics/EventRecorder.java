package vn.coso.membership.statistics;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import vn.coso.membership.candidate.Candidate;
import vn.coso.membership.candidate.Category;
import vn.coso.platform.feed.ChangeFeed;
import vn.coso.platform.scope.UnitDirectory;
import vn.coso.platform.units.UnitCopyRepository;

/**
 * Freezes a reportable event with the candidate's categories, the organisation that proposed them and the cell's place
 * in the tree on that day.
 */
@ApplicationScoped
public class EventRecorder {

    /** What the yearly report counts. */
    public enum Kind {
        SENT_TO_CLASS, ADMITTED, CONFIRMED, STRUCK_OFF
    }

    /** The feed's event types: this prefix, the kind in lower case and ".counted" (vn.coso.membership.admitted.counted). */
    static final String FEED_TYPE = "vn.coso.membership.";

    /** What the feed says after an event: the cell's figures of that kind and year, by category; nobody in them. */
    public record Counted(UUID unitId, String kind, int year, long count, Map<String, Long> byCategory) {
    }

    private final EntityManager em;
    private final UnitCopyRepository units;
    private final UnitDirectory directory;
    private final ChangeFeed feed;

    public EventRecorder(EntityManager em, UnitCopyRepository units, UnitDirectory directory, ChangeFeed feed) {
        this.em = em;
        this.units = units;
        this.directory = directory;
        this.feed = feed;
    }

    /**
     * Records the event once per candidate and kind; recording it again keeps the first. A new one tells the
     * integrators' feed the cell's new figures, in the same transaction.
     */
    public void record(Kind kind, Candidate c, LocalDate day) {
        String cellKind = directory.tree().get(c.cellId).map(u -> u.cellKind()).orElse(null);
        Set<Category> categories = Category.of(c, cellKind, day);
        List<UUID> path = units.ancestorsOn(c.cellId, day);
        if (path.isEmpty()) {
            path = List.of(c.cellId);
        }
        int inserted = em.createNativeQuery("""
                insert into membership_event (candidate_id, kind, occurred_on, cell_id, unit_path, categories,
                                              source_organisation)
                values (:candidate, :kind, :day, :cell, cast(:path as uuid[]), cast(:categories as text[]), :source)
                on conflict (candidate_id, kind) do nothing
                """)
                .setParameter("candidate", c.id)
                .setParameter("kind", kind.name())
                .setParameter("day", day)
                .setParameter("cell", c.cellId)
                .setParameter("path", path.toArray(UUID[]::new))
                .setParameter("categories", categories.stream().map(Enum::name).toArray(String[]::new))
                .setParameter("source", c.sourceOrganisation.name())
                .executeUpdate();
        if (inserted == 1) {
            feed.append(FEED_TYPE + kind.name().toLowerCase(Locale.ROOT) + ".counted", c.cellId, c.cellId,
                    counted(kind, c.cellId, day.getYear()));
        }
    }

    @SuppressWarnings("unchecked")
    private Counted counted(Kind kind, UUID cell, int year) {
        List<Object[]> rows = em.createNativeQuery("""
                select category, count(*) from membership_event, unnest(categories) category
                where cell_id = :cell and kind = :kind and occurred_on between :from and :to
                group by category order by category
                """).setParameter("cell", cell).setParameter("kind", kind.name())
                .setParameter("from", LocalDate.of(year, 1, 1)).setParameter("to", LocalDate.of(year, 12, 31))
                .getResultList();
        Map<String, Long> byCategory = new TreeMap<>();
        rows.forEach(r -> byCategory.put((String) r[0], ((Number) r[1]).longValue()));
        long count = ((Number) em.createNativeQuery("""
                select count(*) from membership_event
                where cell_id = :cell and kind = :kind and occurred_on between :from and :to
                """).setParameter("cell", cell).setParameter("kind", kind.name())
                .setParameter("from", LocalDate.of(year, 1, 1)).setParameter("to", LocalDate.of(year, 12, 31))
                .getSingleResult()).longValue();
        return new Counted(cell, kind.name(), year, count, byCategory);
    }
}
