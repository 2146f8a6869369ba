package vn.coso.platform.feed;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;

import vn.coso.platform.time.VietnamTime;

/**
 * A service's change feed for integrators (issue 16): every change appended in the transaction that makes it (a
 * transactional outbox, table {@code feed_event}), read back in CloudEvents 1.0, cursor-paged, at least once, each
 * event with a stable id and its own position in the {@code sequence} extension to resume from.
 * <p>
 * Gap-free under concurrent writers: an event's position is its transaction id ({@code xid8}) then its row id, and
 * a read returns only events of transactions older than the oldest still running
 * ({@code pg_snapshot_xmin(pg_current_snapshot())}). Every transaction below that point has ended, so no event can
 * later appear before the cursor; one still running shows up, in order, once it commits. A long transaction holds
 * the feed back until it ends, and never makes it skip.
 */
@ApplicationScoped
public class ChangeFeed {

    /** One page: the events, the cursor to ask from next, and whether more were already there. */
    public record Page(List<CloudEvent> events, String next, boolean more) {
    }

    private final EntityManager em;
    private final ObjectMapper json;
    private final VietnamTime time;
    private final URI source;

    public ChangeFeed(EntityManager em, ObjectMapper json, VietnamTime time,
            @ConfigProperty(name = "quarkus.application.name") String service) {
        this.em = em;
        this.json = json;
        this.time = time;
        this.source = URI.create("/coso/" + service);
    }

    /**
     * Appends a change, in the caller's transaction: committed with it or not at all. {@code data} must hold no
     * personal data: feeds leave the service.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void append(String type, UUID subject, UUID unit, Object data) {
        String body;
        try {
            body = json.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("feed data is not JSON", e);
        }
        em.createNativeQuery("""
                insert into feed_event (type, subject, unit_id, occurred_at, data)
                values (:type, :subject, :unit, :at, cast(:data as jsonb))
                """).setParameter("type", type).setParameter("subject", subject).setParameter("unit", unit)
                .setParameter("at", Timestamp.from(time.now())).setParameter("data", body).executeUpdate();
    }

    /** The events after {@code after} (the start when null) of the given units, at most {@code size}. */
    @Transactional(Transactional.TxType.SUPPORTS)
    @SuppressWarnings("unchecked")
    public Page read(String after, Set<UUID> units, int size) {
        Cursor from = Cursor.parse(after);
        List<Object[]> rows = em.createNativeQuery("""
                select id, cast(cast(tx as text) as bigint), type, subject, unit_id, occurred_at, cast(data as text)
                from feed_event
                where tx < pg_snapshot_xmin(pg_current_snapshot())
                  and (tx, id) > (cast(cast(:tx as text) as xid8), :id)
                  and unit_id = any(cast(:units as uuid[]))
                order by tx, id
                limit :limit
                """).setParameter("tx", from.tx()).setParameter("id", from.id())
                .setParameter("units", units.toArray(UUID[]::new)).setParameter("limit", size + 1).getResultList();
        boolean more = rows.size() > size;
        List<CloudEvent> events = new ArrayList<>();
        String next = from.toString();
        for (Object[] r : rows.subList(0, Math.min(size, rows.size()))) {
            next = new Cursor(((Number) r[1]).longValue(), ((Number) r[0]).longValue()).toString();
            Instant at = r[5] instanceof Instant i ? i : ((Timestamp) r[5]).toInstant();
            events.add(CloudEventBuilder.v1()
                    .withId(source.getPath().substring("/coso/".length()) + "-" + r[0])
                    .withSource(source)
                    .withType((String) r[2])
                    .withSubject(String.valueOf(r[3]))
                    .withTime(at.atOffset(ZoneOffset.UTC))
                    .withDataContentType("application/json")
                    .withExtension("sequence", next)
                    .withExtension("unit", String.valueOf(r[4]))
                    .withData(((String) r[6]).getBytes(StandardCharsets.UTF_8))
                    .build());
        }
        return new Page(events, next, more);
    }

    /** A position in the feed: transaction id, then row id; written {@code tx-id}, both zero at the start. */
    record Cursor(long tx, long id) {

        static Cursor parse(String text) {
            if (text == null || text.isBlank()) {
                return new Cursor(0, 0);
            }
            String[] parts = text.strip().split("-");
            try {
                if (parts.length == 2) {
                    Cursor c = new Cursor(Long.parseLong(parts[0]), Long.parseLong(parts[1]));
                    if (c.tx >= 0 && c.id >= 0) {
                        return c;
                    }
                }
            } catch (NumberFormatException malformed) {
                // answered below
            }
            throw new InvalidCursor();
        }

        @Override
        public String toString() {
            return tx + "-" + id;
        }
    }

    /** A cursor that no page of this feed ever gave. */
    public static final class InvalidCursor extends IllegalArgumentException {

        private static final long serialVersionUID = 1L;

        InvalidCursor() {
            super("not a cursor of this feed");
        }
    }
}
