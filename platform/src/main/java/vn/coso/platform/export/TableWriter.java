package vn.coso.platform.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes a {@link Table} as CSV (UTF-8 with a byte-order mark, so that Excel shows Vietnamese correctly; cells that
 * a spreadsheet would run as formulas are neutralised) or as an Excel workbook, as an attachment.
 */
@Provider
@Produces({Table.CSV, Table.XLSX})
public class TableWriter implements MessageBodyWriter<Table> {

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return Table.class.isAssignableFrom(type);
    }

    @Override
    public void writeTo(Table table, Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType,
            MultivaluedMap<String, Object> headers, OutputStream out) throws IOException {
        boolean excel = mediaType.isCompatible(MediaType.valueOf(Table.XLSX));
        headers.putSingle("Content-Disposition",
                "attachment; filename=\"" + table.name() + (excel ? ".xlsx" : ".csv") + "\"");
        if (excel) {
            writeExcel(table, out);
        } else {
            headers.putSingle("Content-Type", Table.CSV + "; charset=UTF-8");
            writeCsv(table, out);
        }
    }

    static void writeCsv(Table table, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write('\uFEFF');
        line(w, List.copyOf(table.headings()));
        for (List<Object> row : table.rows()) {
            line(w, row);
        }
        w.flush();
    }

    private static void line(Writer w, List<?> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                w.write(',');
            }
            w.write(csvCell(cells.get(i)));
        }
        w.write("\r\n");
    }

    static String csvCell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Number n) {
            return n instanceof java.math.BigDecimal d ? d.toPlainString() : n.toString();
        }
        String s = value.toString();
        if (!s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0) {
            s = "'" + s; // a spreadsheet would run it as a formula
        }
        if (s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")) {
            s = "\"" + s.replace("\"", "\"\"") + "\"";
        }
        return s;
    }

    private static void writeExcel(Table table, OutputStream out) throws IOException {
        Workbook wb = new Workbook(out, "coso", "1.0");
        Worksheet ws = wb.newWorksheet(table.name().length() > 31 ? table.name().substring(0, 31) : table.name());
        for (int c = 0; c < table.headings().size(); c++) {
            ws.value(0, c, table.headings().get(c));
            ws.style(0, c).bold().set();
        }
        for (int r = 0; r < table.rows().size(); r++) {
            List<Object> row = table.rows().get(r);
            for (int c = 0; c < row.size(); c++) {
                Object v = row.get(c);
                if (v instanceof Number n) {
                    ws.value(r + 1, c, n);
                } else if (v != null) {
                    ws.value(r + 1, c, v.toString());
                }
            }
        }
        wb.finish();
    }
}
