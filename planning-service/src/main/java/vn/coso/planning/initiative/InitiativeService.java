package vn.coso.planning.initiative;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import vn.coso.planning.document.repository.DocumentRepository;
import vn.coso.planning.initiative.InitiativeModel.Registration;
import vn.coso.planning.initiative.InitiativeModel.Review;
import vn.coso.planning.initiative.InitiativeModel.View;
import vn.coso.planning.unit.Unit;
import vn.coso.planning.unit.repository.UnitRepository;
import vn.coso.platform.audit.AuditLog;
import vn.coso.platform.paging.Page;
import vn.coso.platform.paging.PageParams;
import vn.coso.platform.problem.ProblemException;
import vn.coso.platform.scope.CallerScope;
import vn.coso.platform.time.VietnamTime;
import vn.coso.platform.web.Versions;

/** The units' models and initiatives of a year, and their year-end review. */
@ApplicationScoped
@Transactional
public class InitiativeService {

    static final String RESOURCE = "initiative";
    /** A year-end review may be recorded from this day of the initiative's year on. */
    static final int REVIEW_FROM_MONTH = 11;

    private final InitiativeRepository initiatives;
    private final UnitRepository units;
    private final DocumentRepository documents;
    private final CallerScope scope;
    private final AuditLog audit;

    private final VietnamTime time;

    public InitiativeService(InitiativeRepository initiatives, UnitRepository units, DocumentRepository documents,
            CallerScope scope, AuditLog audit, VietnamTime time) {
        this.time = time;
        this.initiatives = initiatives;
        this.units = units;
        this.documents = documents;
        this.scope = scope;
        this.audit = audit;
    }

    public View register(Registration r) {
        scope.requireVisible(r.unitId());
        Unit unit = units.findByIdOptional(r.unitId()).orElseThrow(ProblemException::notFound);
        if (!unit.livesDuring(r.year())) {
            throw ProblemException.rule("INITIATIVE-UNIT-YEAR", null, "target.unit-not-in-year", unit.name, r.year());
        }
        if (r.registeredOn().getYear() > r.year()) {
            throw ProblemException.badRequest("registeredOn", "initiative.registered-after-year", r.year());
        }
        if (r.documentId() != null && documents.findByIdOptional(r.documentId()).isEmpty()) {
            throw ProblemException.badRequest("documentId", "document.unknown-document");
        }
        String name = r.name().strip();
        if (initiatives.exists(unit.id, r.year(), name)) {
            throw ProblemException.conflict("initiative.exists", unit.name, name, r.year());
        }
        Initiative i = new Initiative();
        i.id = UUID.randomUUID();
        i.unitId = unit.id;
        i.year = r.year();
        i.name = name;
        i.description = r.description();
        i.documentId = r.documentId();
        i.registeredOn = r.registeredOn();
        i.createdAt = time.now();
        initiatives.persistAndFlush(i);
        audit.record("CREATE", RESOURCE, i.id, i.unitId, Map.of("year", i.year));
        return view(i);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<View> get(UUID id) {
        return visible(id).map(InitiativeService::view);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<View> list(Integer year, UUID unit, PageParams page) {
        Set<UUID> visible = scope.visibleUnits();
        return new Page<>(initiatives.list(visible, year, unit, page.offset(), page.size).stream()
                .map(InitiativeService::view).toList(), initiatives.count(visible, year, unit));
    }

    public Optional<View> review(UUID id, String ifMatch, Review r) {
        return visible(id).map(i -> {
            Versions.requireMatch(ifMatch, i.version);
            LocalDate from = LocalDate.of(i.year, REVIEW_FROM_MONTH, 1);
            if (r.reviewedOn().isBefore(from) || r.reviewedOn().isBefore(i.registeredOn)) {
                throw ProblemException.badRequest("reviewedOn", "initiative.review-too-early",
                        from.isAfter(i.registeredOn) ? from : i.registeredOn);
            }
            i.evaluation = r.evaluation();
            i.results = r.results();
            i.reviewedOn = r.reviewedOn();
            initiatives.flush();
            audit.record("REVIEW", RESOURCE, i.id, i.unitId, Map.of("evaluation", i.evaluation));
            return view(i);
        });
    }

    private Optional<Initiative> visible(UUID id) {
        return initiatives.findByIdOptional(id).filter(i -> scope.canSee(i.unitId));
    }

    private static View view(Initiative i) {
        return new View(i.id, i.unitId, i.year, i.name, i.description, i.documentId, i.registeredOn, i.evaluation,
                i.results, i.reviewedOn, i.version);
    }
}
