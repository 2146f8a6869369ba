package vn.coso.dialogue.schedule;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.coso.dialogue.session.DialogueSession;
import vn.coso.dialogue.session.SessionLevel;
import vn.coso.dialogue.session.SessionStatus;
import vn.coso.dialogue.session.service.SessionView;
import vn.coso.platform.audit.AuditLog;
import vn.coso.platform.calendar.WorkingDays;
import vn.coso.platform.paging.Page;
import vn.coso.platform.paging.PageParams;
import vn.coso.platform.problem.ProblemException;
import vn.coso.platform.scope.CallerScope;
import vn.coso.platform.scope.UnitDirectory;
import vn.coso.platform.scope.UnitKind;
import vn.coso.platform.time.VietnamTime;
import vn.coso.platform.web.Versioned;

/**
 * Schedules: the plan generates its sessions on working days (a holiday moves an occurrence as the plan says), one
 * occurrence can be moved or cancelled with a reason, and compliance tells, per quarter, which required sessions were
 * held and which villages were left out.
 */
@ApplicationScoped
@Transactional
public class ScheduleService {

    @Schema(name = "ScheduleRequest")
    public record ScheduleRequest(@NotNull UUID communeId, @NotNull DialogueSchedule.Kind kind, DayOfWeek weekday,
            @Schema(description = "The villages, in the order of the rotation") @NotEmpty @Size(max = 200) List<@NotNull UUID> villages,
            @Schema(description = "The head who presides") @NotBlank @Size(max = 200) String host,
            @NotBlank @Size(max = 300) String place, @NotNull LocalDate startsOn, @NotNull LocalDate endsOn,
            DialogueSchedule.HolidayPolicy holidayPolicy) {
    }

    @Schema(name = "Schedule")
    public record ScheduleView(UUID id, UUID communeId, DialogueSchedule.Kind kind, DayOfWeek weekday,
            List<UUID> villages, String host, String place, LocalDate startsOn, LocalDate endsOn,
            DialogueSchedule.HolidayPolicy holidayPolicy, List<SessionView> sessions, long version)
            implements
                Versioned {
    }

    static final int MAX_YEARS = 5;

    private final EntityManager em;
    private final WorkingDays calendar;
    private final CallerScope scope;
    private final UnitDirectory units;
    private final AuditLog audit;

    private final VietnamTime time;

    public ScheduleService(EntityManager em, WorkingDays calendar, CallerScope scope, UnitDirectory units,
            AuditLog audit, VietnamTime time) {
        this.time = time;
        this.em = em;
        this.calendar = calendar;
        this.scope = scope;
        this.units = units;
        this.audit = audit;
    }

    public ScheduleView create(ScheduleRequest r) {
        scope.requireVisible(r.communeId());
        if (!units.is(r.communeId(), UnitKind.COMMUNE_COMMITTEE)) {
            throw ProblemException.badRequest("communeId", "session.not-a-commune");
        }
        for (int i = 0; i < r.villages().size(); i++) {
            UUID v = r.villages().get(i);
            boolean ofCommune = units.isUnder(r.communeId(), v, UnitKind.VILLAGE, UnitKind.RESIDENTIAL_GROUP);
            if (!ofCommune) {
                throw ProblemException.badRequest("villages[" + i + "]", "session.village-outside-commune");
            }
        }
        if (new LinkedHashSet<>(r.villages()).size() != r.villages().size()) {
            throw ProblemException.badRequest("villages", "schedule.village-twice");
        }
        if (r.endsOn().isBefore(r.startsOn()) || r.endsOn().isAfter(r.startsOn().plusYears(MAX_YEARS))) {
            throw ProblemException.badRequest("endsOn", "schedule.period", MAX_YEARS);
        }
        if (r.kind() == DialogueSchedule.Kind.MONTHLY_LAST_WEEKDAY && r.weekday() == null) {
            throw ProblemException.badRequest("weekday", "schedule.weekday-required");
        }
        DialogueSchedule s = new DialogueSchedule();
        s.createdAt = time.now();
        s.id = UUID.randomUUID();
        s.communeId = r.communeId();
        s.kind = r.kind();
        s.weekday = r.weekday();
        s.villages = r.villages().toArray(UUID[]::new);
        s.host = r.host().strip();
        s.place = r.place().strip();
        s.startsOn = r.startsOn();
        s.endsOn = r.endsOn();
        s.holidayPolicy = r.holidayPolicy() == null
                ? DialogueSchedule.HolidayPolicy.PREVIOUS_WORKING_DAY
                : r.holidayPolicy();
        em.persist(s);
        if (s.kind == DialogueSchedule.Kind.MONTHLY_LAST_WEEKDAY) {
            int i = 0;
            for (LocalDate day : occurrences(s)) {
                DialogueSession session = new DialogueSession();
                session.id = UUID.randomUUID();
                session.level = SessionLevel.COMMUNE;
                session.communeId = s.communeId;
                session.villageId = s.villages[i++ % s.villages.length];
                session.heldOn = day;
                session.place = s.place;
                session.status = SessionStatus.PLANNED;
                session.scheduleId = s.id;
                session.createdAt = time.now();
                em.persist(session);
            }
        }
        em.flush();
        audit.record("CREATE", "dialogue-schedule", s.id, s.communeId, Map.of("kind", s.kind.name()));
        return view(s);
    }

    /** The days of a monthly plan: the last given weekday of each month, moved off holidays as the plan says. */
    List<LocalDate> occurrences(DialogueSchedule s) {
        List<LocalDate> days = new ArrayList<>();
        for (YearMonth m = YearMonth.from(s.startsOn); !m.isAfter(YearMonth.from(s.endsOn)); m = m.plusMonths(1)) {
            LocalDate day = m.atEndOfMonth().with(TemporalAdjusters.lastInMonth(s.weekday));
            if (!calendar.isWorkingDay(day)) {
                switch (s.holidayPolicy) {
                    case PREVIOUS_WORKING_DAY -> day = calendar.onOrBefore(day);
                    case NEXT_WORKING_DAY -> day = calendar.plusWorkingDays(day, 1);
                    case SKIP -> day = null;
                }
            }
            if (day != null && !day.isBefore(s.startsOn) && !day.isAfter(s.endsOn)) {
                days.add(day);
            }
        }
        return days;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<ScheduleView> read(UUID id) {
        return visible(id).map(this::view);
    }

    /** A schedule in a list: what it plans, without its sessions (GET one for those). */
    @Schema(name = "ScheduleSummary")
    public record ScheduleSummary(UUID id, UUID communeId, DialogueSchedule.Kind kind, DayOfWeek weekday,
            LocalDate startsOn, LocalDate endsOn, int villages) {
    }

    /** The schedules of a unit's subtree (the caller's by default), latest start first, one page. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<ScheduleSummary> list(UUID unit, PageParams page) {
        java.util.Set<UUID> communes = scope.subtreeOr(unit);
        UUID[] ids = communes.toArray(UUID[]::new);
        List<DialogueSchedule> rows = em.createQuery("""
                from DialogueSchedule where array_contains(:communes, communeId) order by startsOn desc, id
                """, DialogueSchedule.class).setParameter("communes", ids).setFirstResult(page.offset())
                .setMaxResults(page.size).getResultList();
        long total = em.createQuery("select count(*) from DialogueSchedule where array_contains(:communes, communeId)",
                Long.class).setParameter("communes", ids).getSingleResult();
        return new Page<>(rows.stream().map(s -> new ScheduleSummary(s.id, s.communeId, s.kind, s.weekday,
                s.startsOn, s.endsOn, s.villages.length)).toList(), total);
    }

    private Optional<DialogueSchedule> visible(UUID id) {
        return Optional.ofNullable(em.find(DialogueSchedule.class, id)).filter(s -> scope.canSee(s.communeId));
    }

    private ScheduleView view(DialogueSchedule s) {
        List<SessionView> sessions = em.createQuery("from DialogueSession where scheduleId = :id order by heldOn",
                DialogueSession.class).setParameter("id", s.id).getResultList().stream().map(SessionView::of).toList();
        return new ScheduleView(s.id, s.communeId, s.kind, s.weekday, Arrays.asList(s.villages), s.host, s.place,
                s.startsOn, s.endsOn, s.holidayPolicy, sessions, s.version);
    }
}
