package vn.coso.membership.codes;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The code lists of the dossier (ethnic groups, religions), loaded once: they change only with a migration. */
@ApplicationScoped
public class CodeLists {

    @Schema(name = "Code")
    public record Code(String code, String name) {
    }

    @Schema(name = "CodeLists")
    public record Lists(List<Code> ethnicities, List<Code> religions) {
    }

    private final EntityManager em;
    private volatile Lists lists;
    private volatile Map<String, Code> ethnicities;
    private volatile Map<String, Code> religions;

    public CodeLists(EntityManager em) {
        this.em = em;
    }

    public Lists all() {
        load();
        return lists;
    }

    public boolean isEthnicity(String code) {
        load();
        return code != null && ethnicities.containsKey(code);
    }

    public boolean isReligion(String code) {
        load();
        return code != null && religions.containsKey(code);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    void load() {
        if (lists != null) {
            return;
        }
        List<Code> e = codes("select code, name from ethnicity order by code");
        List<Code> r = codes("select code, name from religion order by case code when 'NONE' then 0 else 1 end, name");
        ethnicities = e.stream().collect(Collectors.toMap(Code::code, Function.identity()));
        religions = r.stream().collect(Collectors.toMap(Code::code, Function.identity()));
        lists = new Lists(e, r);
    }

    @SuppressWarnings("unchecked")
    private List<Code> codes(String sql) {
        List<Object[]> rows = em.createNativeQuery(sql).getResultList();
        return rows.stream().map(r -> new Code(r[0].toString().strip(), (String) r[1])).toList();
    }
}
