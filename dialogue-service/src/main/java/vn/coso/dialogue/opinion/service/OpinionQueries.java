package vn.coso.dialogue.opinion.service;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import vn.coso.dialogue.opinion.DuePolicy;
import vn.coso.dialogue.opinion.DueState;
import vn.coso.dialogue.opinion.LegalType;
import vn.coso.dialogue.opinion.OpinionStatus;
import vn.coso.dialogue.opinion.Topic;
import vn.coso.dialogue.opinion.repository.OpinionRepository;
import vn.coso.platform.audit.AuditLog;
import vn.coso.platform.paging.Page;
import vn.coso.platform.problem.ProblemException;
import vn.coso.platform.scope.CallerScope;
import vn.coso.platform.time.VietnamTime;

/**
 * Reading opinions: one by id (audited), the lists of a subtree (audited by the ids shown: a list is a disclosure
 * too), a citizen's own, and one by its tracking code.
 */
@ApplicationScoped
@Transactional
public class OpinionQueries {

    private final OpinionRepository opinions;
    private final OpinionAccess access;
    private final OpinionJournal journal;
    private final DuePolicy due;
    private final CallerScope scope;
    private final AuditLog audit;
    private final VietnamTime time;

    public OpinionQueries(OpinionRepository opinions, OpinionAccess access, OpinionJournal journal, DuePolicy due,
            CallerScope scope, AuditLog audit, VietnamTime time) {
        this.opinions = opinions;
        this.access = access;
        this.journal = journal;
        this.due = due;
        this.scope = scope;
        this.audit = audit;
        this.time = time;
    }

    /** What a list of opinions may be narrowed to; every part optional. */
    public record ListFilter(UUID unit, OpinionStatus status, boolean overdueOnly, DueState dueState, Topic topic,
            LegalType legalType, LocalDate from, LocalDate to) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<OpinionView.Tracked> track(String code) {
        if (code == null || code.length() != OpinionIntake.CODE_LENGTH) {
            return Optional.empty();
        }
        return opinions.byTrackingCode(code).map(OpinionView.Tracked::of);
    }

    /** The signed-in citizen's own opinions, newest first, one page. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<OpinionView.Tracked> mine(String citizenSubject, int offset, int size) {
        List<OpinionView.Tracked> rows = opinions.ofCitizen(citizenSubject, offset, size).stream()
                .map(OpinionView.Tracked::of).toList();
        return new Page<>(rows, opinions.countOfCitizen(citizenSubject));
    }

    /** One opinion with its history, read in one statement; the read is audited before the answer leaves. */
    public Optional<OpinionView> read(UUID id) {
        return opinions.withHistory(id).filter(w -> access.mayRead(w.opinion())).map(w -> {
            audit.record("READ", OpinionJournal.RESOURCE, w.opinion().id, w.opinion().communeId, Map.of());
            return journal.view(w.opinion(), w.history(), w.task(), false);
        });
    }

    /**
     * The opinions the caller may read, newest first; {@code overdueOnly} keeps those past their due date (overdue or
     * very overdue), {@code dueState} those in one state, both by {@link DuePolicy}.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<OpinionView> list(ListFilter f, int offset, int size) {
        if (f.from() != null && f.to() != null && f.to().isBefore(f.from())) {
            throw ProblemException.badRequest("to", "opinion.period-reversed");
        }
        DuePolicy.Cutoffs cutoffs = due.cutoffs(time.today());
        var criteria = new OpinionRepository.Criteria(scope.subtreeOr(f.unit()), access.handlerOnly(), f.status(),
                f.overdueOnly(), f.dueState(), f.topic(), f.legalType(), f.from(), f.to(), cutoffs);
        List<OpinionView> rows = opinions.find(criteria, offset, size).stream()
                .map(o -> OpinionView.of(o, due.state(o, cutoffs), null, false, null, List.of(), false)).toList();
        // which opinions (with the citizens' names and contacts) were shown, by id: a list is a disclosure too
        audit.record("LIST", OpinionJournal.RESOURCE, null, f.unit() == null ? scope.unit().orElse(null) : f.unit(),
                Map.of("returned", rows.size(), "ids", rows.stream().map(r -> r.id().toString()).toList()));
        return new Page<>(rows, opinions.count(criteria));
    }
}
