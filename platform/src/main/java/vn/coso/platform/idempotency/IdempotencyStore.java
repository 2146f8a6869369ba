package vn.coso.platform.idempotency;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.agroal.api.AgroalDataSource;

import vn.coso.platform.time.VietnamTime;

/** The {@code idempotency_record} table; always used inside the interceptor's transaction. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class IdempotencyStore {

    /** A stored answer; {@code status} is null while the first request is still running. */
    public record Stored(String fingerprint, Integer status, String location, String etag, String body) {
    }

    private static final Pattern UUID_IN = Pattern.compile(
            "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private final AgroalDataSource dataSource;
    private final VietnamTime time;

    public IdempotencyStore(AgroalDataSource dataSource, VietnamTime time) {
        this.dataSource = dataSource;
        this.time = time;
    }

    /**
     * Claims the key for this request. Empty when the claim succeeded (go ahead and create); otherwise the record of
     * the request that claimed it first. A concurrent claim blocks on the primary key until that request's
     * transaction ends.
     */
    public Optional<Stored> claim(String caller, String key, String fingerprint) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement insert = c.prepareStatement("""
                    insert into idempotency_record (caller, idem_key, fingerprint, created_at) values (?, ?, ?, ?)
                    on conflict do nothing
                    """)) {
                insert.setString(1, caller);
                insert.setString(2, key);
                insert.setString(3, fingerprint);
                insert.setTimestamp(4, Timestamp.from(time.now()));
                if (insert.executeUpdate() == 1) {
                    return Optional.empty();
                }
            }
            try (PreparedStatement select = c.prepareStatement("""
                    select fingerprint, status, location, etag, body from idempotency_record
                    where caller = ? and idem_key = ?
                    """)) {
                select.setString(1, caller);
                select.setString(2, key);
                try (ResultSet rs = select.executeQuery()) {
                    if (!rs.next()) {
                        throw new IllegalStateException("idempotency record vanished");
                    }
                    Integer status = rs.getObject(2) == null ? null : rs.getInt(2);
                    return Optional.of(new Stored(rs.getString(1), status, rs.getString(3), rs.getString(4),
                            rs.getString(5)));
                }
            }
        }
    }

    /** The record a create made: the first id in its Location. */
    static UUID resourceOf(String location) {
        if (location == null) {
            return null;
        }
        Matcher m = UUID_IN.matcher(location);
        return m.find() ? UUID.fromString(m.group()) : null;
    }

    /** Removes the stored replies of the creates that made {@code resource} (erasure). */
    public int forget(UUID resource) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement delete = c.prepareStatement("delete from idempotency_record where resource_id = ?")) {
            delete.setObject(1, resource, Types.OTHER);
            return delete.executeUpdate();
        }
    }

    public void complete(String caller, String key, Stored stored) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement update = c.prepareStatement("""
                        update idempotency_record set status = ?, location = ?, etag = ?, body = ?, resource_id = ?
                        where caller = ? and idem_key = ?
                        """)) {
            update.setInt(1, stored.status());
            update.setString(2, stored.location());
            update.setString(3, stored.etag());
            update.setString(4, stored.body());
            update.setObject(5, resourceOf(stored.location()), Types.OTHER);
            update.setString(6, caller);
            update.setString(7, key);
            update.executeUpdate();
        }
    }
}
