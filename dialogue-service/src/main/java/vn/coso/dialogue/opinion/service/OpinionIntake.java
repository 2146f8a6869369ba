package vn.coso.dialogue.opinion.service;

import static vn.coso.platform.web.TextRules.blankToNull;

import java.security.SecureRandom;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import vn.coso.dialogue.opinion.Channel;
import vn.coso.dialogue.opinion.LegalType;
import vn.coso.dialogue.opinion.Opinion;
import vn.coso.dialogue.opinion.OpinionStatus;
import vn.coso.dialogue.opinion.repository.OpinionRepository;
import vn.coso.dialogue.session.DialogueSession;
import vn.coso.dialogue.session.repository.SessionRepository;
import vn.coso.platform.audit.AuditLog;
import vn.coso.platform.problem.ProblemException;
import vn.coso.platform.scope.CallerScope;
import vn.coso.platform.scope.UnitDirectory;
import vn.coso.platform.scope.UnitKind;
import vn.coso.platform.time.VietnamTime;

/**
 * How an opinion comes in: recorded by the commune's staff (at a session or through another channel), or submitted
 * by anyone without an account. Its legal clock starts at receipt ({@link OpinionClock}), and it gets a tracking code
 * the citizen follows it by.
 */
@ApplicationScoped
@Transactional
public class OpinionIntake {

    /** Tracking codes: no 0/O, 1/I/L, so that they read aloud and copy by hand without mistakes. */
    static final char[] CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ".toCharArray();
    static final int CODE_LENGTH = 12;

    private final OpinionRepository opinions;
    private final SessionRepository sessions;
    private final OpinionClock clock;
    private final OpinionJournal journal;
    private final CallerScope scope;
    private final UnitDirectory units;
    private final AuditLog audit;
    private final VietnamTime time;
    private final SecureRandom random = new SecureRandom();

    public OpinionIntake(OpinionRepository opinions, SessionRepository sessions, OpinionClock clock,
            OpinionJournal journal, CallerScope scope, UnitDirectory units, AuditLog audit, VietnamTime time) {
        this.opinions = opinions;
        this.sessions = sessions;
        this.clock = clock;
        this.journal = journal;
        this.scope = scope;
        this.units = units;
        this.audit = audit;
        this.time = time;
    }

    public OpinionView record(OpinionRequests.Record r) {
        UUID commune = r.communeId();
        if (r.sessionId() != null) {
            DialogueSession s = sessions.findById(r.sessionId());
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
        Opinion o = received(commune, r.villageId(), r.channel());
        o.sessionId = r.sessionId();
        o.speakerName = blankToNull(r.speakerName());
        o.contact = blankToNull(r.contact());
        o.topic = r.topic();
        o.legalType = r.legalType();
        o.text = r.text().strip();
        o.receivedOn = r.receivedOn();
        o.severalPlaces = o.legalType == LegalType.DENUNCIATION && Boolean.TRUE.equals(r.severalPlaces());
        clock.start(o);
        opinions.persist(o);
        journal.event(o, "RECORDED", "due " + o.dueOn, null);
        return journal.done(o, "CREATE");
    }

    /** Anyone, without an account: the opinion and the tracking code to follow it. */
    public Opinion submitPublic(OpinionRequests.Public r, String citizenSubject) {
        boolean commune = units.is(r.communeId(), UnitKind.COMMUNE_COMMITTEE);
        if (!commune) {
            throw ProblemException.badRequest("communeId", "opinion.not-a-commune");
        }
        requireVillageOf(r.communeId(), r.villageId());
        Opinion o = received(r.communeId(), r.villageId(), Channel.ONLINE);
        o.speakerName = blankToNull(r.name());
        o.contact = blankToNull(r.contact());
        o.citizenSubject = citizenSubject;
        o.topic = r.topic();
        o.legalType = LegalType.PETITION;
        o.text = r.text().strip();
        o.receivedOn = time.today();
        clock.start(o);
        opinions.persist(o);
        journal.event(o, "SUBMITTED_ONLINE", null, null);
        opinions.flush();
        audit.record("CREATE", OpinionJournal.RESOURCE, o.id, o.communeId, Map.of("channel", "ONLINE"));
        journal.published(o, "CREATE");
        return o;
    }

    /** A new opinion, received: its id, tracking code, place and channel. */
    private Opinion received(UUID commune, UUID village, Channel channel) {
        Opinion o = new Opinion();
        o.createdAt = time.now();
        o.id = UUID.randomUUID();
        o.trackingCode = newTrackingCode();
        o.channel = channel;
        o.communeId = commune;
        o.villageId = village;
        o.status = OpinionStatus.RECEIVED;
        return o;
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

    private String newTrackingCode() {
        char[] code = new char[CODE_LENGTH];
        for (int i = 0; i < CODE_LENGTH; i++) {
            code[i] = CODE_ALPHABET[random.nextInt(CODE_ALPHABET.length)];
        }
        return new String(code);
    }
}
