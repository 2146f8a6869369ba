package vn.coso.dialogue.opinion.service;

import static vn.coso.platform.web.TextRules.blankToNull;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import vn.coso.dialogue.opinion.Channel;
import vn.coso.dialogue.opinion.ClockStep;
import vn.coso.dialogue.opinion.Complexity;
import vn.coso.dialogue.opinion.LegalType;
import vn.coso.dialogue.opinion.Opinion;
import vn.coso.dialogue.opinion.OpinionStatus;
import vn.coso.platform.problem.ProblemException;
import vn.coso.platform.scope.CallerScope;
import vn.coso.platform.scope.UnitDirectory;
import vn.coso.platform.time.VietnamTime;
import vn.coso.platform.web.Versions;

/**
 * The life of an opinion once received ({@link OpinionIntake}): accepted, answered on the spot or assigned, progress
 * and extensions, the written reply and its sending, re-classification (the new type's clock), and the Fatherland
 * Front's assessment, which may reopen it. Deadlines come from {@link OpinionClock}, due states from
 * {@code DuePolicy}, who may do what from {@link OpinionAccess}; each change is journalled by {@link OpinionJournal}.
 */
@ApplicationScoped
@Transactional
public class OpinionService {

    static final Set<String> HANDLER_KINDS = Set.of("PEOPLES_COMMITTEE", "STATE_OFFICE", "POLICE", "FATHERLAND_FRONT",
            "OTHER");

    private final OpinionClock clock;
    private final OpinionAccess access;
    private final OpinionJournal journal;
    private final CallerScope scope;
    private final UnitDirectory units;
    private final VietnamTime time;

    public OpinionService(OpinionClock clock, OpinionAccess access, OpinionJournal journal, CallerScope scope,
            UnitDirectory units, VietnamTime time) {
        this.clock = clock;
        this.access = access;
        this.journal = journal;
        this.scope = scope;
        this.units = units;
        this.time = time;
    }

    public Optional<OpinionView> answerOnTheSpot(UUID id, String ifMatch, OpinionRequests.OnTheSpot r) {
        return access.staffWritable(id, ifMatch).map(o -> {
            requireStatus(o, OpinionStatus.RECEIVED);
            if (o.channel != Channel.SESSION) {
                throw ProblemException.conflict("opinion.on-the-spot-needs-session");
            }
            o.status = OpinionStatus.ANSWERED_ON_SPOT;
            o.answeredBy = r.answeredBy().strip();
            o.answer = r.answer().strip();
            o.repliedOn = o.receivedOn;
            // answered the day it was said: no clock runs any more
            o.dueOn = null;
            o.dueStep = null;
            o.clockStartedOn = null;
            journal.event(o, "ANSWERED_ON_SPOT", null, null);
            return journal.done(o, "ANSWER");
        });
    }

    /** Accepts (thụ lý) a complaint or a denunciation: its resolution clock starts from that day. */
    public Optional<OpinionView> accept(UUID id, String ifMatch, OpinionRequests.Acceptance r) {
        return access.staffWritable(id, ifMatch).map(o -> {
            requireStatus(o, OpinionStatus.RECEIVED);
            if (o.legalType == LegalType.PETITION) {
                throw ProblemException.conflict("opinion.no-acceptance-step");
            }
            if (o.acceptedOn != null) {
                throw ProblemException.conflict("opinion.already-accepted");
            }
            accept(o, r.acceptedOn(), r.complexity());
            return journal.done(o, "ACCEPT");
        });
    }

    public Optional<OpinionView> assign(UUID id, String ifMatch, OpinionRequests.Assignment r) {
        return access.staffWritable(id, ifMatch).map(o -> {
            requireStatus(o, OpinionStatus.RECEIVED);
            scope.requireVisible(r.handlerUnitId());
            boolean answersOpinions = units.tree().get(r.handlerUnitId())
                    .map(u -> HANDLER_KINDS.contains(u.kind())).orElse(false);
            if (!answersOpinions) {
                throw ProblemException.badRequest("handlerUnitId", "opinion.not-a-handler");
            }
            if (r.assignedOn().isBefore(o.receivedOn)) {
                throw ProblemException.badRequest("assignedOn", "opinion.assigned-before-received");
            }
            if (o.acceptedOn != null && r.assignedOn().isBefore(o.acceptedOn)) {
                throw ProblemException.badRequest("assignedOn", "opinion.assigned-before-accepted");
            }
            if (o.legalType != LegalType.PETITION && o.acceptedOn == null) {
                // handing it to a department to resolve is accepting it, on the day of the assignment
                accept(o, r.assignedOn(), r.complexity());
            }
            LocalDate from = o.acceptedOn != null ? o.acceptedOn : o.receivedOn;
            if (r.days() != null || o.dueStep != ClockStep.RESOLUTION) {
                clock.resolve(o, from, r.days());
            }
            o.status = OpinionStatus.ASSIGNED;
            o.handlerUnitId = r.handlerUnitId();
            o.assignedOn = r.assignedOn();
            journal.event(o, "ASSIGNED", "due " + o.dueOn, null);
            return journal.done(o, "ASSIGN");
        });
    }

    private void accept(Opinion o, LocalDate on, Complexity complexity) {
        if (on.isBefore(o.receivedOn)) {
            throw ProblemException.badRequest("acceptedOn", "opinion.accepted-before-received");
        }
        boolean late = o.dueStep == ClockStep.ACCEPTANCE && o.dueOn != null && on.isAfter(o.dueOn);
        o.acceptedOn = on;
        if (complexity != null) {
            o.complexity = complexity;
        }
        clock.resolve(o, on, null);
        journal.event(o, "ACCEPTED", late ? "accepted after the intake deadline; due " + o.dueOn : "due " + o.dueOn,
                null);
    }

    public Optional<OpinionView> progress(UUID id, String ifMatch, OpinionRequests.Progress r) {
        return access.handlerWritable(id, ifMatch).map(o -> {
            requireStatus(o, OpinionStatus.ASSIGNED);
            journal.event(o, "PROGRESS", r.note().strip(), null);
            return journal.done(o, "PROGRESS");
        });
    }

    public Optional<OpinionView> extend(UUID id, String ifMatch, OpinionRequests.Extension r) {
        return access.handlerWritable(id, ifMatch).map(o -> {
            requireStatus(o, OpinionStatus.ASSIGNED);
            clock.extend(o, r.days());
            journal.event(o, "EXTENDED", r.reason().strip(), null);
            return journal.done(o, "EXTEND");
        });
    }

    public Optional<OpinionView> reply(UUID id, String ifMatch, OpinionRequests.Reply r) {
        return access.handlerWritable(id, ifMatch).map(o -> {
            requireStatus(o, OpinionStatus.ASSIGNED);
            if (r.repliedOn().isBefore(o.assignedOn)) {
                throw ProblemException.badRequest("repliedOn", "opinion.replied-before-assigned");
            }
            o.status = OpinionStatus.REPLIED;
            o.reply = r.reply().strip();
            o.repliedOn = r.repliedOn();
            journal.event(o, "REPLIED", null, null);
            return journal.done(o, "REPLY");
        });
    }

    public Optional<OpinionView> replySent(UUID id, String ifMatch, OpinionRequests.ReplySent r) {
        return access.handlerWritable(id, ifMatch).map(o -> {
            requireStatus(o, OpinionStatus.REPLIED);
            if (r.sentOn().isBefore(o.repliedOn)) {
                throw ProblemException.badRequest("sentOn", "opinion.sent-before-reply");
            }
            o.status = OpinionStatus.CLOSED;
            o.replySentOn = r.sentOn();
            journal.event(o, "REPLY_SENT", null, null);
            return journal.done(o, "CLOSE");
        });
    }

    /**
     * A petition that is really a complaint: the new type's clock. Still waiting for intake, it runs from receipt;
     * accepted or assigned, it starts again from the day of the re-classification, as an acceptance.
     */
    public Optional<OpinionView> reclassify(UUID id, String ifMatch, OpinionRequests.Reclassification r) {
        return access.staffWritable(id, ifMatch).map(o -> {
            if (o.status != OpinionStatus.RECEIVED && o.status != OpinionStatus.ASSIGNED) {
                throw ProblemException.conflict("opinion.reclassify-answered");
            }
            if (o.legalType == r.legalType()) {
                throw ProblemException.badRequest("legalType", "opinion.same-legal-type");
            }
            LocalDate on = r.reclassifiedOn() != null ? r.reclassifiedOn() : time.today();
            if (on.isBefore(o.receivedOn)) {
                throw ProblemException.badRequest("reclassifiedOn", "opinion.reclassified-before-received");
            }
            String change = o.legalType + " -> " + r.legalType() + ": " + r.reason().strip();
            boolean started = o.status == OpinionStatus.ASSIGNED || o.acceptedOn != null;
            o.legalType = r.legalType();
            o.severalPlaces = o.severalPlaces && o.legalType == LegalType.DENUNCIATION;
            if (!started) {
                clock.start(o);
            } else {
                o.acceptedOn = o.legalType == LegalType.PETITION ? null : on;
                clock.resolve(o, on, null);
            }
            journal.event(o, "RECLASSIFIED", change + "; due " + o.dueOn, null);
            return journal.done(o, "RECLASSIFY");
        });
    }

    /** The Fatherland Front's assessment of a reply; asking for a new answer reopens the opinion for the handler. */
    public Optional<OpinionView> assess(UUID id, String ifMatch, OpinionRequests.Supervision r) {
        return access.readable(id).map(o -> {
            Versions.requireMatch(ifMatch, o.version);
            if (o.status != OpinionStatus.REPLIED && o.status != OpinionStatus.CLOSED
                    && o.status != OpinionStatus.ANSWERED_ON_SPOT) {
                throw ProblemException.conflict("opinion.nothing-to-assess");
            }
            boolean reopen = Boolean.TRUE.equals(r.reopen());
            if (reopen) {
                if (o.handlerUnitId == null) {
                    throw ProblemException.conflict("opinion.reopen-needs-handler");
                }
                LocalDate today = time.today();
                o.status = OpinionStatus.ASSIGNED;
                o.reopened++;
                o.assignedOn = today;
                clock.resolve(o, today, null);
                o.reply = null;
                o.repliedOn = null;
                o.replySentOn = null;
            }
            journal.event(o, "ASSESSED", blankToNull(r.note()), r.assessment());
            if (reopen) {
                journal.event(o, "REOPENED", null, null);
            }
            return journal.done(o, "ASSESS");
        });
    }

    private static void requireStatus(Opinion o, OpinionStatus expected) {
        if (o.status != expected) {
            throw ProblemException.conflict("opinion.wrong-status", o.status.name(), expected.name());
        }
    }
}
