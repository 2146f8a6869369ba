package vn.coso.platform.sql;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * Reads what PostgreSQL builds with {@code to_jsonb(row)} and {@code jsonb_agg} into entities: a whole aggregate in one
 * statement instead of one query per table. Keys are the columns, matched to the entities' public fields in snake
 * case ({@code received_on} → {@code receivedOn}); columns without a field are ignored. The entities read this way are
 * not managed: they answer a GET; a change loads through the entity manager.
 */
public final class RowJson {

    private static final ObjectMapper JSON = JsonMapper.builder().addModule(new JavaTimeModule())
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .visibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.PUBLIC_ONLY)
            .visibility(PropertyAccessor.SETTER, JsonAutoDetect.Visibility.NONE)
            .build();

    private RowJson() {
    }

    public static <T> T read(String json, Class<T> type) {
        try {
            return JSON.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot read " + type.getSimpleName() + " from its row's JSON", e);
        }
    }

    /** {@code coalesce(jsonb_agg(to_jsonb(x) order by …), '[]')} over {@code table x} where {@code where}. */
    public static String rows(String table, String where, String order) {
        return "coalesce((select jsonb_agg(to_jsonb(x) order by " + order + ") from " + table + " x where " + where
                + "), '[]')";
    }
}
