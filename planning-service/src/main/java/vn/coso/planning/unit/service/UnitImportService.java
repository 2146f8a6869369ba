package vn.coso.planning.unit.service;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.SystemException;
import jakarta.transaction.TransactionManager;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

import vn.coso.planning.unit.CellKind;
import vn.coso.planning.unit.Unit;
import vn.coso.planning.unit.repository.UnitRepository;
import vn.coso.platform.audit.AuditLog;
import vn.coso.platform.problem.ProblemException;
import vn.coso.platform.problem.ProblemType;
import vn.coso.platform.scope.CallerScope;
import vn.coso.platform.scope.UnitKind;

/**
 * Imports a unit tree from CSV, all or nothing: every line is checked first and every problem is reported with its
 * line number; only a clean file registers anything. Parents are current units (by code) or units of the same file,
 * in any order.
 */
@ApplicationScoped
@Transactional
public class UnitImportService {

    public static final List<String> COLUMNS = List.of("code", "name", "kind", "cellKind", "parentCode",
            "validFrom", "validTo", "docCode");
    static final Set<String> REQUIRED = Set.of("code", "name", "kind", "parentCode", "validFrom");
    static final int MAX_ROWS = 20_000;
    static final Pattern CODE = Pattern.compile("[\\p{Lu}0-9][\\p{Lu}0-9._-]*");
    static final Pattern DOC_CODE = Pattern.compile("[\\p{Lu}0-9-]+");
    static final DateTimeFormatter VIETNAMESE_DATE = DateTimeFormatter.ofPattern("d/M/uuuu");

    /** What an import did (or, for a dry run, would do). */
    public record Result(boolean dryRun, int created, List<Created> units) {

        public record Created(int line, String code, UUID id) {
        }
    }

    /** One line of the file once checked. */
    private record Row(int line, UnitRequests.Create request, String parentCode) {
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
        List<Map<String, String>> lines = parse(csv);
        ProblemException.Builder problems = ProblemException.of(ProblemType.VALIDATION).detail("unit.import-invalid");
        int errors = 0;
        Map<String, Row> byCode = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            int line = i + 2; // line 1 holds the headings
            List<String[]> rowErrors = new ArrayList<>();
            Row row = check(line, lines.get(i), rowErrors);
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
        for (Row r : byCode.values()) {
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
        List<Row> order = errors == 0 ? order(byCode, problems) : List.of();
        if (errors > 0 || order.size() < byCode.size()) {
            throw problems.build();
        }
        List<Result.Created> created = new ArrayList<>();
        Map<String, Unit> made = new HashMap<>(existing);
        for (Row r : order) {
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

    private static List<Map<String, String>> parse(String csv) {
        String text = csv.startsWith("\uFEFF") ? csv.substring(1) : csv;
        CsvSchema schema = CsvSchema.emptySchema().withHeader();
        List<Map<String, String>> rows = new ArrayList<>();
        try (MappingIterator<Map<String, String>> it = new CsvMapper().readerForMapOf(String.class).with(schema)
                .readValues(text)) {
            CsvSchema read = (CsvSchema) it.getParserSchema();
            List<String> headings = new ArrayList<>();
            read.forEach(c -> headings.add(c.getName()));
            List<String> unknown = headings.stream().filter(h -> !COLUMNS.contains(h)).toList();
            List<String> missing = REQUIRED.stream().filter(h -> !headings.contains(h)).sorted().toList();
            if (!unknown.isEmpty() || !missing.isEmpty()) {
                throw ProblemException.badRequest("rows[1]", "unit.import-columns", String.join(", ", missing),
                        String.join(", ", unknown), String.join(",", COLUMNS));
            }
            while (it.hasNextValue()) {
                if (rows.size() == MAX_ROWS) {
                    throw ProblemException.badRequest("rows", "unit.import-too-many", MAX_ROWS);
                }
                rows.add(it.nextValue());
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof ProblemException p) {
                throw p;
            }
            throw ProblemException.badRequest("rows[" + (rows.size() + 2) + "]", "unit.import-malformed");
        }
        if (rows.isEmpty()) {
            throw ProblemException.badRequest("rows", "unit.import-empty");
        }
        return rows;
    }

    /** Checks one line on its own; answers null when it cannot be read as a unit at all. */
    private static Row check(int line, Map<String, String> cells, List<String[]> errors) {
        Map<String, String> v = new HashMap<>();
        cells.forEach((k, value) -> v.put(k, value == null || value.isBlank() ? null : value.strip()));
        for (String column : REQUIRED) {
            if (v.get(column) == null) {
                errors.add(new String[]{column, "unit.import-required", column});
            }
        }
        String code = v.get("code");
        if (code != null && (code.length() > 64 || !CODE.matcher(code).matches())) {
            errors.add(new String[]{"code", "unit.import-code", code});
        }
        if (v.get("name") != null && v.get("name").length() > 300) {
            errors.add(new String[]{"name", "unit.import-too-long", "300"});
        }
        String doc = v.get("docCode");
        if (doc != null && (doc.length() > 20 || !DOC_CODE.matcher(doc).matches())) {
            errors.add(new String[]{"docCode", "unit.import-doc-code", doc});
        }
        UnitKind kind = parse(UnitKind.class, v.get("kind"), "kind", errors);
        CellKind cellKind = parse(CellKind.class, v.get("cellKind"), "cellKind", errors);
        if (kind != null && (kind == UnitKind.CELL) != (cellKind != null)) {
            errors.add(new String[]{"cellKind", "unit.cell-kind"});
        }
        LocalDate from = date(v.get("validFrom"), "validFrom", errors);
        LocalDate to = date(v.get("validTo"), "validTo", errors);
        if (from != null && to != null && to.isBefore(from)) {
            errors.add(new String[]{"validTo", "unit.dates-order"});
        }
        if (!errors.isEmpty()) {
            return null;
        }
        return new Row(line, new UnitRequests.Create(code, v.get("name"), kind, cellKind, from, to, null, doc),
                v.get("parentCode"));
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value, String column, List<String[]> errors) {
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            errors.add(new String[]{column, "unit.import-value", value, column});
            return null;
        }
    }

    /** ISO dates (2025-07-01) or the way Vietnamese offices write them (01/07/2025). */
    private static LocalDate date(String value, String column, List<String[]> errors) {
        if (value == null) {
            return null;
        }
        try {
            return value.contains("/") ? LocalDate.parse(value, VIETNAMESE_DATE) : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            errors.add(new String[]{column, "unit.import-value", value, column});
            return null;
        }
    }

    private static Set<String> collectCodes(Map<String, Row> byCode) {
        Set<String> codes = new HashSet<>(byCode.keySet());
        byCode.values().forEach(r -> codes.add(r.parentCode()));
        return codes;
    }

    /** Parents before children; lines left over hang under each other in a cycle and are reported. */
    private static List<Row> order(Map<String, Row> byCode, ProblemException.Builder problems) {
        List<Row> order = new ArrayList<>();
        Set<String> placed = new HashSet<>();
        boolean progress = true;
        while (progress) {
            progress = false;
            for (Row r : byCode.values()) {
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
