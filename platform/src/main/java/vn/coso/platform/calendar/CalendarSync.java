package vn.coso.platform.calendar;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduler;

import vn.coso.platform.config.PeriodicJobs;
import vn.coso.platform.config.PlatformConfig;
import vn.coso.platform.sql.Columns;

/**
 * Keeps {@link WorkingDays} on planning-service's calendar decisions through a local copy: at start the copy is used
 * at once, then planning-service is asked periodically; if it is down, the last copy stays in force.
 */
@ApplicationScoped
public class CalendarSync {

    private static final Logger LOG = Logger.getLogger(CalendarSync.class);

    /** Asked for only when the copy is enabled: a service without the copy has no address for it. */
    private final Instance<CalendarClient> client;
    private final EntityManager em;
    private final WorkingDays days;

    public CalendarSync(@RestClient Instance<CalendarClient> client, EntityManager em, WorkingDays days) {
        this.client = client;
        this.em = em;
        this.days = days;
    }

    void onStart(@Observes StartupEvent start, Scheduler scheduler, PlatformConfig config) {
        if (config.calendar().sync().enabled()) {
            loadCopy();
            PeriodicJobs.every(scheduler, "calendar-sync", config.calendar().sync().every(), this::scheduled);
        }
    }

    void scheduled() {
        try {
            syncNow();
        } catch (RuntimeException e) {
            LOG.warnf("Calendar decisions not reachable, keeping the local copy: %s", e.getClass().getSimpleName());
        }
    }

    /** Reads planning-service's decisions, replaces the copy with them and counts on them from now on. */
    @Transactional
    public List<CalendarOverride> syncNow() {
        List<CalendarOverride> overrides = client.get().overrides();
        em.createNativeQuery("delete from calendar_override_copy").executeUpdate();
        for (CalendarOverride o : overrides) {
            em.createNativeQuery("""
                    insert into calendar_override_copy (day, kind, name, decided_by) values (:day, :kind, :name, :by)
                    """).setParameter("day", o.day()).setParameter("kind", o.kind()).setParameter("name", o.name())
                    .setParameter("by", o.decidedBy()).executeUpdate();
        }
        days.use(CalendarOverride.apply(overrides));
        return overrides;
    }

    /** Counts on the local copy (at start, before planning-service has been asked). */
    @Transactional
    public void loadCopy() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select day, kind, name, decided_by from calendar_override_copy")
                .getResultList();
        List<CalendarOverride> copy = new ArrayList<>();
        for (Object[] r : rows) {
            copy.add(new CalendarOverride(Columns.localDate(r[0]), (String) r[1], (String) r[2], (String) r[3]));
        }
        days.use(CalendarOverride.apply(copy));
    }
}
