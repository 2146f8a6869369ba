package vn.coso.dialogue.opinion.service;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduler;

import vn.coso.dialogue.config.DialogueConfig;
import vn.coso.platform.audit.AuditLog;
import vn.coso.platform.config.PeriodicJobs;
import vn.coso.platform.time.VietnamTime;

/**
 * Erases the name, contact and citizen account of opinions closed for longer than the retention period
 * ({@code coso.dialogue.retention.contact-after}, a year by default): what was said, the reply and the figures stay,
 * who said it goes. An opinion is closed when answered on the spot (from the day it was received) or when its reply
 * was sent (from that day); a reopened one is open again and keeps its contact. Each erasure is audited by id.
 * The period is coso's choice, not a legal figure: a province may set it (Decree 356/2025 asks for the shortest).
 */
@ApplicationScoped
public class ContactRetention {

    private static final Logger LOG = Logger.getLogger(ContactRetention.class);

    private final EntityManager em;
    private final VietnamTime time;
    private final AuditLog audit;
    private final Period keep;

    public ContactRetention(EntityManager em, VietnamTime time, AuditLog audit,
            DialogueConfig config) {
        this.em = em;
        this.time = time;
        this.audit = audit;
        this.keep = config.retention().contactAfter();
    }

    void schedule(@Observes StartupEvent start, Scheduler scheduler, DialogueConfig config) {
        PeriodicJobs.every(scheduler, "opinion-contact-retention", config.retention().every(), this::scheduled);
    }

    void scheduled() {
        try {
            erase();
        } catch (RuntimeException e) {
            LOG.warnf("Contact retention failed, will try again: %s", e.getClass().getSimpleName());
        }
    }

    /** Erases the contact data that is due today; answers how many opinions. */
    @Transactional
    @SuppressWarnings("unchecked")
    public int erase() {
        LocalDate today = time.today();
        LocalDate closedBefore = today.minus(keep);
        List<Object[]> due = em.createNativeQuery("""
                select id, commune_id from opinion
                where contact_erased_on is null
                  and ((status = 'ANSWERED_ON_SPOT' and received_on < :before)
                       or (status = 'CLOSED' and coalesce(reply_sent_on, received_on) < :before))
                  and (speaker_name is not null or contact is not null or citizen_subject is not null)
                for update skip locked
                """).setParameter("before", closedBefore).getResultList();
        if (due.isEmpty()) {
            return 0;
        }
        em.createNativeQuery("""
                update opinion set speaker_name = null, contact = null, citizen_subject = null,
                                   contact_erased_on = :today, version = version + 1
                where id = any(cast(:ids as uuid[]))
                """).setParameter("today", today)
                .setParameter("ids", due.stream().map(r -> (UUID) r[0]).toArray(UUID[]::new)).executeUpdate();
        for (Object[] row : due) {
            audit.record("ERASE_CONTACT", OpinionJournal.RESOURCE, row[0], (UUID) row[1],
                    Map.of("keptFor", keep.toString()));
        }
        return due.size();
    }
}
