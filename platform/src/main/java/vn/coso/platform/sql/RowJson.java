package vn.coso.platform.sql;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import javax.sql.DataSource;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.json.JsonMapper;
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
                return Optional.of(reader(type).readValue(rs.getBytes(1)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read " + type.getSimpleName(), e);
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
}
