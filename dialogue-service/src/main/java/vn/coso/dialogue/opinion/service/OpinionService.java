package vn.coso.dialogue.opinion.service;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.quarkus.security.identity.SecurityIdentity;

import vn.coso.dialogue.opinion.Channel;
import vn.coso.dialogue.opinion.ClockStep;
import vn.coso.dialogue.opinion.Complexity;
import vn.coso.dialogue.opinion.DueState;
import vn.coso.dialogue.opinion.LegalType;
import vn.coso.dialogue.opinion.Opinion;
import vn.coso.dialogue.opinion.OpinionEvent;
import vn.coso.dialogue.opinion.OpinionStatus;
import vn.coso.dialogue.opinion.Topic;
import vn.coso.dialogue.session.DialogueSession;
import vn.coso.platform.audit.AuditLog;
import vn.coso.platform.paging.Page;
import vn.coso.platform.problem.ProblemException;
import vn.coso.platform.scope.CallerScope;
import vn.coso.platform.scope.UnitDirectory;
import vn.coso.platform.scope.UnitKind;
import vn.coso.platform.time.VietnamTime;
import vn.coso.platform.web.Versions;

/**
 * The life of an opinion: recorded (its legal clock starts at receipt), accepted, answered on the spot or assigned,
 * progress and extensions, the written reply and its sending, re-classification (the new type's clock), and the
 * Fatherland Front's assessment, which may reopen it. Deadlines come from {@link OpinionClock}, due states from
 * {@link DuePolicy}. The commune's staff see the opinions of their subtree; a handler sees
 * those assigned to its unit; a supervisor reads and assesses but changes nothing else.
 */
@ApplicationScoped
@Transactional
public class OpinionService {

    static final String RESOURCE = "opinion";
    /** Tracking codes: no 0/O, 1/I/L, so that they read aloud and copy by hand without mistakes. */
    static final char[] CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ".toCharArray();
    static final int CODE_LENGTH = 12;
    static final Set<String> HANDLER_KINDS = Set.of("PEOPLES_COMMITTEE", "STATE_OFFICE", "POLICE", "FATHERLAND_FRONT",
            "OTHER");

    private final EntityManager em;
    private final OpinionClock clock;
    private final DuePolicy due;
    private final CallerScope scope;
    private final UnitDirectory units;
    private final SecurityIdentity identity;
    private final AuditLog audit;
    private final SecureRandom random = new SecureRandom();

    private final VietnamTime time;

    public OpinionService(EntityManager em, OpinionClock clock, DuePolicy due, CallerScope scope,
            UnitDirectory units, SecurityIdentity identity, AuditLog audit, VietnamTime time) {
        this.time = time;
        this.em = em;
        this.clock = clock;
        this.due = due;
        this.scope = scope;
        this.units = units;
        this.identity = identity;
        this.audit = audit;
    }

    public OpinionView record(OpinionRequests.Record r) {
        UUID commune = r.communeId();
        if (r.sessionId() != null) {
            DialogueSession s = em.find(DialogueSession.class, r.sessionId());
            if (s == null) {
                throw ProblemException.badRequest("sessionId", "opinion.unknown-session");
            }
            scope.requireVisible(s.communeId);
            commune = s.communeId;
        } else if (r.channel() == Channel.SESSION) {
            throw ProblemException.badRequest("sessionId", "opinion.session-required");
        }
        if (commune == null) {
            throw ProblemException.badRequest("communeId", "opinion.commune-required");
        }
        scope.requireVisible(commune);
        requireVillageOf(commune, r.villageId());
        Opinion o = new Opinion();
        o.createdAt = time.now();
        o.id = UUID.randomUUID();
        o.trackingCode = newTrackingCode();
        o.sessionId = r.sessionId();
        o.channel = r.channel();
        o.communeId = commune;
        o.villageId = r.villageId();
        o.speakerName = blankToNull(r.speakerName());
        o.contact = blankToNull(r.contact());
        o.topic = r.topic();
        o.legalType = r.legalType();
        o.text = r.text().strip();
        o.receivedOn = r.receivedOn();
        o.severalPlaces = o.legalType == LegalType.DENUNCIATION && Boolean.TRUE.equals(r.severalPlaces());
        o.status = OpinionStatus.RECEIVED;
        clock.start(o);
        em.persist(o);
        event(o, "RECORDED", "due " + o.dueOn, null);
        return done(o, "CREATE");
    }

    /** Anyone, without an account: the opinion and the tracking code to follow it. */
    public Opinion submitPublic(OpinionRequests.Public r, String citizenSubject) {
        boolean commune = units.is(r.communeId(), UnitKind.COMMUNE_COMMITTEE);
        if (!commune) {
            throw ProblemException.badRequest("communeId", "opinion.not-a-commune");
        }
        requireVillageOf(r.communeId(), r.villageId());
        Opinion o = new Opinion();
        o.createdAt = time.now();
        o.id = UUID.randomUUID();
        o.trackingCode = newTrackingCode();
        o.channel = Channel.ONLINE;
        o.communeId = r.communeId();
        o.villageId = r.villageId();
        o.speakerName = blankToNull(r.name());
        o.contact = blankToNull(r.contact());
        o.citizenSubject = citizenSubject;
        o.topic = r.topic();
        o.legalType = LegalType.PETITION;
        o.text = r.text().strip();
        o.receivedOn = time.today();
        o.status = OpinionStatus.RECEIVED;
        clock.start(o);
        em.persist(o);
        event(o, "SUBMITTED_ONLINE", null, null);
        em.flush();
        audit.record("CREATE", RESOURCE, o.id, o.communeId, Map.of("channel", "ONLINE"));
        return o;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<OpinionView.Tracked> track(String code) {
        if (code == null || code.length() != CODE_LENGTH) {
            return Optional.empty();
        }
        return em.createQuery("from Opinion where trackingCode = ?1", Opinion.class).setParameter(1, code)
                .getResultStream().findFirst().map(OpinionView.Tracked::of);
    }

    /** The signed-in citizen's own opinions, newest first, one page. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<OpinionView.Tracked> mine(String citizenSubject, int offset, int size) {
        List<OpinionView.Tracked> rows = em.createQuery(
                "from Opinion where citizenSubject = ?1 order by receivedOn desc, id", Opinion.class)
                .setParameter(1, citizenSubject).setFirstResult(offset).setMaxResults(size).getResultList().stream()
                .map(OpinionView.Tracked::of).toList();
        long total = em.createQuery("select count(*) from Opinion where citizenSubject = ?1", Long.class)
                .setParameter(1, citizenSubject).getSingleResult();
        return new Page<>(rows, total);
    }

    public Optional<OpinionView> read(UUID id) {
        return readable(id).map(o -> {
            audit.record("READ", RESOURCE, o.id, o.communeId, Map.of());
            return view(o);
        });
    }

    /** What a list of opinions may be narrowed to; every part optional. */
    public record ListFilter(UUID unit, OpinionStatus status, boolean overdueOnly, DueState dueState, Topic topic,
            LegalType legalType, java.time.LocalDate from, java.time.LocalDate to) {
    }

    /**
     * The opinions the caller may read, newest first; {@code overdueOnly} keeps those past their due date (overdue or
     * very overdue), {@code dueState} those in one state, both by {@link DuePolicy}.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<OpinionView> list(ListFilter f, int offset, int size) {
        UUID unit = f.unit();
        OpinionStatus status = f.status();
        boolean overdueOnly = f.overdueOnly();
        DueState dueState = f.dueState();
        if (f.from() != null && f.to() != null && f.to().isBefore(f.from())) {
            throw ProblemException.badRequest("to", "opinion.period-reversed");
        }
        Set<UUID> visible = scope.subtreeOr(unit);
        // a subtree can hold a thousand units: one array parameter, unnested, rather than a thousand parameters
        StringBuilder where = new StringBuilder(handlerOnly() ? "handler_unit_id" : "commune_id")
                .append(" in (select unnest(cast(:units as uuid[])))");
        if (status != null) {
            where.append(" and status = :status");
        }
        if (overdueOnly) {
            where.append(" and ").append(DuePolicy.PAST_DUE_SQL);
        }
        if (dueState != null) {
            where.append(" and ").append(DuePolicy.sql(dueState));
        }
        if (f.topic() != null) {
            where.append(" and topic = :topic");
        }
        if (f.legalType() != null) {
            where.append(" and legal_type = :legalType");
        }
        if (f.from() != null) {
            where.append(" and received_on >= :from");
        }
        if (f.to() != null) {
            where.append(" and received_on <= :to");
        }
        DuePolicy.Cutoffs cutoffs = due.cutoffs(time.today());
        var query = em.createNativeQuery("select * from opinion where " + where
                + " order by received_on desc, id limit :size offset :offset", Opinion.class);
        var count = em.createNativeQuery("select count(*) from opinion where " + where);
        for (var q : List.of(query, count)) {
            q.setParameter("units", visible.toArray(UUID[]::new));
            if (status != null) {
                q.setParameter("status", status.name());
            }
            if (f.topic() != null) {
                q.setParameter("topic", f.topic().name());
            }
            if (f.legalType() != null) {
                q.setParameter("legalType", f.legalType().name());
            }
            if (f.from() != null) {
                q.setParameter("from", f.from());
            }
            if (f.to() != null) {
                q.setParameter("to", f.to());
            }
            cutoffs.bind(q, where.toString());
        }
        @SuppressWarnings("unchecked")
        List<Opinion> found = query.setParameter("size", size).setParameter("offset", offset).getResultList();
        List<OpinionView> rows = found.stream()
                .map(o -> OpinionView.of(o, due.state(o, cutoffs), null, false, List.of(), false)).toList();
        // which opinions (with the citizens' names and contacts) were shown, by id: a list is a disclosure too
        audit.record("LIST", RESOURCE, null, unit == null ? scope.unit().orElse(null) : unit,
                Map.of("returned", rows.size(), "ids", rows.stream().map(r -> r.id().toString()).toList()));
        return new Page<>(rows, ((Number) count.getSingleResult()).longValue());
    }

    public Optional<OpinionView> answerOnTheSpot(UUID id, String ifMatch, OpinionRequests.OnTheSpot r) {
        return staffWritable(id, ifMatch).map(o -> {
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
            event(o, "ANSWERED_ON_SPOT", null, null);
            return done(o, "ANSWER");
        });
    }

    /** Accepts (thụ lý) a complaint or a denunciation: its resolution clock starts from that day. */
    public Optional<OpinionView> accept(UUID id, String ifMatch, OpinionRequests.Acceptance r) {
        return staffWritable(id, ifMatch).map(o -> {
            requireStatus(o, OpinionStatus.RECEIVED);
            if (o.legalType == LegalType.PETITION) {
                throw ProblemException.conflict("opinion.no-acceptance-step");
            }
            if (o.acceptedOn != null) {
                throw ProblemException.conflict("opinion.already-accepted");
            }
            accept(o, r.acceptedOn(), r.complexity());
            return done(o, "ACCEPT");
        });
    }

    public Optional<OpinionView> assign(UUID id, String ifMatch, OpinionRequests.Assignment r) {
        return staffWritable(id, ifMatch).map(o -> {
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
            event(o, "ASSIGNED", "due " + o.dueOn, null);
            return done(o, "ASSIGN");
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
        event(o, "ACCEPTED", late ? "accepted after the intake deadline; due " + o.dueOn : "due " + o.dueOn, null);
    }

    public Optional<OpinionView> progress(UUID id, String ifMatch, OpinionRequests.Progress r) {
        return handlerWritable(id, ifMatch).map(o -> {
            requireStatus(o, OpinionStatus.ASSIGNED);
            event(o, "PROGRESS", r.note().strip(), null);
            return done(o, "PROGRESS");
        });
    }

    public Optional<OpinionView> extend(UUID id, String ifMatch, OpinionRequests.Extension r) {
        return handlerWritable(id, ifMatch).map(o -> {
            requireStatus(o, OpinionStatus.ASSIGNED);
            clock.extend(o, r.days());
            event(o, "EXTENDED", r.reason().strip(), null);
            return done(o, "EXTEND");
        });
    }

    public Optional<OpinionView> reply(UUID id, String ifMatch, OpinionRequests.Reply r) {
        return handlerWritable(id, ifMatch).map(o -> {
            requireStatus(o, OpinionStatus.ASSIGNED);
            if (r.repliedOn().isBefore(o.assignedOn)) {
                throw ProblemException.badRequest("repliedOn", "opinion.replied-before-assigned");
            }
            o.status = OpinionStatus.REPLIED;
            o.reply = r.reply().strip();
            o.repliedOn = r.repliedOn();
            event(o, "REPLIED", null, null);
            return done(o, "REPLY");
        });
    }

    public Optional<OpinionView> replySent(UUID id, String ifMatch, OpinionRequests.ReplySent r) {
        return handlerWritable(id, ifMatch).map(o -> {
            requireStatus(o, OpinionStatus.REPLIED);
            if (r.sentOn().isBefore(o.repliedOn)) {
                throw ProblemException.badRequest("sentOn", "opinion.sent-before-reply");
            }
            o.status = OpinionStatus.CLOSED;
            o.replySentOn = r.sentOn();
            event(o, "REPLY_SENT", null, null);
            return done(o, "CLOSE");
        });
    }

    /**
     * A petition that is really a complaint: the new type's clock. Still waiting for intake, it runs from receipt;
     * accepted or assigned, it starts again from the day of the re-classification, as an acceptance.
     */
    public Optional<OpinionView> reclassify(UUID id, String ifMatch, OpinionRequests.Reclassification r) {
        return staffWritable(id, ifMatch).map(o -> {
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
            event(o, "RECLASSIFIED", change + "; due " + o.dueOn, null);
            return done(o, "RECLASSIFY");
        });
    }

    /** The Fatherland Front's assessment of a reply; asking for a new answer reopens the opinion for the handler. */
    public Optional<OpinionView> assess(UUID id, String ifMatch, OpinionRequests.Supervision r) {
        return readable(id).map(o -> {
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
            event(o, "ASSESSED", blankToNull(r.note()), r.assessment());
            if (reopen) {
                event(o, "REOPENED", null, null);
            }
            return done(o, "ASSESS");
        });
    }

    // --- who may do what ---------------------------------------------------------------------------------------

    private boolean handlerOnly() {
        return identity.hasRole("handler") && !identity.hasRole("dialogue-officer") && !identity.hasRole("leader")
                && !identity.hasRole("supervisor");
    }

    private Optional<Opinion> readable(UUID id) {
        return Optional.ofNullable(em.find(Opinion.class, id)).filter(o -> handlerOnly()
                ? o.handlerUnitId != null && scope.canSee(o.handlerUnitId)
                : scope.canSee(o.communeId));
    }

    private Optional<Opinion> staffWritable(UUID id, String ifMatch) {
        return Optional.ofNullable(em.find(Opinion.class, id)).filter(o -> scope.canSee(o.communeId)).map(o -> {
            Versions.requireMatch(ifMatch, o.version);
            return o;
        });
    }

    /** The handler of the assigned unit, or the commune's own staff on its behalf. */
    private Optional<Opinion> handlerVisible(UUID id) {
        return Optional.ofNullable(em.find(Opinion.class, id)).filter(o -> {
            boolean ofHandler = o.handlerUnitId != null && scope.canSee(o.handlerUnitId);
            return identity.hasRole("handler") ? ofHandler : scope.canSee(o.communeId);
        });
    }

    /** {@link #handlerVisible}, at the version the caller saw (If-Match required). */
    private Optional<Opinion> handlerWritable(UUID id, String ifMatch) {
        return handlerVisible(id).map(o -> {
            Versions.requireMatch(ifMatch, o.version);
            return o;
        });
    }

    private void requireVillageOf(UUID commune, UUID village) {
        if (village == null) {
            return;
        }
        boolean ofCommune = units.isUnder(commune, village, UnitKind.VILLAGE, UnitKind.RESIDENTIAL_GROUP);
        if (!ofCommune) {
            throw ProblemException.badRequest("villageId", "session.village-outside-commune");
        }
    }

    private static void requireStatus(Opinion o, OpinionStatus expected) {
        if (o.status != expected) {
            throw ProblemException.conflict("opinion.wrong-status", o.status.name(), expected.name());
        }
    }

    private String newTrackingCode() {
        char[] code = new char[CODE_LENGTH];
        for (int i = 0; i < CODE_LENGTH; i++) {
            code[i] = CODE_ALPHABET[random.nextInt(CODE_ALPHABET.length)];
        }
        return new String(code);
    }

    private void event(Opinion o, String kind, String note, OpinionEvent.Assessment assessment) {
        OpinionEvent e = new OpinionEvent();
        e.occurredAt = time.now();
        e.opinionId = o.id;
        e.kind = kind;
        e.actor = identity.isAnonymous() ? "anonymous" : identity.getPrincipal().getName();
        e.note = note;
        e.assessment = assessment;
        em.persist(e);
    }

    private OpinionView done(Opinion o, String action) {
        em.flush();
        audit.record(action, RESOURCE, o.id, o.communeId, Map.of("status", o.status.name()));
        return view(o, "CREATE".equals(action));
    }

    private OpinionView view(Opinion o) {
        return view(o, false);
    }

    private OpinionView view(Opinion o, boolean recording) {
        List<OpinionEvent> history = em.createQuery("from OpinionEvent where opinionId = ?1 order by id",
                OpinionEvent.class).setParameter(1, o.id).getResultList();
        return OpinionView.of(o, due.state(o, due.cutoffs(time.today())),
                OpinionView.DueRule.of(clock.current(o), o.clockStartedOn), clock.provisional(o), history,
                recording);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
