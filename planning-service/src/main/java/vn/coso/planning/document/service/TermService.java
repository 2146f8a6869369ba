package vn.coso.planning.document.service;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import vn.coso.planning.document.CommitteeTerm;
import vn.coso.planning.document.repository.DocumentRepository;
import vn.coso.planning.unit.Unit;
import vn.coso.planning.unit.repository.UnitRepository;
import vn.coso.platform.audit.AuditLog;
import vn.coso.platform.problem.ProblemException;
import vn.coso.platform.scope.CallerScope;

/** Committee terms: data, entered by the office, never overlapping for one unit. */
@ApplicationScoped
@Transactional
public class TermService {

    private final DocumentRepository documents;
    private final UnitRepository units;
    private final CallerScope scope;
    private final AuditLog audit;

    public TermService(DocumentRepository documents, UnitRepository units, CallerScope scope, AuditLog audit) {
        this.documents = documents;
        this.units = units;
        this.scope = scope;
        this.audit = audit;
    }

    public TermView create(TermRequest r) {
        scope.requireVisible(r.unitId());
        Unit unit = units.findByIdOptional(r.unitId()).orElseThrow(ProblemException::notFound);
        if (r.endsOn() != null && r.endsOn().isBefore(r.startsOn())) {
            throw ProblemException.badRequest("endsOn", "unit.dates-order");
        }
        boolean overlaps = documents.termsOf(unit.id).stream().anyMatch(t -> !t.startsOn.isAfter(
                r.endsOn() == null ? java.time.LocalDate.MAX : r.endsOn())
                && (t.endsOn == null || !t.endsOn.isBefore(r.startsOn())));
        if (overlaps) {
            throw ProblemException.rule("TERM-OVERLAP", DocumentService.NUMBERING_BASIS, "term.overlap", unit.name);
        }
        CommitteeTerm term = new CommitteeTerm();
        term.id = UUID.randomUUID();
        term.unitId = unit.id;
        term.name = r.name().strip();
        term.startsOn = r.startsOn();
        term.endsOn = r.endsOn();
        documents.getEntityManager().persist(term);
        audit.record("CREATE", "committee-term", term.id, unit.id, Map.of());
        return TermView.of(term);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<TermView> of(UUID unit) {
        scope.requireVisible(unit);
        return documents.termsOf(unit).stream().map(TermView::of).toList();
    }
}
