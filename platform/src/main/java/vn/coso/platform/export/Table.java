package vn.coso.platform.export;

import java.util.List;

/**
 * A table for the offices' reports: Vietnamese headings and rows of text or numbers, written as CSV or Excel
 * according to the request's {@code Accept} header by {@link TableWriter}.
 *
 * @param name the file name without extension, e.g. {@code ket-nap-2024}
 */
public record Table(String name, List<String> headings, List<List<Object>> rows) {

    public static final String CSV = "text/csv";
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public Table {
        headings = List.copyOf(headings);
        rows = List.copyOf(rows);
    }
}
