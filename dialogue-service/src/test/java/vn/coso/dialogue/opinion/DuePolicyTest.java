package vn.coso.dialogue.opinion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import vn.coso.platform.calendar.WorkingDays;

/**
 * The due states at their boundaries, without a server. The day is Monday 16/11/2026; November 2026 has no public
 * holiday, so its working days are Monday to Friday: three working days ahead is Thursday 19/11, ten back is Monday
 * 02/11 (13, 12, 11, 10, 9, 6, 5, 4, 3, 2).
 */
class DuePolicyTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 16);

    final DuePolicy policy = new DuePolicy(new WorkingDays());
    final DuePolicy.Cutoffs cutoffs = policy.cutoffs(TODAY);

    @Test
    void shouldCountTheCutoffsInWorkingDays() {
        assertEquals(new DuePolicy.Cutoffs(TODAY, LocalDate.of(2026, 11, 19), LocalDate.of(2026, 11, 2)), cutoffs);
    }

    @Test
    void shouldPlaceAnOpenOpinionByItsDueDay() {
        assertEquals(DueState.VERY_OVERDUE, state(OpinionStatus.ASSIGNED, "2026-11-01", null));
        assertEquals(DueState.OVERDUE, state(OpinionStatus.ASSIGNED, "2026-11-02", null));
        assertEquals(DueState.OVERDUE, state(OpinionStatus.RECEIVED, "2026-11-13", null));
        assertEquals(DueState.DUE_SOON, state(OpinionStatus.RECEIVED, "2026-11-16", null));
        assertEquals(DueState.DUE_SOON, state(OpinionStatus.ASSIGNED, "2026-11-19", null));
        assertEquals(DueState.ON_TIME, state(OpinionStatus.ASSIGNED, "2026-11-20", null));
    }

    @Test
    void shouldJudgeARepliedOpinionByTheReplysDay() {
        assertEquals(DueState.REPLIED_ON_TIME, state(OpinionStatus.REPLIED, "2026-11-10", "2026-11-10"));
        assertEquals(DueState.REPLIED_LATE, state(OpinionStatus.REPLIED, "2026-11-10", "2026-11-11"));
        // a reply is judged against its due day whatever today is
        assertEquals(DueState.REPLIED_ON_TIME, state(OpinionStatus.CLOSED, "2026-10-01", "2026-09-30"));
    }

    @Test
    void shouldGiveNoStateWithoutAClock() {
        assertNull(state(OpinionStatus.ANSWERED_ON_SPOT, "2026-11-01", "2026-10-30"));
        assertNull(state(OpinionStatus.RECEIVED, null, null));
        assertNull(state(OpinionStatus.CLOSED, "2026-11-01", null));
    }

    private DueState state(OpinionStatus status, String dueOn, String repliedOn) {
        Opinion o = new Opinion();
        o.status = status;
        o.dueOn = dueOn == null ? null : LocalDate.parse(dueOn);
        o.repliedOn = repliedOn == null ? null : LocalDate.parse(repliedOn);
        return policy.state(o, cutoffs);
    }
}
