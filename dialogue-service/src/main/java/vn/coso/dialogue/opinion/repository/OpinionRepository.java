package vn.coso.dialogue.opinion.repository;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;

import io.agroal.api.AgroalDataSource;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

import vn.coso.dialogue.opinion.DuePolicy;
import vn.coso.dialogue.opinion.DueState;
import vn.coso.dialogue.opinion.LegalType;
import vn.coso.dialogue.opinion.Opinion;
import vn.coso.dialogue.opinion.OpinionEvent;
import vn.coso.dialogue.opinion.OpinionStatus;
import vn.coso.dialogue.opinion.OpinionTask;
import vn.coso.dialogue.opinion.Topic;
import vn.coso.platform.sql.RowJson;

/** Opinions and their history: by id, by tracking code, a citizen's own, and the filtered lists of a subtree. */
@ApplicationScoped
public class OpinionRepository implements PanacheRepositoryBase<Opinion, UUID> {

    private final AgroalDataSource dataSource;

    public OpinionRepository(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * What a list asks for. {@code units} are matched against the handler unit when {@code byHandler}, else against
     * the commune; every other part is optional. Due states are {@link DuePolicy}'s, on the given cut-off days.
     */
    public record Criteria(Set<UUID> units, boolean byHandler, OpinionStatus status, boolean overdueOnly,
            DueState dueState, Topic topic, LegalType legalType, LocalDate from, LocalDate to,
            DuePolicy.Cutoffs cutoffs) {
    }

    public Optional<Opinion> byTrackingCode(String code) {
        return find("trackingCode", code).firstResultOptional();
    }

    /** The opinions of the given tracking codes (unknown codes are left out). */
    public List<Opinion> byTrackingCodes(Collection<String> codes) {
        return codes.isEmpty() ? List.of() : list("trackingCode in ?1 order by createdAt, id", codes);
    }

    /** When each opinion last changed: its latest event. */
    public Map<UUID, Instant> lastChanged(Collection<UUID> ids) {
        Map<UUID, Instant> last = new HashMap<>();
        if (!ids.isEmpty()) {
            getEntityManager().createQuery("select e.opinionId, max(e.occurredAt) from OpinionEvent e "
                    + "where e.opinionId in ?1 group by e.opinionId", Object[].class).setParameter(1, ids)
                    .getResultList().forEach(r -> last.put((UUID) r[0], (Instant) r[1]));
        }
        return last;
    }

    /** A citizen's own opinions, newest first. */
    public List<Opinion> ofCitizen(String citizenSubject, int offset, int size) {
        return find("citizenSubject", Sort.descending("receivedOn").and("id", Sort.Direction.Ascending), citizenSubject)
                .range(offset, offset + size - 1).list();
    }

    public long countOfCitizen(String citizenSubject) {
        return count("citizenSubject", citizenSubject);
    }

    /** An opinion with its history, as a GET answers it. */
    public record WithHistory(Opinion opinion, List<OpinionEvent> history, OpinionTask task) {
    }

    /** An opinion and its history (oldest first) in one statement, for a read; the entities are not managed. */
    public Optional<WithHistory> withHistory(UUID id) {
        return RowJson.one(dataSource, WITH_HISTORY_SQL, id, WithHistory.class);
    }

    private static final String WITH_HISTORY_SQL = """
            select cast(jsonb_build_object('opinion', to_jsonb(o), 'history', %s,
                   'task', (select to_jsonb(t) from opinion_task t where t.opinion_id = o.id)) as text)
            from opinion o where o.id = ?
            """.formatted(RowJson.rows("opinion_event", "x.opinion_id = o.id", "x.id"));

    public void persist(OpinionTask task) {
        getEntityManager().persist(task);
    }

    /** The requests due for delivery now, oldest due first, at most {@code limit}. */
    @SuppressWarnings("unchecked")
    public List<UUID> tasksDue(Instant now, int limit) {
        return getEntityManager().createNativeQuery("""
                select opinion_id from opinion_task where pending and next_attempt_at <= :now
                order by next_attempt_at, opinion_id limit :limit
                """).setParameter("now", now).setParameter("limit", limit).getResultList();
    }

    /** A request still pending, locked for its delivery; null when delivered or being delivered by another. */
    public OpinionTask lockPendingTask(UUID opinionId) {
        @SuppressWarnings("unchecked")
        List<OpinionTask> rows = getEntityManager().createNativeQuery("""
                select * from opinion_task where opinion_id = :id and pending for update skip locked
                """, OpinionTask.class).setParameter("id", opinionId).getResultList();
        return rows.isEmpty() ? null : rows.get(0);
    }

    /** The opinions whose task planning last called open, the longest unread first, at most {@code limit}. */
    @SuppressWarnings("unchecked")
    public List<UUID> openTasks(int limit) {
        return getEntityManager().createNativeQuery("""
                select opinion_id from opinion_task where task_status in ('OPEN', 'IN_PROGRESS')
                order by synced_at nulls first, opinion_id limit :limit
                """).setParameter("limit", limit).getResultList();
    }

    /** The opinion's task request, if one was made. */
    public OpinionTask task(UUID opinionId) {
        return getEntityManager().find(OpinionTask.class, opinionId);
    }

    /**
     * After a change of an assigned opinion: its task, if asked for and no longer matching the opinion's handler unit
     * or due date as planning last answered, is delivered again (one statement; nothing when there is no task).
     */
    public void taskFollows(Opinion o, Instant now) {
        if (o.status != OpinionStatus.ASSIGNED) {
            return;
        }
        getEntityManager().createNativeQuery("""
                update opinion_task set pending = true, attempts = 0, next_attempt_at = :now
                where opinion_id = :id and not pending
                  and (task_due_on is distinct from :due or task_unit_id is distinct from :unit)
                """).setParameter("now", now).setParameter("id", o.id).setParameter("due", o.dueOn)
                .setParameter("unit", o.handlerUnitId).executeUpdate();
    }

    /** The history of an opinion, oldest first. */
    public List<OpinionEvent> history(UUID opinionId) {
        return getEntityManager().createQuery("from OpinionEvent where opinionId = ?1 order by id", OpinionEvent.class)
                .setParameter(1, opinionId).getResultList();
    }

    public void persist(OpinionEvent event) {
        getEntityManager().persist(event);
    }

    /** One page of a list, newest first. */
    @SuppressWarnings("unchecked")
    public List<Opinion> find(Criteria c, int offset, int size) {
        Where w = where(c);
        Query query = getEntityManager().createNativeQuery("select * from opinion where " + w.sql
                + " order by received_on desc, id limit :size offset :offset", Opinion.class);
        w.bind(query, c);
        return query.setParameter("size", size).setParameter("offset", offset).getResultList();
    }

    public long count(Criteria c) {
        Where w = where(c);
        Query count = getEntityManager().createNativeQuery("select count(*) from opinion where " + w.sql);
        w.bind(count, c);
        return ((Number) count.getSingleResult()).longValue();
    }

    /** The where clause of a list, one condition per part asked for, and the parameters it names. */
    private static Where where(Criteria c) {
        // a subtree can hold a thousand units: one array parameter, unnested, rather than a thousand parameters
        List<String> parts = new ArrayList<>();
        parts.add((c.byHandler() ? "handler_unit_id" : "commune_id")
                + " in (select unnest(cast(:units as uuid[])))");
        if (c.status() != null) {
            parts.add("status = :status");
        }
        if (c.overdueOnly()) {
            parts.add(DuePolicy.PAST_DUE_SQL);
        }
        if (c.dueState() != null) {
            parts.add(DuePolicy.sql(c.dueState()));
        }
        if (c.topic() != null) {
            parts.add("topic = :topic");
        }
        if (c.legalType() != null) {
            parts.add("legal_type = :legalType");
        }
        if (c.from() != null) {
            parts.add("received_on >= :from");
        }
        if (c.to() != null) {
            parts.add("received_on <= :to");
        }
        return new Where(String.join(" and ", parts));
    }

    private record Where(String sql) {

        void bind(Query q, Criteria c) {
            q.setParameter("units", c.units().toArray(UUID[]::new));
            if (c.status() != null) {
                q.setParameter("status", c.status().name());
            }
            if (c.topic() != null) {
                q.setParameter("topic", c.topic().name());
            }
            if (c.legalType() != null) {
                q.setParameter("legalType", c.legalType().name());
            }
            if (c.from() != null) {
                q.setParameter("from", c.from());
            }
            if (c.to() != null) {
                q.setParameter("to", c.to());
            }
            c.cutoffs().bind(q, sql);
        }
    }
}
