package vn.coso.dialogue.opinion.service;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;

import vn.coso.dialogue.opinion.Opinion;
import vn.coso.dialogue.opinion.OpinionStatus;

/**
 * At start, gives a due date to the open opinions that have none: those recorded before clocks ran from receipt
 * (an opinion nobody assigned was never due), and demo data inserted by SQL.
 */
@ApplicationScoped
public class ClockBackfill {

    private static final Logger LOG = Logger.getLogger(ClockBackfill.class);

    private final EntityManager em;
    private final OpinionClock clock;

    public ClockBackfill(EntityManager em, OpinionClock clock) {
        this.em = em;
        this.clock = clock;
    }

    @Transactional
    void onStart(@Observes StartupEvent start) {
        List<Opinion> undated = em.createQuery("from Opinion where dueOn is null and status in ?1", Opinion.class)
                .setParameter(1, List.of(OpinionStatus.RECEIVED, OpinionStatus.ASSIGNED)).getResultList();
        for (Opinion o : undated) {
            if (o.status == OpinionStatus.ASSIGNED) {
                clock.resolve(o, o.acceptedOn != null ? o.acceptedOn : o.assignedOn, null);
            } else {
                clock.start(o);
            }
        }
        if (!undated.isEmpty()) {
            LOG.infof("Gave a due date to %d open opinions that had none", undated.size());
        }
    }
}
