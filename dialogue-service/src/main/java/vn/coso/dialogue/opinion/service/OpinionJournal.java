package vn.coso.dialogue.opinion.service;

import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import vn.coso.dialogue.opinion.DuePolicy;
import vn.coso.dialogue.opinion.Opinion;
import vn.coso.dialogue.opinion.OpinionEvent;
import vn.coso.dialogue.opinion.repository.OpinionRepository;
import vn.coso.platform.audit.AuditLog;
import vn.coso.platform.time.VietnamTime;

/**
 * What follows every change of an opinion: an entry in its history (who, what, when), the audit entry (the action
 * and the status, never the content), and the view the caller gets back, with its due state and clock.
 */
@ApplicationScoped
public class OpinionJournal {

    static final String RESOURCE = "opinion";

    private final OpinionRepository opinions;
    private final OpinionClock clock;
    private final DuePolicy due;
    private final OpinionAccess access;
    private final AuditLog audit;
    private final VietnamTime time;

    public OpinionJournal(OpinionRepository opinions, OpinionClock clock, DuePolicy due, OpinionAccess access,
            AuditLog audit, VietnamTime time) {
        this.opinions = opinions;
        this.clock = clock;
        this.due = due;
        this.access = access;
        this.audit = audit;
        this.time = time;
    }

    void event(Opinion o, String kind, String note, OpinionEvent.Assessment assessment) {
        OpinionEvent e = new OpinionEvent();
        e.occurredAt = time.now();
        e.opinionId = o.id;
        e.kind = kind;
        e.actor = access.actor();
        e.note = note;
        e.assessment = assessment;
        opinions.persist(e);
    }

    /** Writes the change, audits it and answers the opinion as it now stands. */
    OpinionView done(Opinion o, String action) {
        opinions.flush();
        audit.record(action, RESOURCE, o.id, o.communeId, Map.of("status", o.status.name()));
        return view(o, "CREATE".equals(action));
    }

    OpinionView view(Opinion o, boolean recording) {
        return view(o, opinions.history(o.id), recording);
    }

    OpinionView view(Opinion o, List<OpinionEvent> history, boolean recording) {
        return OpinionView.of(o, due.state(o, due.cutoffs(time.today())),
                OpinionView.DueRule.of(clock.current(o), o.clockStartedOn), clock.provisional(o), history,
                recording);
    }
}
