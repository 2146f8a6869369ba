package vn.coso.platform.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** A row's JSON as PostgreSQL's {@code to_jsonb} writes it, read back field for field. */
class RowJsonTest {

    /** Shaped like an entity: public fields, snake-case columns. */
    public static class Row {
        public Instant recordedAt;
        public LocalDate receivedOn;
        public String note;
    }

    private static Row read(String json) {
        return RowJson.read(json.getBytes(StandardCharsets.UTF_8), Row.class);
    }

    @Test
    void shouldReadATimestampWithItsOffsetAsTheInstantItNames() {
        // to_jsonb drops trailing zeros of the microseconds: six, one or no digits; 11:09 at +07:00 is 04:09 UTC
        assertEquals(Instant.parse("2026-12-04T04:09:25.546461Z"),
                read("{\"recorded_at\": \"2026-12-04T11:09:25.546461+07:00\"}").recordedAt);
        assertEquals(Instant.parse("2026-12-04T04:09:25.500Z"),
                read("{\"recorded_at\": \"2026-12-04T11:09:25.5+07:00\"}").recordedAt);
        assertEquals(Instant.parse("2026-12-31T17:00:00Z"),
                read("{\"recorded_at\": \"2027-01-01T00:00:00+07:00\"}").recordedAt);
        assertEquals(Instant.parse("2026-12-04T11:09:25Z"),
                read("{\"recorded_at\": \"2026-12-04T11:09:25+00:00\"}").recordedAt);
    }

    @Test
    void shouldReadDatesTextsAndNullsAndIgnoreColumnsWithoutAField() {
        Row r = read("{\"received_on\": \"2026-02-17\", \"note\": \"Tết\", \"recorded_at\": null, \"cell_id\": 7}");
        assertEquals(LocalDate.of(2026, 2, 17), r.receivedOn);
        assertEquals("Tết", r.note);
        assertNull(r.recordedAt);
    }

    @Test
    void shouldRefuseATimestampThatIsNotOne() {
        assertThrows(IllegalStateException.class, () -> read("{\"recorded_at\": \"04/12/2026 11:09\"}"));
        assertThrows(IllegalStateException.class, () -> read("{\"recorded_at\": 1764820165}"));
    }
}
