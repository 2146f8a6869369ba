package vn.coso.membership.privacy;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.coso.membership.candidate.Candidate;
import vn.coso.membership.candidate.Stage;
import vn.coso.membership.candidate.repository.CandidateRepository;
import vn.coso.membership.candidate.service.CandidateView;
import vn.coso.membership.pipeline.repository.PipelineRepository;
import vn.coso.membership.pipeline.service.DossierView;
import vn.coso.membership.rules.Rule;
import vn.coso.membership.rules.RuleSetRepository;
import vn.coso.platform.audit.AuditLog;
import vn.coso.platform.idempotency.IdempotencyStore;
import vn.coso.platform.scope.CallerScope;
import vn.coso.platform.time.VietnamTime;

/**
 * A candidate's personal data (Nghị định 13/2023/NĐ-CP on personal data protection): the whole of it exported on
 * request, and erased once the candidate has withdrawn or been rejected. The anonymous events that the yearly figures
 * count (categories, unit, date; no name) stay, so that past reports never change.
 */
@ApplicationScoped
@Transactional
public class PersonalDataService {

    @Schema(name = "PersonalData", description = "Everything recorded about a candidate")
    public record Export(OffsetDateTime exportedAt, CandidateView candidate, DossierView pipeline) {
    }

    private final CandidateRepository candidates;
    private final PipelineRepository steps;
    private final RuleSetRepository rules;
    private final CallerScope scope;
    private final AuditLog audit;

    private final VietnamTime time;
    private final IdempotencyStore idempotency;

    public PersonalDataService(CandidateRepository candidates, PipelineRepository steps, RuleSetRepository rules,
            CallerScope scope, AuditLog audit, VietnamTime time, IdempotencyStore idempotency) {
        this.idempotency = idempotency;
        this.time = time;
        this.candidates = candidates;
        this.steps = steps;
        this.rules = rules;
        this.scope = scope;
        this.audit = audit;
    }

    public Optional<Export> export(UUID id) {
        return visible(id).map(c -> {
            audit.record("EXPORT", "candidate", c.id, c.cellId, Map.of());
            return new Export(time.nowInVietnam(), CandidateView.of(c),
                    DossierView.of(steps.load(c)));
        });
    }

    /** Erases the dossier of a withdrawn or rejected candidate; {@code false} when there is none to erase. */
    public boolean erase(UUID id) {
        Optional<Candidate> found = visible(id);
        if (found.isEmpty()) {
            return false;
        }
        Candidate c = found.get();
        if (c.stage != Stage.WITHDRAWN && c.stage != Stage.REJECTED) {
            throw rules.inForceOn(time.today()).violation(Rule.ORDER, "privacy.erase-open-dossier");
        }
        steps.removeAll(c.id);
        var em = candidates.getEntityManager();
        // the classes keep how many attended, not who
        em.createNativeQuery("""
                update awareness_class set erased_participants = erased_participants + 1
                where id in (select class_id from class_participant where candidate_id = :id)
                """).setParameter("id", c.id).executeUpdate();
        em.createNativeQuery("delete from class_participant where candidate_id = :id").setParameter("id", c.id)
                .executeUpdate();
        // the year's figures keep their events under a new, unlinkable id: still one person, no longer this one
        em.createNativeQuery("update membership_event set candidate_id = :pseudonym where candidate_id = :id")
                .setParameter("pseudonym", UUID.randomUUID()).setParameter("id", c.id).executeUpdate();
        // stored replies of retried creates hold the dossier as it was: they go too
        try {
            idempotency.forget(c.id);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("Cannot erase the stored replies", e);
        }
        candidates.delete(c);
        candidates.flush();
        audit.record("ERASE", "candidate", c.id, c.cellId, Map.of());
        return true;
    }

    private Optional<Candidate> visible(UUID id) {
        return candidates.visibleTo(id, scope);
    }
}
