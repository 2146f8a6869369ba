package vn.coso.membership.pipeline.repository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import io.agroal.api.AgroalDataSource;

import vn.coso.membership.candidate.Candidate;
import vn.coso.membership.pipeline.AwarenessCertificate;
import vn.coso.membership.pipeline.Ceremony;
import vn.coso.membership.pipeline.Decision;
import vn.coso.membership.pipeline.Dossier;
import vn.coso.membership.pipeline.DossierDocument;
import vn.coso.membership.pipeline.FormerMembership;
import vn.coso.membership.pipeline.Introduction;
import vn.coso.membership.pipeline.OrganisationOpinion;
import vn.coso.membership.pipeline.PipelineStep;
import vn.coso.membership.pipeline.Verification;
import vn.coso.membership.pipeline.Vote;
import vn.coso.platform.sql.RowJson;
import vn.coso.platform.time.VietnamTime;

/** The steps of a candidate's pipeline: one small table each, always read together as a {@link Dossier}. */
@ApplicationScoped
public class PipelineRepository {

    private final EntityManager em;

    private final AgroalDataSource dataSource;

    private final VietnamTime time;

    public PipelineRepository(EntityManager em, AgroalDataSource dataSource, VietnamTime time) {
        this.time = time;
        this.em = em;
        this.dataSource = dataSource;
    }

    public Dossier load(Candidate c) {
        UUID id = c.id;
        return new Dossier(c, Optional.ofNullable(em.find(AwarenessCertificate.class, id)),
                steps(DossierDocument.class, id, "receivedOn"),
                steps(Verification.class, id, "sentOn"),
                steps(Introduction.class, id, "introducedOn"),
                steps(OrganisationOpinion.class, id, "givenOn"),
                steps(Vote.class, id, "heldOn"),
                steps(Decision.class, id, "decidedOn"),
                Optional.ofNullable(em.find(Ceremony.class, id)),
                Optional.ofNullable(em.find(FormerMembership.class, id)));
    }

    /**
     * The whole dossier in one statement, for a read (the answer of a GET): the candidate and every step as JSON
     * built by PostgreSQL, in the order {@link #load} gives. Its entities are not managed: a step that changes the
     * dossier loads it with {@link #load}.
     */
    public Optional<Dossier> read(UUID candidateId) {
        return RowJson.one(dataSource, READ_SQL, candidateId, Row.class)
                .map(r -> new Dossier(r.candidate(), Optional.ofNullable(r.certificate()), r.documents(),
                        r.verifications(), r.introductions(), r.opinions(), r.votes(), r.decisions(),
                        Optional.ofNullable(r.ceremony()), Optional.ofNullable(r.formerMembership())));
    }

    /** The shape of {@link #READ_SQL}'s answer. */
    private record Row(Candidate candidate, AwarenessCertificate certificate, List<DossierDocument> documents,
            List<Verification> verifications, List<Introduction> introductions, List<OrganisationOpinion> opinions,
            List<Vote> votes, List<Decision> decisions, Ceremony ceremony, FormerMembership formerMembership) {
    }

    private static final String READ_SQL = """
            select cast(jsonb_build_object(
                'candidate', to_jsonb(c) || jsonb_build_object('ethnicity', c.ethnicity_code,
                                                               'religion', c.religion_code),
                'certificate', (select to_jsonb(x) from awareness_certificate x where x.candidate_id = c.id),
                'documents', %s,
                'verifications', %s,
                'introductions', %s,
                'opinions', %s,
                'votes', %s,
                'decisions', %s,
                'ceremony', (select to_jsonb(x) from ceremony x where x.candidate_id = c.id),
                'former_membership', (select to_jsonb(x) from former_membership x where x.candidate_id = c.id)
            ) as text)
            from candidate c where c.id = ?
            """.formatted(steps("dossier_document", "received_on"), steps("verification", "sent_on"),
            steps("introduction", "introduced_on"), steps("organisation_opinion", "given_on"),
            steps("vote", "held_on"), steps("decision", "decided_on"));

    private static String steps(String table, String order) {
        return RowJson.rows(table, "x.candidate_id = c.id", "x." + order + ", x.recorded_at, x.id");
    }

    public Optional<Verification> verification(UUID candidateId, UUID verificationId) {
        return Optional.ofNullable(em.find(Verification.class, verificationId))
                .filter(v -> v.candidateId.equals(candidateId));
    }

    /** Stores a step, stamped with the moment it was recorded. */
    public void persist(Object step) {
        if (step instanceof PipelineStep s) {
            s.recordedAt = time.now();
        } else if (step instanceof AwarenessCertificate c) {
            c.recordedAt = time.now();
        } else if (step instanceof Ceremony c) {
            c.recordedAt = time.now();
        } else if (step instanceof FormerMembership f) {
            f.recordedAt = time.now();
        }
        em.persist(step);
    }

    public void remove(Object step) {
        em.remove(step);
    }

    public void flush() {
        em.flush();
    }

    /** Removes every step of a candidate (erasure). */
    public void removeAll(UUID candidateId) {
        for (String entity : List.of("AwarenessCertificate", "DossierDocument", "Verification", "Introduction",
                "OrganisationOpinion", "Vote", "Decision", "Ceremony", "FormerMembership")) {
            em.createQuery("delete from " + entity + " where candidateId = :id").setParameter("id", candidateId)
                    .executeUpdate();
        }
    }

    private <T> List<T> steps(Class<T> type, UUID candidateId, String order) {
        return em.createQuery("from " + type.getSimpleName() + " where candidateId = :id order by " + order
                + ", recordedAt, id", type)
                .setParameter("id", candidateId).getResultList();
    }
}
