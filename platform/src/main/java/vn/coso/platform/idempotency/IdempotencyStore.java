package vn.coso.platform.idempotency;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.agroal.api.AgroalDataSource;

/** The {@code idempotency_record} table; always used inside the interceptor's transaction. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class IdempotencyStore {

    /** A stored answer; {@code status} is null while the first request is still running. */
    public record Stored(String fingerprint, Integer status, String location, String etag, String body) {
    }

    private final AgroalDataSource dataSource;

    public IdempotencyStore(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Claims the key for this request. Empty when the claim succeeded (go ahead and create); otherwise the record of
     * the request that claimed it first. A concurrent claim blocks on the primary key until that request's
     * transaction ends.
     */
    public Optional<Stored> claim(String caller, String key, String fingerprint) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement insert = c.prepareStatement("""
                    insert into idempotency_record (caller, idem_key, fingerprint) values (?, ?, ?)
                    on conflict do nothing
                    """)) {
                insert.setString(1, caller);
                insert.setString(2, key);
                insert.setString(3, fingerprint);
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

    public void complete(String caller, String key, Stored stored) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement update = c.prepareStatement("""
                        update idempotency_record set status = ?, location = ?, etag = ?, body = ?
                        where caller = ? and idem_key = ?
                        """)) {
            update.setInt(1, stored.status());
            update.setString(2, stored.location());
            update.setString(3, stored.etag());
            update.setString(4, stored.body());
            update.setString(5, caller);
            update.setString(6, key);
            update.executeUpdate();
        }
    }
}
