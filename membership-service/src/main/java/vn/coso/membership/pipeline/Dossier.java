package vn.coso.membership.pipeline;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import vn.coso.membership.candidate.Candidate;
import vn.coso.membership.candidate.Stage;

/** A candidate with every step recorded so far: what the rules, the stage and the checklist are computed from. */
public record Dossier(
        Candidate candidate,
        Optional<AwarenessCertificate> certificate,
        List<DossierDocument> documents,
        List<Verification> verifications,
        List<Introduction> introductions,
        List<OrganisationOpinion> opinions,
        List<Vote> votes,
        List<Decision> decisions,
        Optional<Ceremony> ceremony,
        Optional<FormerMembership> formerMembership) {

    public boolean has(DossierDocument.Kind kind) {
        return documents.stream().anyMatch(d -> d.kind == kind);
    }

    public Optional<DossierDocument> document(DossierDocument.Kind kind) {
        return documents.stream().filter(d -> d.kind == kind).findFirst();
    }

    /** The vote that passed, if one did: a dossier moves on only with it. */
    public Optional<Vote> vote(Vote.Purpose purpose, Vote.Body body) {
        return votes.stream().filter(v -> v.purpose == purpose && v.body == body && v.passed).findFirst();
    }

    /** Every vote of {@code body} on {@code purpose}, passed or not, in the order they were held. */
    public List<Vote> attempts(Vote.Purpose purpose, Vote.Body body) {
        return votes.stream().filter(v -> v.purpose == purpose && v.body == body)
                .sorted(java.util.Comparator.comparingInt(v -> v.attempt)).toList();
    }

    /** The latest vote of {@code body} on {@code purpose}, passed or not. */
    public Optional<Vote> lastAttempt(Vote.Purpose purpose, Vote.Body body) {
        List<Vote> all = attempts(purpose, body);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
    }

    public Optional<Decision> decision(Vote.Purpose purpose) {
        return decisions.stream().filter(d -> d.purpose == purpose).findFirst();
    }

    /**
     * The people whose background must be verified: the candidate, the birth parents and also the guardian who raised
     * them, the spouse and parents-in-law of a married candidate, and each adult child (DOMAIN.md §2, step 4).
     */
    public List<Verification.Subject> requiredSubjects() {
        Candidate c = candidate;
        List<Verification.Subject> required = new ArrayList<>();
        required.add(Verification.Subject.SELF);
        required.add(Verification.Subject.FATHER);
        required.add(Verification.Subject.MOTHER);
        if (c.raisedByGuardian) {
            // the guardian is added to the birth parents, never instead of them
            required.add(Verification.Subject.GUARDIAN);
        }
        if (c.married) {
            required.add(Verification.Subject.SPOUSE);
            required.add(Verification.Subject.FATHER_IN_LAW);
            required.add(Verification.Subject.MOTHER_IN_LAW);
        }
        for (int i = 0; i < c.adultChildren; i++) {
            required.add(Verification.Subject.ADULT_CHILD);
        }
        return required;
    }

    /** Required people without a settled verification (a person verified at several places counts once). */
    public List<Verification.Subject> unverifiedSubjects() {
        List<Verification.Subject> missing = new ArrayList<>(requiredSubjects());
        List<Verification> settled = new ArrayList<>(verifications.stream().filter(Verification::settled).toList());
        for (Verification v : settled) {
            missing.remove(v.subject);
        }
        // a person with an unresolved issue is never settled, even if another place answered clear
        Set<Verification.Subject> unresolved = EnumSet.noneOf(Verification.Subject.class);
        verifications.stream().filter(v -> v.result == Verification.Result.ISSUE && !v.issueResolved)
                .forEach(v -> unresolved.add(v.subject));
        for (Verification.Subject s : unresolved) {
            if (!missing.contains(s)) {
                missing.add(s);
            }
        }
        return missing;
    }

    /** Where the candidate stands, from what has been recorded. */
    public Stage stage() {
        Stage closed = candidate.stage;
        if (closed == Stage.WITHDRAWN || closed == Stage.REJECTED) {
            return closed;
        }
        Optional<Decision> confirmation = decision(Vote.Purpose.CONFIRMATION);
        if (confirmation.isPresent()) {
            return confirmation.get().outcome == Decision.Outcome.CONFIRMED ? Stage.OFFICIAL : Stage.STRUCK_OFF;
        }
        if (ceremony.isPresent()) {
            return Stage.PROBATION;
        }
        if (decision(Vote.Purpose.ADMISSION).isPresent()) {
            return Stage.ADMITTED;
        }
        if (vote(Vote.Purpose.ADMISSION, Vote.Body.COMMITTEE).isPresent()) {
            return Stage.COMMITTEE_APPROVED;
        }
        if (vote(Vote.Purpose.ADMISSION, Vote.Body.CELL).isPresent()) {
            return Stage.CELL_APPROVED;
        }
        if (!documents.isEmpty()) {
            return Stage.DOSSIER;
        }
        return certificate.isPresent() ? Stage.CERTIFIED : Stage.LISTED;
    }
}
