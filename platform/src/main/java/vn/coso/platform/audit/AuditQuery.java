package vn.coso.platform.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.agroal.api.AgroalDataSource;

import vn.coso.platform.paging.Page;

/** Reads the audit log for administrators: newest first, filtered by resource, actor and period. */
@ApplicationScoped
public class AuditQuery {

    /** The filters; all optional. */
    public record Filter(String resourceType, String resourceId, String actorName, OffsetDateTime from,
            OffsetDateTime to) {
    }

    private final AgroalDataSource dataSource;

    public AuditQuery(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    public Page<AuditEntry> find(Filter f, int offset, int size) {
        StringBuilder where = new StringBuilder(" where true");
        List<Object> params = new ArrayList<>();
        add(where, params, " and resource_type = ?", f.resourceType());
        add(where, params, " and resource_id = ?", f.resourceId());
        add(where, params, " and actor_name = ?", f.actorName());
        add(where, params, " and occurred_at >= ?", f.from());
        add(where, params, " and occurred_at < ?", f.to());
        try (Connection c = dataSource.getConnection()) {
            long total;
            try (PreparedStatement ps = c.prepareStatement("select count(*) from audit_log" + where)) {
                bind(ps, params);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    total = rs.getLong(1);
                }
            }
            List<AuditEntry> entries = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("""
                    select id, occurred_at, actor_id, actor_name, actor_unit, actor_roles, action, resource_type,
                           resource_id, unit_id, request_id, client_address, details::text
                    from audit_log""" + where + " order by id desc limit ? offset ?")) {
                int n = bind(ps, params);
                ps.setInt(n++, size);
                ps.setInt(n, offset);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        entries.add(new AuditEntry(rs.getLong(1), rs.getObject(2, OffsetDateTime.class),
                                rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7),
                                rs.getString(8), rs.getString(9), rs.getObject(10, UUID.class), rs.getString(11),
                                rs.getString(12), rs.getString(13)));
                    }
                }
            }
            return new Page<>(entries, total);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the audit log", e);
        }
    }

    private static void add(StringBuilder where, List<Object> params, String condition, Object value) {
        if (value != null) {
            where.append(condition);
            params.add(value);
        }
    }

    private static int bind(PreparedStatement ps, List<Object> params) throws SQLException {
        int i = 1;
        for (Object p : params) {
            ps.setObject(i++, p);
        }
        return i;
    }
}
