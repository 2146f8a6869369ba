package vn.coso.dialogue.opinion.service;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.coso.dialogue.opinion.Channel;
import vn.coso.dialogue.opinion.ClockStep;
import vn.coso.dialogue.opinion.Complexity;
import vn.coso.dialogue.opinion.DueState;
import vn.coso.dialogue.opinion.LegalType;
import vn.coso.dialogue.opinion.Opinion;
import vn.coso.dialogue.opinion.OpinionEvent;
import vn.coso.dialogue.opinion.OpinionStatus;
import vn.coso.dialogue.opinion.OpinionTask;
import vn.coso.dialogue.opinion.Topic;
import vn.coso.platform.calendar.DayCount;
import vn.coso.platform.web.Versioned;

/** An opinion as the commune, the handler and the supervisor see it. */
@Schema(name = "Opinion")
public record OpinionView(UUID id, String trackingCode, UUID sessionId, Channel channel, UUID communeId,
        UUID villageId, String speakerName, String contact, Topic topic, LegalType legalType, String text,
        LocalDate receivedOn, OpinionStatus status, DueState dueState, String answeredBy, String answer,
        UUID handlerUnitId, LocalDate assignedOn, LocalDate acceptedOn, Complexity complexity, boolean severalPlaces,
        @Schema(description = "The step the due date belongs to: ACCEPTANCE (thụ lý) or RESOLUTION") ClockStep dueStep,
        LocalDate dueOn,
        @Schema(description = "The legal clock the due date comes from (in the opinion's own view, not in lists)") DueRule dueRule,
        @Schema(description = "True when a year counted has no recorded government decision on its holidays: the "
                + "due date may move") boolean dueProvisional,
        int extensions, int extensionDays, String reply,
        LocalDate repliedOn, LocalDate replySentOn, int reopened,
        @Schema(description = "The handler unit's task in planning-service, once asked for (in the opinion's own "
                + "view, not in lists)") TaskLink task,
        List<EventView> history, long version)
        implements
            Versioned {

    /** The clock of a due date: its length and count, from which event, and the text that gives it. */
    @Schema(name = "DueRule")
    public record DueRule(int length, DayCount dayCount, String startsFrom, LocalDate startedOn,
            int extensionsAllowed, int extensionLength, String legalBasis, boolean sourceVerified) {

        public static DueRule of(LegalClocks.Rule r, LocalDate startedOn) {
            return r == null
                    ? null
                    : new DueRule(r.length(), r.dayCount(), r.startsFrom(), startedOn,
                            r.extensionsAllowed(), r.extensionLength(), r.legalBasis(), r.sourceVerified());
        }
    }

    /**
     * The view; the tracking code (the key to the citizen's status page) only when {@code withCode}: in the answer
     * that records the opinion, so that the officer can hand it to the person. Staff lists and reads never show it.
     */
    public static OpinionView of(Opinion o, DueState due, DueRule rule, boolean provisional,
            OpinionTask task, List<OpinionEvent> history, boolean withCode) {
        return new OpinionView(o.id, withCode ? o.trackingCode : null, o.sessionId, o.channel, o.communeId, o.villageId,
                o.speakerName, o.contact, o.topic, o.legalType, o.text, o.receivedOn, o.status, due, o.answeredBy,
                o.answer, o.handlerUnitId, o.assignedOn, o.acceptedOn, o.complexity, o.severalPlaces, o.dueStep,
                o.dueOn, rule, provisional, o.extensions, o.extensionDays, o.reply, o.repliedOn, o.replySentOn,
                o.reopened, TaskLink.of(task), history.stream().map(EventView::of).toList(), o.version);
    }

    /**
     * The opinion's task in planning-service: where the request stands, and the task's state as planning last told
     * (at {@code syncedAt}). A task done does not close the opinion: the reply does.
     */
    @Schema(name = "OpinionTaskLink")
    public record TaskLink(OpinionTask.State state, UUID taskId,
            @Schema(description = "The task in planning-service") String href,
            @Schema(description = "OPEN, IN_PROGRESS, DONE or CANCELLED, as planning-service last answered") String status,
            Integer progress, LocalDate dueOn, LocalDate completedOn, java.time.Instant syncedAt,
            java.time.Instant requestedAt, String requestedBy,
            @Schema(description = "Why the last delivery failed (a status), while it is retried or once refused") String lastFailure) {

        static TaskLink of(OpinionTask t) {
            return t == null
                    ? null
                    : new TaskLink(t.state(), t.taskId, t.taskId == null ? null : "/api/planning/tasks/" + t.taskId,
                            t.taskStatus, t.taskProgress, t.taskDueOn, t.taskCompletedOn, t.syncedAt, t.requestedAt,
                            t.requestedBy, t.lastFailure);
        }
    }

    @Schema(name = "OpinionEvent")
    public record EventView(String kind, java.time.Instant occurredAt, String actor, String note,
            OpinionEvent.Assessment assessment) {
        static EventView of(OpinionEvent e) {
            return new EventView(e.kind, e.occurredAt, e.actor, e.note, e.assessment);
        }
    }

    /** What a citizen sees with the tracking code: the state and the reply once sent, nothing else. */
    @Schema(name = "PublicOpinion")
    public record Tracked(String trackingCode, Topic topic, LocalDate receivedOn, OpinionStatus status,
            LocalDate dueOn, String reply, LocalDate repliedOn) {

        public static Tracked of(Opinion o) {
            boolean published = o.status == OpinionStatus.CLOSED || o.status == OpinionStatus.ANSWERED_ON_SPOT;
            return new Tracked(o.trackingCode, o.topic, o.receivedOn, o.status, o.dueOn,
                    published ? (o.status == OpinionStatus.ANSWERED_ON_SPOT ? o.answer : o.reply) : null,
                    published ? o.repliedOn : null);
        }
    }
}
