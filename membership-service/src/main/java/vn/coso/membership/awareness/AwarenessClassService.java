package vn.coso.membership.awareness;

import static vn.coso.platform.web.TextRules.blankToNull;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.coso.membership.candidate.Candidate;
import vn.coso.membership.candidate.repository.CandidateRepository;
import vn.coso.membership.pipeline.service.PreparationSteps;
import vn.coso.membership.pipeline.service.StepRequests;
import vn.coso.platform.audit.AuditLog;
import vn.coso.platform.paging.Page;
import vn.coso.platform.problem.ProblemException;
import vn.coso.platform.scope.CallerScope;
import vn.coso.platform.scope.UnitDirectory;
import vn.coso.platform.time.VietnamTime;
import vn.coso.platform.web.Versioned;
import vn.coso.platform.web.Versions;

/**
 * Awareness classes: the organiser lists the participants (each one "sent to the class" for the year's figures), then
 * marks the results; those who passed receive their certificate in their pipeline.
 */
@ApplicationScoped
@Transactional
public class AwarenessClassService {

    @Schema(name = "AwarenessClassRequest")
    public record ClassRequest(@NotNull UUID unitId, @NotBlank @Size(max = 200) String organiser,
            @NotBlank @Size(max = 300) String title, @NotNull LocalDate startsOn, @NotNull LocalDate endsOn) {
    }

    @Schema(name = "ParticipantsRequest")
    public record Participants(@NotEmpty @Size(max = 500) List<@NotNull UUID> candidateIds) {
    }

    @Schema(name = "ClassResultsRequest")
    public record Results(@NotNull @PastOrPresent LocalDate issuedOn,
            @NotEmpty @Size(max = 500) List<@NotNull @Valid Result> results) {
    }

    @Schema(name = "ClassResult")
    public record Result(@NotNull UUID candidateId, @NotNull Boolean passed,
            @Size(max = 50) @Pattern(regexp = "[\\p{L}0-9/.-]*") String certificateNumber) {
    }

    @Schema(name = "AwarenessClass")
    public record ClassView(UUID id, UUID unitId, String organiser, String title, LocalDate startsOn,
            LocalDate endsOn, LocalDate resultsOn, List<ParticipantView> participants,
            @Schema(description = "Participants whose dossiers were erased: counted, no longer listed") int erasedParticipants,
            long version)
            implements
                Versioned {
    }

    @Schema(name = "ClassParticipant")
    public record ParticipantView(UUID candidateId, String fullName, UUID cellId, Boolean passed,
            String certificateNumber) {
    }

    private final EntityManager em;
    private final CandidateRepository candidates;
    private final PreparationSteps pipeline;
    private final CallerScope scope;
    private final UnitDirectory units;
    private final AuditLog audit;

    private final VietnamTime time;

    public AwarenessClassService(EntityManager em, CandidateRepository candidates, PreparationSteps pipeline,
            CallerScope scope, UnitDirectory units, AuditLog audit, VietnamTime time) {
        this.time = time;
        this.em = em;
        this.candidates = candidates;
        this.pipeline = pipeline;
        this.scope = scope;
        this.units = units;
        this.audit = audit;
    }

    public ClassView create(ClassRequest r) {
        scope.requireVisible(r.unitId());
        if (r.endsOn().isBefore(r.startsOn())) {
            throw ProblemException.badRequest("endsOn", "class.ends-before-start");
        }
        AwarenessClass c = new AwarenessClass();
        c.createdAt = time.now();
        c.id = UUID.randomUUID();
        c.unitId = r.unitId();
        c.organiser = r.organiser().strip();
        c.title = r.title().strip();
        c.startsOn = r.startsOn();
        c.endsOn = r.endsOn();
        em.persist(c);
        em.flush();
        audit.record("CREATE", "awareness-class", c.id, c.unitId, Map.of());
        return view(c);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<ClassView> read(UUID id) {
        return visible(id).map(this::view);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<ClassView> list(Integer year, int offset, int size) {
        Set<UUID> visible = scope.visibleUnits();
        String where = "unitId in ?1" + (year == null ? "" : " and year(startsOn) = ?2");
        var query = em.createQuery("from AwarenessClass where " + where + " order by startsOn desc, id",
                AwarenessClass.class).setParameter(1, visible);
        var count = em.createQuery("select count(*) from AwarenessClass where " + where, Long.class)
                .setParameter(1, visible);
        if (year != null) {
            query.setParameter(2, year);
            count.setParameter(2, year);
        }
        List<ClassView> rows = query.setFirstResult(offset).setMaxResults(size).getResultList().stream()
                .map(this::view).toList();
        return new Page<>(rows, count.getSingleResult());
    }

    /** Adds participants; each must be a candidate of the caller's subtree not yet voted on by the cell. */
    public Optional<ClassView> addParticipants(UUID id, Participants r) {
        return visible(id).map(c -> {
            if (c.resultsOn != null) {
                throw ProblemException.conflict("class.results-marked");
            }
            for (UUID candidateId : r.candidateIds().stream().distinct().toList()) {
                Candidate candidate = pipeline.joinable(candidateId, c.startsOn);
                if (em.find(ClassParticipant.class, key(c.id, candidate.id)) == null) {
                    ClassParticipant p = new ClassParticipant();
                    p.classId = c.id;
                    p.candidateId = candidate.id;
                    em.persist(p);
                }
            }
            em.lock(c, jakarta.persistence.LockModeType.PESSIMISTIC_FORCE_INCREMENT);
            em.flush();
            audit.record("UPDATE", "awareness-class", c.id, c.unitId, Map.of("added", r.candidateIds().size()));
            return view(c);
        });
    }

    /** Marks the results once; those who passed receive their certificate, dated {@code issuedOn}. */
    public Optional<ClassView> results(UUID id, String ifMatch, Results r) {
        return visible(id).map(c -> {
            Versions.requireMatch(ifMatch, c.version);
            if (c.resultsOn != null) {
                throw ProblemException.conflict("class.results-marked");
            }
            if (r.issuedOn().isBefore(c.endsOn)) {
                throw ProblemException.badRequest("issuedOn", "class.results-before-end");
            }
            Map<UUID, ClassParticipant> participants = new HashMap<>();
            participants(c.id).forEach(p -> participants.put(p.candidateId, p));
            for (int i = 0; i < r.results().size(); i++) {
                if (!participants.containsKey(r.results().get(i).candidateId())) {
                    throw ProblemException.badRequest("results[" + i + "].candidateId", "class.not-a-participant");
                }
            }
            for (Result result : r.results()) {
                ClassParticipant p = participants.get(result.candidateId());
                p.passed = result.passed();
                p.certificateNumber = result.passed() ? blankToNull(result.certificateNumber()) : null;
                if (result.passed()) {
                    pipeline.certificate(p.candidateId, new StepRequests.Certificate(p.certificateNumber,
                            r.issuedOn(), c.organiser), c.id);
                }
            }
            c.resultsOn = r.issuedOn();
            em.flush();
            long passed = r.results().stream().filter(Result::passed).count();
            audit.record("RESULTS", "awareness-class", c.id, c.unitId, Map.of("passed", passed,
                    "failed", r.results().size() - passed));
            return view(c);
        });
    }

    private Optional<AwarenessClass> visible(UUID id) {
        return Optional.ofNullable(em.find(AwarenessClass.class, id)).filter(c -> scope.canSee(c.unitId));
    }

    private List<ClassParticipant> participants(UUID classId) {
        return em.createQuery("from ClassParticipant where classId = ?1", ClassParticipant.class)
                .setParameter(1, classId).getResultList();
    }

    private ClassView view(AwarenessClass c) {
        List<ParticipantView> people = participants(c.id).stream().map(p -> {
            Candidate candidate = candidates.findById(p.candidateId);
            return new ParticipantView(p.candidateId, candidate == null ? null : candidate.fullName,
                    candidate == null ? null : candidate.cellId, p.passed, p.certificateNumber);
        }).sorted(java.util.Comparator.comparing(ParticipantView::fullName,
                java.util.Comparator.nullsLast(java.text.Collator.getInstance(new java.util.Locale("vi")))))
                .toList();
        return new ClassView(c.id, c.unitId, c.organiser, c.title, c.startsOn, c.endsOn, c.resultsOn, people,
                c.erasedParticipants, c.version);
    }

    private static ClassParticipant.Key key(UUID classId, UUID candidateId) {
        ClassParticipant.Key k = new ClassParticipant.Key();
        k.classId = classId;
        k.candidateId = candidateId;
        return k;
    }
}
