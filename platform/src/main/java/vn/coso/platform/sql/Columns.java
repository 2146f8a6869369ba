package vn.coso.platform.sql;

import java.sql.Date;
import java.time.LocalDate;

/** Reading columns of native query rows, whose Java types depend on the driver and the query. */
public final class Columns {

    private Columns() {
    }

    /** A {@code date} column as a LocalDate; null stays null. */
    public static LocalDate localDate(Object column) {
        if (column == null) {
            return null;
        }
        return column instanceof LocalDate d ? d : ((Date) column).toLocalDate();
    }
}
