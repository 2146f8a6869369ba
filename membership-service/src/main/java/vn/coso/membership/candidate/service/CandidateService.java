package vn.coso.membership.candidate.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import vn.coso.membership.candidate.Candidate;
import vn.coso.membership.candidate.repository.CandidateRepository;
import vn.coso.membership.candidate.rest.CandidateRequest;
import vn.coso.membership.candidate.rest.CandidateView;
import vn.coso.platform.audit.AuditLog;
import vn.coso.platform.paging.Page;
import vn.coso.platform.paging.PageParams;
import vn.coso.platform.problem.ProblemException;
import vn.coso.platform.scope.CallerScope;
import vn.coso.platform.scope.UnitDirectory;
import vn.coso.platform.web.Versions;

/** Candidates within the caller's subtree. Every read of a dossier and every write is audited. */
@ApplicationScoped
@Transactional
public class CandidateService {

    static final String RESOURCE = "candidate";

    private final CandidateRepository candidates;
    private final CallerScope scope;
    private final UnitDirectory units;
    private final AuditLog audit;

    public CandidateService(CandidateRepository candidates, CallerScope scope, UnitDirectory units, AuditLog audit) {
        this.candidates = candidates;
        this.scope = scope;
        this.units = units;
        this.audit = audit;
    }

    public CandidateView create(CandidateRequest request) {
        requireCellInScope(request.cellId());
        Candidate c = new Candidate();
        c.id = UUID.randomUUID();
        apply(c, request);
        c.createdAt = Instant.now();
        c.updatedAt = c.createdAt;
        candidates.persistAndFlush(c);
        audit.record("CREATE", RESOURCE, c.id, c.cellId, Map.of());
        return CandidateView.of(c);
    }

    public Optional<CandidateView> read(UUID id) {
        return visible(id).map(c -> {
            audit.record("READ", RESOURCE, c.id, c.cellId, Map.of());
            return CandidateView.of(c);
        });
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<CandidateView> list(PageParams page) {
        var visible = scope.visibleUnits();
        return new Page<>(candidates.inUnits(visible, page.offset(), page.size).stream().map(CandidateView::of)
                .toList(), candidates.countInUnits(visible));
    }

    public Optional<CandidateView> update(UUID id, String ifMatch, CandidateRequest request) {
        return visible(id).map(c -> {
            Versions.requireMatch(ifMatch, c.version);
            requireCellInScope(request.cellId());
            List<String> changed = changedFields(c, request);
            apply(c, request);
            c.updatedAt = Instant.now();
            candidates.flush();
            audit.record("UPDATE", RESOURCE, c.id, c.cellId, Map.of("fields", changed));
            return CandidateView.of(c);
        });
    }

    private Optional<Candidate> visible(UUID id) {
        return candidates.findByIdOptional(id).filter(c -> scope.canSee(c.cellId));
    }

    /** The cell must exist, be a cell, and lie in the caller's subtree (404 otherwise, not revealing it exists). */
    private void requireCellInScope(UUID cellId) {
        scope.requireVisible(cellId);
        boolean isCell = units.tree().get(cellId).map(u -> "CELL".equals(u.kind())).orElse(false);
        if (!isCell) {
            throw ProblemException.badRequest("cellId", "candidate.cell-not-a-cell");
        }
    }

    private static void apply(Candidate c, CandidateRequest r) {
        c.cellId = r.cellId();
        c.fullName = r.fullName().strip();
        c.dateOfBirth = r.dateOfBirth();
        c.gender = r.gender();
    }

    private static List<String> changedFields(Candidate c, CandidateRequest r) {
        List<String> changed = new ArrayList<>();
        if (!Objects.equals(c.cellId, r.cellId())) {
            changed.add("cellId");
        }
        if (!Objects.equals(c.fullName, r.fullName().strip())) {
            changed.add("fullName");
        }
        if (!Objects.equals(c.dateOfBirth, r.dateOfBirth())) {
            changed.add("dateOfBirth");
        }
        if (c.gender != r.gender()) {
            changed.add("gender");
        }
        return changed;
    }
}
