package vn.coso.dialogue.opinion;

import java.time.LocalDate;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import vn.coso.platform.calendar.WorkingDays;

/**
 * How an opinion stands against its due date: the one definition, used by the Java views and, as SQL predicates over
 * the {@code opinion} table, by the lists and the statistics. Both compare {@code due_on} with the same three dates
 * of a day ({@link Cutoffs}), so they cannot disagree.
 * <ul>
 * <li>open: received or assigned, not answered on the spot, no reply yet;</li>
 * <li>overdue: open, and the due day is before today; very overdue: the due day is before the tenth working day
 * before today;</li>
 * <li>due soon: open, due today or within the next three working days;</li>
 * <li>replied on time or late: the reply's date against the due day.</li>
 * </ul>
 */
@ApplicationScoped
public class DuePolicy {

    /** An opinion still waiting for its answer. */
    public static final String OPEN_SQL = "status in ('RECEIVED', 'ASSIGNED') and replied_on is null "
            + "and due_on is not null";

    private static final Map<DueState, String> SQL = Map.of(
            DueState.VERY_OVERDUE, OPEN_SQL + " and due_on < :veryOverdueBefore",
            DueState.OVERDUE, OPEN_SQL + " and due_on < :today and due_on >= :veryOverdueBefore",
            DueState.DUE_SOON, OPEN_SQL + " and due_on >= :today and due_on <= :dueSoonUntil",
            DueState.ON_TIME, OPEN_SQL + " and due_on > :dueSoonUntil",
            DueState.REPLIED_ON_TIME, "replied_on is not null and due_on is not null and replied_on <= due_on "
                    + "and status <> 'ANSWERED_ON_SPOT'",
            DueState.REPLIED_LATE, "replied_on is not null and due_on is not null and replied_on > due_on "
                    + "and status <> 'ANSWERED_ON_SPOT'");

    /** Overdue or very overdue. */
    public static final String PAST_DUE_SQL = OPEN_SQL + " and due_on < :today";

    /** The days a day's due states are judged against. */
    public record Cutoffs(LocalDate today, LocalDate dueSoonUntil, LocalDate veryOverdueBefore) {

        /** Binds the parameters of these predicates that {@code sql} uses. */
        public jakarta.persistence.Query bind(jakarta.persistence.Query q, String sql) {
            Map.of("today", today, "dueSoonUntil", dueSoonUntil, "veryOverdueBefore", veryOverdueBefore)
                    .forEach((name, day) -> {
                        if (sql.contains(":" + name)) {
                            q.setParameter(name, day);
                        }
                    });
            return q;
        }
    }

    private final WorkingDays calendar;

    public DuePolicy(WorkingDays calendar) {
        this.calendar = calendar;
    }

    public Cutoffs cutoffs(LocalDate today) {
        return new Cutoffs(today, calendar.plusWorkingDays(today, 3), calendar.plusWorkingDays(today, -10));
    }

    /** The state; null for an opinion without a due day or answered on the spot. */
    public DueState state(Opinion o, Cutoffs c) {
        if (o.dueOn == null || o.status == OpinionStatus.ANSWERED_ON_SPOT) {
            return null;
        }
        if (o.repliedOn != null) {
            return o.repliedOn.isAfter(o.dueOn) ? DueState.REPLIED_LATE : DueState.REPLIED_ON_TIME;
        }
        if (o.status != OpinionStatus.RECEIVED && o.status != OpinionStatus.ASSIGNED) {
            return null;
        }
        if (o.dueOn.isBefore(c.veryOverdueBefore())) {
            return DueState.VERY_OVERDUE;
        }
        if (o.dueOn.isBefore(c.today())) {
            return DueState.OVERDUE;
        }
        return o.dueOn.isAfter(c.dueSoonUntil()) ? DueState.ON_TIME : DueState.DUE_SOON;
    }

    /** The SQL predicate of a state, with the parameters of {@link Cutoffs#bind}. */
    public static String sql(DueState state) {
        return SQL.get(state);
    }
}
