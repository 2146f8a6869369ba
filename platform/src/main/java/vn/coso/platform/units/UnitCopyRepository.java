package vn.coso.platform.units;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.DefaultBean;

import vn.coso.platform.scope.UnitNode;
import vn.coso.platform.scope.UnitTreeSource;

/**
 * The local copy of planning-service's unit registry ({@code unit_copy}), in the services that consume the feed
 * ({@code coso.units.feed.enabled=true}). Plain JDBC: two tables, no entity model needed. It is the
 * default source of the unit tree: planning-service, which owns the registry, provides its own.
 */
@ApplicationScoped
@DefaultBean
@Transactional
public class UnitCopyRepository implements UnitTreeSource {

    private final AgroalDataSource dataSource;

    public UnitCopyRepository(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<UnitNode> loadAll() {
        List<UnitNode> units = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(
                        "select id, code, name, kind, cell_kind, parent_ids, predecessor_ids from unit_copy");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                units.add(new UnitNode(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), uuids(rs.getArray(6)), uuids(rs.getArray(7))));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the local unit copy", e);
        }
        return units;
    }

    /** Upserts the entries and moves the cursor, in one transaction. */
    public void apply(Collection<UnitFeedEntry> entries, long nextSince) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement upsert = c.prepareStatement(
                        """
                                insert into unit_copy (id, code, name, kind, valid_from, valid_to, parent_ids, predecessor_ids,
                                                       seq, cell_kind, parent_links, synced_at)
                                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), now())
                                on conflict (id) do update set code = excluded.code, name = excluded.name,
                                    kind = excluded.kind, cell_kind = excluded.cell_kind, parent_links = excluded.parent_links, valid_from = excluded.valid_from, valid_to = excluded.valid_to,
                                    parent_ids = excluded.parent_ids, predecessor_ids = excluded.predecessor_ids,
                                    seq = excluded.seq, synced_at = now()
                                """);
                PreparedStatement cursor = c.prepareStatement("""
                        insert into unit_copy_cursor (id, last_seq) values (1, ?)
                        on conflict (id) do update set last_seq = greatest(unit_copy_cursor.last_seq, excluded.last_seq)
                        """)) {
            for (UnitFeedEntry e : entries) {
                upsert.setObject(1, e.id());
                upsert.setString(2, e.code());
                upsert.setString(3, e.name());
                upsert.setString(4, e.kind());
                upsert.setObject(5, e.validFrom());
                upsert.setObject(6, e.validTo(), Types.DATE);
                upsert.setArray(7, c.createArrayOf("uuid",
                        e.parents() == null
                                ? new Object[0]
                                : e.parents().stream().map(UnitFeedEntry.ParentLink::parentId).distinct().toArray()));
                upsert.setArray(8, c.createArrayOf("uuid",
                        e.predecessors() == null ? new Object[0] : e.predecessors().toArray()));
                upsert.setLong(9, e.seq());
                upsert.setString(10, e.cellKind());
                upsert.setString(11, parentLinksJson(e));
                upsert.addBatch();
            }
            upsert.executeBatch();
            cursor.setLong(1, nextSince);
            cursor.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot write the local unit copy", e);
        }
    }

    /**
     * The unit and every unit above it on {@code day}, following the parent links valid that day: where an event of
     * that day belongs, whatever the tree looks like later.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<UUID> ancestorsOn(UUID unit, LocalDate day) {
        List<UUID> path = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("""
                        with recursive up (id, depth) as (
                            select cast(? as uuid), 0
                            union
                            select cast(l ->> 'parentId' as uuid), up.depth + 1
                            from up join unit_copy u on u.id = up.id
                                 cross join jsonb_array_elements(u.parent_links) l
                            where cast(l ->> 'validFrom' as date) <= ?
                              and (l ->> 'validTo' is null or cast(l ->> 'validTo' as date) >= ?)
                              and up.depth < 32)
                        select id from up order by depth
                        """)) {
            ps.setObject(1, unit);
            ps.setObject(2, day);
            ps.setObject(3, day);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    UUID id = rs.getObject(1, UUID.class);
                    if (!path.contains(id)) {
                        path.add(id);
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the local unit copy", e);
        }
        return path;
    }

    /** The dated parent links as JSON; UUIDs and ISO dates need no escaping. */
    private static String parentLinksJson(UnitFeedEntry e) {
        if (e.parents() == null) {
            return "[]";
        }
        StringBuilder json = new StringBuilder("[");
        for (UnitFeedEntry.ParentLink link : e.parents()) {
            if (json.length() > 1) {
                json.append(',');
            }
            json.append("{\"parentId\":\"").append(link.parentId()).append("\",\"validFrom\":\"")
                    .append(link.validFrom()).append('"');
            json.append(",\"validTo\":").append(link.validTo() == null ? "null" : "\"" + link.validTo() + "\"");
            json.append('}');
        }
        return json.append(']').toString();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public long cursor() {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("select last_seq from unit_copy_cursor where id = 1");
                ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getLong(1) : 0L;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the unit feed cursor", e);
        }
    }

    private static List<UUID> uuids(Array array) throws SQLException {
        if (array == null) {
            return List.of();
        }
        return List.of((UUID[]) array.getArray());
    }
}
