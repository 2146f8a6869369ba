package vn.coso.membership.candidate.repository;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

import vn.coso.membership.candidate.Candidate;
import vn.coso.membership.candidate.Category;
import vn.coso.membership.candidate.SourceOrganisation;
import vn.coso.membership.candidate.Stage;
import vn.coso.platform.scope.CallerScope;

@ApplicationScoped
public class CandidateRepository implements PanacheRepositoryBase<Candidate, UUID> {

    /** The candidate, if the caller may see it: its cell lies in the caller's subtree (404 otherwise). */
    public Optional<Candidate> visibleTo(UUID id, CallerScope scope) {
        return findByIdOptional(id).filter(c -> scope.canSee(c.cellId));
    }

    /** Candidates still in the pipeline (not official, struck off, withdrawn or rejected) in these units. */
    public List<Candidate> openIn(Set<UUID> units) {
        return find("cellId in ?1 and stage not in ?2", units,
                List.of(Stage.OFFICIAL, Stage.STRUCK_OFF, Stage.WITHDRAWN, Stage.REJECTED)).list();
    }

    /** The list's conditions, as SQL on {@code candidate c} with named parameters. */
    public record Criteria(Set<UUID> units, Stage stage, Integer year, Category category, SourceOrganisation source,
            String q, LocalDate today) {
    }

    /**
     * One page of candidates, in Vietnamese order: by given name, then full name, each compared with the Vietnamese
     * collation (a, ă, â, b, c, d, đ, ...).
     */
    @SuppressWarnings("unchecked")
    public List<Candidate> find(Criteria criteria, int offset, int size) {
        Map<String, Object> params = new LinkedHashMap<>();
        String where = where(criteria, params);
        Query query = getEntityManager().createNativeQuery(from(criteria, params)
                + "select c.* from candidates c where "
                + where
                + " order by c.given_name collate vi_vn, c.full_name collate vi_vn, c.id limit :size offset :offset",
                Candidate.class);
        params.forEach(query::setParameter);
        return query.setParameter("size", size).setParameter("offset", offset).getResultList();
    }

    public long count(Criteria criteria) {
        Map<String, Object> params = new LinkedHashMap<>();
        String where = where(criteria, params);
        Query query = getEntityManager().createNativeQuery(from(criteria, params)
                + "select count(*) from candidates c where " + where);
        params.forEach(query::setParameter);
        return ((Number) query.getSingleResult()).longValue();
    }

    /**
     * The rows to filter, as a CTE named {@code candidates}. A name query of three letters or more is matched first,
     * on its own, so that the trigram index finds the few hits before the subtree and the other filters apply (the
     * planner, asked both at once, prefers a scan of the whole table).
     */
    private static String from(Criteria c, Map<String, Object> params) {
        if (trigramQuery(c)) {
            params.put("q", likeLiteral(c.q()));
            return "with candidates as materialized (select * from candidate "
                    + "where search_key like '%' || fold(:q) || '%' escape '\\') ";
        }
        return "with candidates as (select * from candidate) ";
    }

    private static boolean trigramQuery(Criteria c) {
        return c.q() != null && c.q().strip().length() >= 3;
    }

    private static String likeLiteral(String q) {
        return q.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static String where(Criteria c, Map<String, Object> params) {
        List<String> and = new ArrayList<>();
        // a hashed semi-join: "= any(array)" would compare each row with every unit of a large subtree
        and.add("c.cell_id in (select unnest(cast(:units as uuid[])))");
        params.put("units", c.units().toArray(UUID[]::new));
        if (c.stage() != null) {
            and.add("c.stage = :stage");
            params.put("stage", c.stage().name());
        }
        if (c.year() != null) {
            and.add("c.listed_on >= :yearStart and c.listed_on < :yearEnd");
            params.put("yearStart", LocalDate.of(c.year(), 1, 1));
            params.put("yearEnd", LocalDate.of(c.year() + 1, 1, 1));
        }
        if (c.source() != null) {
            and.add("c.source_organisation = :source");
            params.put("source", c.source().name());
        }
        if (c.q() != null && !c.q().isBlank() && !trigramQuery(c)) {
            // LIKE wildcards in the query are taken literally
            and.add("c.search_key like '%' || fold(:q) || '%' escape '\\'");
            params.put("q", likeLiteral(c.q()));
        }
        if (c.category() != null) {
            and.add(categoryCondition(c.category(), c.today(), params));
        }
        return String.join(" and ", and);
    }

    private static String categoryCondition(Category category, LocalDate today, Map<String, Object> params) {
        return switch (category) {
            case WOMEN -> "c.gender = 'FEMALE'";
            case ETHNIC_MINORITY -> "c.ethnicity_code <> '" + Category.KINH + "'";
            case RELIGIOUS -> "c.religion_code <> '" + Category.NO_RELIGION + "'";
            case YOUTH_UNION -> "c.youth_union";
            case AGE_18_30 -> {
                params.put("born18", today.minusYears(18));
                params.put("born31", today.minusYears(31));
                yield "c.date_of_birth <= :born18 and c.date_of_birth > :born31";
            }
            case PUPILS_STUDENTS -> "c.occupation = 'PUPIL_STUDENT'";
            case CIVIL_SERVANTS -> "c.occupation = 'CIVIL_SERVANT'";
            case WORKERS -> "c.occupation = 'WORKER'";
            case FARMERS -> "c.occupation = 'FARMER'";
            case PRIVATE_ENTERPRISE -> "c.occupation = 'PRIVATE_ENTERPRISE'";
            case ARMED_FORCES -> "c.occupation = 'ARMED_FORCES'";
            case MILITIA -> "c.militia";
            case SECURITY_TEAM_LEADERS -> "c.security_team_leader";
            case DEMOBILISED_SOLDIERS -> "c.demobilised_soldier";
            case COMMUNE_POLICE -> "c.commune_police";
            case VILLAGE_MILITARY_LEADERS -> "c.village_military_leader";
            case SECURITY_TEAM -> "c.security_team";
            case RURAL_CELLS -> "exists (select 1 from unit_copy u where u.id = c.cell_id and u.cell_kind = 'RURAL')";
        };
    }
}
