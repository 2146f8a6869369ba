package vn.coso.dialogue.session.service;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.coso.dialogue.session.DialogueSession;
import vn.coso.dialogue.session.SessionStatus;
import vn.coso.dialogue.session.repository.SessionRepository;
import vn.coso.platform.audit.AuditLog;
import vn.coso.platform.paging.Page;
import vn.coso.platform.paging.PageParams;
import vn.coso.platform.problem.ProblemException;
import vn.coso.platform.scope.CallerScope;
import vn.coso.platform.scope.UnitDirectory;
import vn.coso.platform.scope.UnitKind;
import vn.coso.platform.time.VietnamTime;
import vn.coso.platform.web.Versions;

/** Dialogue sessions of the communes in the caller's subtree. */
@ApplicationScoped
@Transactional
public class SessionService {

    @Schema(name = "OccurrenceChange")
    public record Change(@Schema(description = "The new date; none to cancel") LocalDate heldOn,
            @NotBlank @Size(max = 1000) String reason) {
    }

    private final SessionRepository sessions;
    private final CallerScope scope;
    private final UnitDirectory units;
    private final AuditLog audit;

    private final VietnamTime time;

    public SessionService(SessionRepository sessions, CallerScope scope, UnitDirectory units, AuditLog audit,
            VietnamTime time) {
        this.time = time;
        this.sessions = sessions;
        this.scope = scope;
        this.units = units;
        this.audit = audit;
    }

    public SessionView plan(SessionRequest request) {
        scope.requireVisible(request.communeId());
        if (!units.is(request.communeId(), UnitKind.COMMUNE_COMMITTEE)) {
            throw ProblemException.badRequest("communeId", "session.not-a-commune");
        }
        boolean villageOfCommune = units.isUnder(request.communeId(), request.villageId(), UnitKind.VILLAGE,
                UnitKind.RESIDENTIAL_GROUP);
        if (!villageOfCommune) {
            throw ProblemException.badRequest("villageId", "session.village-outside-commune");
        }
        DialogueSession s = new DialogueSession();
        s.id = UUID.randomUUID();
        s.level = request.level();
        s.communeId = request.communeId();
        s.villageId = request.villageId();
        s.heldOn = request.heldOn();
        s.place = request.place().strip();
        s.status = SessionStatus.PLANNED;
        s.createdAt = time.now();
        sessions.persistAndFlush(s);
        audit.record("CREATE", "dialogue-session", s.id, s.communeId, Map.of());
        return SessionView.of(s);
    }

    /** Records how the session went: attendance, speakers, the report and the conclusion. */
    public Optional<SessionView> record(UUID id, String ifMatch, SessionRecord r, String recordedBy) {
        return sessions.findByIdOptional(id).filter(s -> scope.canSee(s.communeId)).map(s -> {
            Versions.requireMatch(ifMatch, s.version);
            if (r.status() == SessionStatus.PLANNED) {
                throw ProblemException.badRequest("status", "session.record-status");
            }
            if (r.speakers() > r.attendees()) {
                throw ProblemException.badRequest("speakers", "session.speakers-over-attendees");
            }
            if (r.status() != SessionStatus.CANCELLED
                    && s.heldOn.isAfter(time.today())) {
                throw ProblemException.badRequest("status", "session.not-yet-held");
            }
            if (r.conclusionDate() != null && r.conclusionDate().isBefore(s.heldOn)) {
                throw ProblemException.badRequest("conclusionDate", "session.conclusion-before-session");
            }
            s.status = r.status();
            s.host = r.host().strip();
            s.workingGroup = r.workingGroup();
            s.attendees = r.attendees();
            s.households = r.households();
            s.speakers = r.speakers();
            s.agenda = r.agenda();
            s.report = r.report();
            s.conclusionNumber = r.conclusionNumber();
            s.conclusionDate = r.conclusionDate();
            s.recordedBy = recordedBy;
            s.recordedAt = time.now();
            sessions.flush();
            audit.record("RECORD", "dialogue-session", s.id, s.communeId, Map.of("status", s.status.name()));
            return SessionView.of(s);
        });
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<SessionView> get(UUID id) {
        return sessions.findByIdOptional(id).filter(s -> scope.canSee(s.communeId)).map(SessionView::of);
    }

    /** Sessions the caller may see, narrowed to a unit's subtree, a period and a status when given. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<SessionView> list(UUID unit, LocalDate from, LocalDate to, SessionStatus status, PageParams page) {
        if (from != null && to != null && to.isBefore(from)) {
            throw ProblemException.badRequest("to", "session.period-reversed");
        }
        java.util.Set<UUID> communes = scope.subtreeOr(unit);
        var filter = new SessionRepository.Filter(communes, from, to, status);
        return new Page<>(sessions.find(filter, page.offset(), page.size).stream().map(SessionView::of).toList(),
                sessions.count(filter));
    }

    /** Moves one planned occurrence to another day, or cancels it; either way with the reason. */
    public Optional<SessionView> change(UUID sessionId, String ifMatch, Change c) {
        return Optional.ofNullable(sessions.findById(sessionId)).filter(s -> scope.canSee(s.communeId))
                .map(s -> {
                    Versions.requireMatch(ifMatch, s.version);
                    if (s.status != SessionStatus.PLANNED) {
                        throw ProblemException.conflict("schedule.not-planned");
                    }
                    if (c.heldOn() == null) {
                        s.status = SessionStatus.CANCELLED;
                    } else {
                        if (c.heldOn().isBefore(time.today())) {
                            throw ProblemException.badRequest("heldOn", "schedule.moved-into-the-past");
                        }
                        s.heldOn = c.heldOn();
                    }
                    s.changeReason = c.reason().strip();
                    sessions.flush();
                    audit.record(c.heldOn() == null ? "CANCEL" : "MOVE", "dialogue-session", s.id, s.communeId,
                            Map.of());
                    return SessionView.of(s);
                });
    }
}
