package vn.coso.planning.unit.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.SystemException;
import jakarta.transaction.TransactionManager;
import jakarta.transaction.Transactional;

import vn.coso.planning.unit.Unit;
import vn.coso.planning.unit.repository.UnitRepository;
import vn.coso.platform.audit.AuditLog;
import vn.coso.platform.problem.ProblemException;
import vn.coso.platform.problem.ProblemType;
import vn.coso.platform.scope.CallerScope;

/**
 * Imports a unit tree from CSV, all or nothing: every line is checked first and every problem is reported with its
 * line number; only a clean file registers anything. Parents are current units (by code) or units of the same file,
 * in any order.
 */
@ApplicationScoped
@Transactional
public class UnitImportService {

    /** What an import did (or, for a dry run, would do). */
    public record Result(boolean dryRun, int created, List<Created> units) {

        public record Created(int line, String code, UUID id) {
        }
    }

    private final UnitRegistryService registry;
    private final UnitRepository units;
    private final CallerScope scope;
    private final AuditLog audit;
    private final Event<UnitsChanged> changed;
    private final TransactionManager transactions;

    public UnitImportService(UnitRegistryService registry, UnitRepository units, CallerScope scope, AuditLog audit,
            Event<UnitsChanged> changed, TransactionManager transactions) {
        this.registry = registry;
        this.units = units;
        this.scope = scope;
        this.audit = audit;
        this.changed = changed;
        this.transactions = transactions;
    }

    public Result importCsv(String csv, boolean dryRun) {
        List<Map<String, String>> lines = UnitCsv.parse(csv);
        ProblemException.Builder problems = ProblemException.of(ProblemType.VALIDATION).detail("unit.import-invalid");
        int errors = 0;
        Map<String, UnitCsv.Row> byCode = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            int line = i + 2; // line 1 holds the headings
            List<String[]> rowErrors = new ArrayList<>();
            UnitCsv.Row row = UnitCsv.check(line, lines.get(i), rowErrors);
            if (row != null && byCode.containsKey(row.request().code())) {
                rowErrors.add(new String[]{"code", "unit.import-code-twice",
                        Integer.toString(byCode.get(row.request().code()).line())});
            }
            for (String[] e : rowErrors) {
                problems.fieldError("rows[" + line + "]." + e[0], e[1], (Object[]) Arrays.copyOfRange(e, 2, e.length));
                errors++;
            }
            if (row != null && rowErrors.isEmpty()) {
                byCode.put(row.request().code(), row);
            }
        }
        Map<String, Unit> existing = new HashMap<>();
        for (Unit u : units.list("code in ?1 and validTo is null", List.copyOf(collectCodes(byCode)))) {
            existing.put(u.code, u);
        }
        Map<String, LocalDate[]> lives = new HashMap<>();
        byCode.values().forEach(r -> lives.put(r.request().code(),
                new LocalDate[]{r.request().validFrom(), r.request().validTo()}));
        existing.values().forEach(u -> lives.put(u.code, new LocalDate[]{u.validFrom, u.validTo}));
        for (UnitCsv.Row r : byCode.values()) {
            String field = "rows[" + r.line() + "].";
            if (existing.containsKey(r.request().code())) {
                problems.fieldError(field + "code", "unit.code-taken", r.request().code());
                errors++;
            }
            Unit parent = existing.get(r.parentCode());
            boolean parentInFile = byCode.containsKey(r.parentCode());
            if (!parentInFile && (parent == null || !scope.canSee(parent.id))) {
                problems.fieldError(field + "parentCode", "unit.import-unknown-parent", r.parentCode());
                errors++;
            } else if (!UnitRegistryService.within(r.request().validFrom(), r.request().validTo(),
                    lives.get(r.parentCode())[0], lives.get(r.parentCode())[1])) {
                problems.fieldError(field + "validFrom", "unit.import-outside-parent", r.parentCode());
                errors++;
            }
        }
        List<UnitCsv.Row> order = errors == 0 ? order(byCode, problems) : List.of();
        if (errors > 0 || order.size() < byCode.size()) {
            throw problems.build();
        }
        List<Result.Created> created = new ArrayList<>();
        Map<String, Unit> made = new HashMap<>(existing);
        for (UnitCsv.Row r : order) {
            Unit parent = made.get(r.parentCode());
            UnitView v = registry.createUnder(parent, withParent(r.request(), parent.id));
            made.put(v.code(), units.findById(v.id()));
            created.add(new Result.Created(r.line(), v.code(), v.id()));
        }
        audit.record(dryRun ? "IMPORT_CHECK" : "IMPORT", "unit-import", UUID.randomUUID(), scope.unit().orElse(null),
                Map.of("rows", created.size()));
        if (dryRun) {
            try {
                transactions.setRollbackOnly();
            } catch (IllegalStateException | SystemException e) {
                throw new IllegalStateException("a dry run must not commit", e);
            }
        } else {
            changed.fire(new UnitsChanged());
        }
        return new Result(dryRun, created.size(), created);
    }

    private static Set<String> collectCodes(Map<String, UnitCsv.Row> byCode) {
        Set<String> codes = new HashSet<>(byCode.keySet());
        byCode.values().forEach(r -> codes.add(r.parentCode()));
        return codes;
    }

    /** Parents before children; lines left over hang under each other in a cycle and are reported. */
    private static List<UnitCsv.Row> order(Map<String, UnitCsv.Row> byCode, ProblemException.Builder problems) {
        List<UnitCsv.Row> order = new ArrayList<>();
        Set<String> placed = new HashSet<>();
        boolean progress = true;
        while (progress) {
            progress = false;
            for (UnitCsv.Row r : byCode.values()) {
                if (!placed.contains(r.request().code())
                        && (!byCode.containsKey(r.parentCode()) || placed.contains(r.parentCode()))) {
                    order.add(r);
                    placed.add(r.request().code());
                    progress = true;
                }
            }
        }
        byCode.values().stream().filter(r -> !placed.contains(r.request().code()))
                .forEach(r -> problems.fieldError("rows[" + r.line() + "].parentCode", "unit.import-cycle",
                        r.parentCode()));
        return order;
    }

    private static UnitRequests.Create withParent(UnitRequests.Create r, UUID parent) {
        return new UnitRequests.Create(r.code(), r.name(), r.kind(), r.cellKind(), r.validFrom(), r.validTo(), parent,
                r.docCode());
    }
}
