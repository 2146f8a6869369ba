package vn.coso.planning.unit.service;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

import vn.coso.planning.unit.CellKind;
import vn.coso.platform.problem.ProblemException;
import vn.coso.platform.scope.UnitKind;

/**
 * Reading a unit CSV: the headings, then each line on its own (codes, kinds, dates in ISO or Vietnamese form), with
 * every problem collected as a line number and a message key rather than thrown at the first one.
 */
final class UnitCsv {

    static final List<String> COLUMNS = List.of("code", "name", "kind", "cellKind", "parentCode",
            "validFrom", "validTo", "docCode");
    static final Set<String> REQUIRED = Set.of("code", "name", "kind", "parentCode", "validFrom");
    static final int MAX_ROWS = 20_000;
    static final Pattern CODE = Pattern.compile(UnitRequests.CODE);
    static final Pattern DOC_CODE = Pattern.compile(UnitRequests.DOC_CODE);
    static final DateTimeFormatter VIETNAMESE_DATE = DateTimeFormatter.ofPattern("d/M/uuuu");

    /** One line of the file once checked. */
    record Row(int line, UnitRequests.Create request, String parentCode) {
    }

    private UnitCsv() {
    }

    static List<Map<String, String>> parse(String csv) {
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
    static Row check(int line, Map<String, String> cells, List<String[]> errors) {
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
}
