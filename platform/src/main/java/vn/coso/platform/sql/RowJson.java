package vn.coso.platform.sql;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import javax.sql.DataSource;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * Reads what PostgreSQL builds with {@code to_jsonb(row)} and {@code jsonb_agg} into entities: a whole aggregate in one
 * statement instead of one query per table. Keys are the columns, matched to the entities' public fields in snake
 * case ({@code received_on} → {@code receivedOn}); columns without a field are ignored. The entities read this way are
 * not managed: they answer a GET; a change loads through the entity manager.
 *
 * <p>
 * A point read is on the path of every dossier and opinion a user opens, so it stays lean (issue 14): {@link #one}
 * runs the statement over plain JDBC on the transaction's own connection (no Hibernate query or session), the JSON is
 * read from the row's UTF-8 bytes by a reader prepared once per type.
 */
public final class RowJson {

    private static final ObjectMapper JSON = JsonMapper.builder().addModule(new JavaTimeModule())
            .addModule(new SimpleModule().addDeserializer(Instant.class, new TimestampDeserializer()))
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .visibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.PUBLIC_ONLY)
            .visibility(PropertyAccessor.SETTER, JsonAutoDetect.Visibility.NONE)
            .build();

    private static final ConcurrentMap<Class<?>, ObjectReader> READERS = new ConcurrentHashMap<>();

    private RowJson() {
    }

    /**
     * The one row of {@code sql} (a statement with one parameter, the {@code id}, and one column, the row's JSON as
     * text) read as {@code type}, or empty when there is no row. Runs in the caller's transaction: the data source
     * hands out the connection the transaction already holds.
     */
    public static <T> Optional<T> one(DataSource dataSource, String sql, UUID id, Class<T> type) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setObject(1, id, Types.OTHER);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                // a text column's bytes are its UTF-8 text: no String decoded only to be parsed
                return Optional.of(read(rs.getBytes(1), type));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read " + type.getSimpleName(), e);
        }
    }

    /** A row's JSON, as UTF-8, read as {@code type}. */
    static <T> T read(byte[] json, Class<T> type) {
        try {
            return reader(type).readValue(json);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + type.getSimpleName() + " from its row's JSON", e);
        }
    }

    /** {@code coalesce(jsonb_agg(to_jsonb(x) order by …), '[]')} over {@code table x} where {@code where}. */
    public static String rows(String table, String where, String order) {
        return "coalesce((select jsonb_agg(to_jsonb(x) order by " + order + ") from " + table + " x where " + where
                + "), '[]')";
    }

    private static ObjectReader reader(Class<?> type) {
        return READERS.computeIfAbsent(type, JSON::readerFor);
    }

    /**
     * A {@code timestamptz} as {@code to_jsonb} writes it ({@code 2026-12-04T11:09:25.546461+07:00}), read with the
     * JDK's prepared ISO offset format: the default Instant reader goes through {@code ISO_INSTANT}, whose parser the
     * JDK 17 builds anew for every value — a quarter of an opinion read's CPU in the benchmark's profile.
     */
    private static final class TimestampDeserializer extends StdScalarDeserializer<Instant> {

        private static final long serialVersionUID = 1L;

        TimestampDeserializer() {
            super(Instant.class);
        }

        @Override
        public Instant deserialize(JsonParser p, DeserializationContext context) throws IOException {
            if (p.currentToken() != JsonToken.VALUE_STRING) {
                return (Instant) context.handleUnexpectedToken(Instant.class, p);
            }
            try {
                return OffsetDateTime.parse(p.getText(), DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
            } catch (DateTimeParseException e) {
                return (Instant) context.handleWeirdStringValue(Instant.class, p.getText(), e.getMessage());
            }
        }
    }
}
