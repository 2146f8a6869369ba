package vn.coso.membership.candidate.service;

import static vn.coso.platform.web.TextRules.blankToNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import vn.coso.membership.candidate.Candidate;
import vn.coso.membership.candidate.Category;
import vn.coso.membership.candidate.PoliticalTheory;
import vn.coso.membership.candidate.SourceOrganisation;
import vn.coso.membership.candidate.Stage;
import vn.coso.membership.candidate.repository.CandidateRepository;
import vn.coso.membership.codes.CodeLists;
import vn.coso.membership.rules.Rule;
import vn.coso.membership.rules.RuleSetRepository;
import vn.coso.platform.audit.AuditLog;
import vn.coso.platform.paging.Page;
import vn.coso.platform.paging.PageParams;
import vn.coso.platform.problem.ProblemException;
import vn.coso.platform.problem.ProblemType;
import vn.coso.platform.scope.CallerScope;
import vn.coso.platform.scope.UnitDirectory;
import vn.coso.platform.scope.UnitKind;
import vn.coso.platform.time.VietnamTime;
import vn.coso.platform.web.Versions;

/** Candidates within the caller's subtree. Every read of a dossier and every write is audited. */
@ApplicationScoped
@Transactional
public class CandidateService {

    /** What a list asks for: a unit of the caller's subtree (or all of it), and optional narrowing. */
    public record Search(UUID unit, Stage stage, Integer year, Category category, SourceOrganisation source,
            String q) {
    }

    static final String RESOURCE = "candidate";

    private final CandidateRepository candidates;
    private final CallerScope scope;
    private final UnitDirectory units;
    private final AuditLog audit;
    private final CodeLists codes;

    private final VietnamTime time;
    private final RuleSetRepository rules;

    public CandidateService(CandidateRepository candidates, CallerScope scope, UnitDirectory units, AuditLog audit,
            CodeLists codes, VietnamTime time, RuleSetRepository rules) {
        this.time = time;
        this.rules = rules;
        this.candidates = candidates;
        this.scope = scope;
        this.units = units;
        this.audit = audit;
        this.codes = codes;
    }

    public CandidateView create(CandidateRequest request) {
        requireCellInScope(request.cellId());
        requireKnownCodes(request);
        Candidate c = new Candidate();
        c.id = UUID.randomUUID();
        apply(c, request);
        c.stage = Stage.LISTED;
        c.createdAt = time.now();
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

    /** A page of the list; the list shows names and stages to the caller, so it is audited as one read. */
    public Page<CandidateSummary> list(Search filter, PageParams page) {
        Set<UUID> visible = scope.subtreeOr(filter.unit());
        var criteria = new CandidateRepository.Criteria(visible, filter.stage(), filter.year(), filter.category(),
                filter.source(), filter.q(), time.today());
        List<CandidateSummary> rows = candidates.find(criteria, page.offset(), page.size).stream()
                .map(CandidateSummary::of).toList();
        // which dossiers were shown, by id (never a value): a list is a disclosure too
        audit.record("LIST", RESOURCE, null, filter.unit() == null ? scope.unit().orElse(null) : filter.unit(),
                Map.of("returned", rows.size(), "ids", rows.stream().map(r -> r.id().toString()).toList()));
        return new Page<>(rows, candidates.count(criteria));
    }

    public Optional<CandidateView> update(UUID id, String ifMatch, CandidateRequest request) {
        return visible(id).map(c -> {
            Versions.requireMatch(ifMatch, c.version);
            requireCellInScope(request.cellId());
            requireKnownCodes(request);
            List<String> changed = changedFields(c, request);
            requireUnlocked(c, changed);
            apply(c, request);
            c.updatedAt = time.now();
            candidates.flush();
            audit.record("UPDATE", RESOURCE, c.id, c.cellId, Map.of("fields", changed));
            return CandidateView.of(c);
        });
    }

    /**
     * From the cell's resolution on, the dossier stays as the cell voted on it: a change of anything but the contact
     * details is refused with the rule's code (the cell, the name, the history and the categories included). The
     * correction is recorded in the audit log like every update, by field name.
     */
    private void requireUnlocked(Candidate c, List<String> changed) {
        if (c.stage.ordinal() < Stage.CELL_APPROVED.ordinal()) {
            return;
        }
        List<String> locked = changed.stream().filter(f -> !CORRECTABLE_AFTER_VOTE.contains(f)).toList();
        if (!locked.isEmpty()) {
            throw rules.inForceOn(time.today()).violation(Rule.DOSSIER_LOCK, "pipeline.dossier-locked",
                    String.join(", ", locked));
        }
    }

    /** What may still be corrected after the cell's vote: how to reach the person. */
    static final Set<String> CORRECTABLE_AFTER_VOTE = Set.of("phone", "address");

    private Optional<Candidate> visible(UUID id) {
        return candidates.visibleTo(id, scope);
    }

    /** The cell must exist, be a cell, and lie in the caller's subtree (404 otherwise, not revealing it exists). */
    private void requireCellInScope(UUID cellId) {
        scope.requireVisible(cellId);
        boolean isCell = units.is(cellId, UnitKind.CELL);
        if (!isCell) {
            throw ProblemException.badRequest("cellId", "candidate.cell-not-a-cell");
        }
    }

    private void requireKnownCodes(CandidateRequest r) {
        var problem = ProblemException.of(ProblemType.VALIDATION);
        boolean bad = false;
        if (!codes.isEthnicity(r.ethnicity())) {
            problem.fieldError("ethnicity", "candidate.unknown-ethnicity");
            bad = true;
        }
        if (!codes.isReligion(r.religion())) {
            problem.fieldError("religion", "candidate.unknown-religion");
            bad = true;
        }
        if (r.listedOn().isBefore(r.dateOfBirth())) {
            problem.fieldError("listedOn", "candidate.listed-before-birth");
            bad = true;
        }
        if (bad) {
            throw problem.build();
        }
    }

    private static void apply(Candidate c, CandidateRequest r) {
        c.cellId = r.cellId();
        c.fullName = r.fullName().strip().replaceAll("\\s+", " ");
        c.dateOfBirth = r.dateOfBirth();
        c.gender = r.gender();
        c.ethnicity = r.ethnicity();
        c.religion = r.religion();
        c.generalEducation = r.generalEducation();
        c.professionalEducation = blankToNull(r.professionalEducation());
        c.politicalTheory = r.politicalTheory() == null ? PoliticalTheory.NONE : r.politicalTheory();
        c.occupation = r.occupation();
        c.youthUnion = Boolean.TRUE.equals(r.youthUnion());
        c.tradeUnion = Boolean.TRUE.equals(r.tradeUnion());
        c.villageMilitaryLeader = Boolean.TRUE.equals(r.villageMilitaryLeader());
        c.securityTeam = Boolean.TRUE.equals(r.securityTeam());
        c.militia = Boolean.TRUE.equals(r.militia());
        c.demobilisedSoldier = Boolean.TRUE.equals(r.demobilisedSoldier());
        c.communePolice = Boolean.TRUE.equals(r.communePolice());
        c.securityTeamLeader = Boolean.TRUE.equals(r.securityTeamLeader());
        c.livesInDifficultArea = Boolean.TRUE.equals(r.livesInDifficultArea());
        c.sourceOrganisation = r.sourceOrganisation();
        c.helperName = blankToNull(r.helperName());
        c.phone = blankToNull(r.phone());
        c.address = blankToNull(r.address());
        c.married = Boolean.TRUE.equals(r.married());
        c.raisedByGuardian = Boolean.TRUE.equals(r.raisedByGuardian());
        c.adultChildren = r.adultChildren() == null ? 0 : r.adultChildren();
        c.listedOn = r.listedOn();
        c.provincialApproval = blankToNull(r.provincialApproval());
    }

    /** Names of the changed fields, never their values (the audit log holds no personal data). */
    private static List<String> changedFields(Candidate c, CandidateRequest r) {
        Candidate after = new Candidate();
        apply(after, r);
        List<String> changed = new ArrayList<>();
        compare(changed, "cellId", c.cellId, after.cellId);
        compare(changed, "fullName", c.fullName, after.fullName);
        compare(changed, "dateOfBirth", c.dateOfBirth, after.dateOfBirth);
        compare(changed, "gender", c.gender, after.gender);
        compare(changed, "ethnicity", c.ethnicity, after.ethnicity);
        compare(changed, "religion", c.religion, after.religion);
        compare(changed, "generalEducation", c.generalEducation, after.generalEducation);
        compare(changed, "professionalEducation", c.professionalEducation, after.professionalEducation);
        compare(changed, "politicalTheory", c.politicalTheory, after.politicalTheory);
        compare(changed, "occupation", c.occupation, after.occupation);
        compare(changed, "youthUnion", c.youthUnion, after.youthUnion);
        compare(changed, "tradeUnion", c.tradeUnion, after.tradeUnion);
        compare(changed, "villageMilitaryLeader", c.villageMilitaryLeader, after.villageMilitaryLeader);
        compare(changed, "securityTeam", c.securityTeam, after.securityTeam);
        compare(changed, "militia", c.militia, after.militia);
        compare(changed, "demobilisedSoldier", c.demobilisedSoldier, after.demobilisedSoldier);
        compare(changed, "communePolice", c.communePolice, after.communePolice);
        compare(changed, "securityTeamLeader", c.securityTeamLeader, after.securityTeamLeader);
        compare(changed, "livesInDifficultArea", c.livesInDifficultArea, after.livesInDifficultArea);
        compare(changed, "sourceOrganisation", c.sourceOrganisation, after.sourceOrganisation);
        compare(changed, "helperName", c.helperName, after.helperName);
        compare(changed, "phone", c.phone, after.phone);
        compare(changed, "address", c.address, after.address);
        compare(changed, "married", c.married, after.married);
        compare(changed, "raisedByGuardian", c.raisedByGuardian, after.raisedByGuardian);
        compare(changed, "adultChildren", c.adultChildren, after.adultChildren);
        compare(changed, "listedOn", c.listedOn, after.listedOn);
        compare(changed, "provincialApproval", c.provincialApproval, after.provincialApproval);
        return changed;
    }

    private static void compare(List<String> changed, String field, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            changed.add(field);
        }
    }
}
