package vn.coso.dialogue.opinion.service;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import vn.coso.dialogue.opinion.DuePolicy;
import vn.coso.dialogue.opinion.Opinion;
import vn.coso.dialogue.opinion.OpinionEvent;
import vn.coso.dialogue.opinion.OpinionTask;
import vn.coso.dialogue.opinion.repository.OpinionRepository;
import vn.coso.platform.audit.AuditLog;
import vn.coso.platform.feed.ChangeFeed;
import vn.coso.platform.time.VietnamTime;

/**
 * What follows every change of an opinion: an entry in its history (who, what, when), the audit entry (the action
 * and the status, never the content), the integrators' feed event (ids, places, topic, type, state and dates, never
 * a person or the text), and the view the caller gets back, with its due state and clock.
 */
@ApplicationScoped
public class OpinionJournal {

    static final String RESOURCE = "opinion";
    /** The feed's event types: this prefix and the action, lower case (vn.coso.dialogue.opinion.assign). */
    static final String FEED_TYPE = "vn.coso.dialogue.opinion.";

    /** What the feed says of an opinion after a change. */
    public record Change(UUID opinionId, UUID communeId, UUID villageId,
            UUID handlerUnitId, String channel, String topic, String legalType, String status,
            LocalDate receivedOn, LocalDate dueOn, LocalDate repliedOn,
            LocalDate replySentOn, int reopened) {

        static Change of(Opinion o) {
            return new Change(o.id, o.communeId, o.villageId, o.handlerUnitId, o.channel.name(), o.topic.name(),
                    o.legalType.name(), o.status.name(), o.receivedOn, o.dueOn, o.repliedOn, o.replySentOn,
                    o.reopened);
        }
    }

    private final OpinionRepository opinions;
    private final OpinionClock clock;
    private final DuePolicy due;
    private final OpinionAccess access;
    private final AuditLog audit;
    private final ChangeFeed feed;
    private final VietnamTime time;

    public OpinionJournal(OpinionRepository opinions, OpinionClock clock, DuePolicy due, OpinionAccess access,
            AuditLog audit, ChangeFeed feed, VietnamTime time) {
        this.feed = feed;
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
        changed(o, action);
        return view(o, "CREATE".equals(action));
    }

    /** Writes the change, audits it and tells the feed, in the change's transaction. */
    void changed(Opinion o, String action) {
        opinions.flush();
        audit.record(action, RESOURCE, o.id, o.communeId, Map.of("status", o.status.name()));
        published(o, action);
        // a task asked for already follows a new due date (an extension, a re-classification, a reopening)
        opinions.taskFollows(o, time.now());
    }

    /** Tells the integrators' feed how the opinion stands after {@code action}, in the change's transaction. */
    void published(Opinion o, String action) {
        feed.append(FEED_TYPE + action.toLowerCase(Locale.ROOT), o.id, o.communeId, Change.of(o));
    }

    OpinionView view(Opinion o, boolean recording) {
        return view(o, opinions.history(o.id), recording ? null : opinions.task(o.id), recording);
    }

    OpinionView view(Opinion o, List<OpinionEvent> history, OpinionTask task, boolean recording) {
        return OpinionView.of(o, due.state(o, due.cutoffs(time.today())),
                OpinionView.DueRule.of(clock.current(o), o.clockStartedOn), clock.provisional(o), task, history,
                recording);
    }
}
