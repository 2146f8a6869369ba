package vn.coso.membership.statistics;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import vn.coso.membership.candidate.Candidate;
import vn.coso.membership.candidate.Category;
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

    private final EntityManager em;
    private final UnitCopyRepository units;
    private final UnitDirectory directory;

    public EventRecorder(EntityManager em, UnitCopyRepository units, UnitDirectory directory) {
        this.em = em;
        this.units = units;
        this.directory = directory;
    }

    /** Records the event once per candidate and kind; recording it again keeps the first. */
    public void record(Kind kind, Candidate c, LocalDate day) {
        String cellKind = directory.tree().get(c.cellId).map(u -> u.cellKind()).orElse(null);
        Set<Category> categories = Category.of(c, cellKind, day);
        List<UUID> path = units.ancestorsOn(c.cellId, day);
        if (path.isEmpty()) {
            path = List.of(c.cellId);
        }
        em.createNativeQuery("""
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
    }
}
