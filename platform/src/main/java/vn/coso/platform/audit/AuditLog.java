package vn.coso.platform.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.jwt.JsonWebToken;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.agroal.api.AgroalDataSource;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.HttpServerRequest;

import vn.coso.platform.scope.CallerScope;
import vn.coso.platform.web.RequestIds;

/**
 * The append-only audit log ({@code audit_log}; a trigger refuses updates and deletes): who did or read what, when,
 * from where. Written in the caller's transaction, so a write and its audit line commit or roll back together.
 * {@code details} name what changed (field names, counts), never personal values.
 */
@ApplicationScoped
public class AuditLog {

    private final AgroalDataSource dataSource;
    private final Instance<SecurityIdentity> identity;
    private final Instance<JsonWebToken> token;
    private final Instance<HttpServerRequest> request;
    private final ObjectMapper json;

    public AuditLog(AgroalDataSource dataSource, Instance<SecurityIdentity> identity, Instance<JsonWebToken> token,
            Instance<HttpServerRequest> request, ObjectMapper json) {
        this.dataSource = dataSource;
        this.identity = identity;
        this.token = token;
        this.request = request;
        this.json = json;
    }

    /** Records an action on a resource of a unit. */
    @Transactional(Transactional.TxType.REQUIRED)
    public void record(String action, String resourceType, Object resourceId, UUID unitId, Map<String, ?> details) {
        SecurityIdentity who = identity.isResolvable() ? identity.get() : null;
        JsonWebToken jwt = token.isResolvable() ? token.get() : null;
        String subject = jwt != null && jwt.getSubject() != null ? jwt.getSubject() : null;
        String name = who == null || who.isAnonymous() ? "anonymous" : who.getPrincipal().getName();
        Object actorUnit = jwt == null ? null : jwt.getClaim(CallerScope.UNIT_CLAIM);
        String roles = who == null ? "" : who.getRoles().stream().sorted().collect(Collectors.joining(","));
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("""
                        insert into audit_log (actor_id, actor_name, actor_unit, actor_roles, action, resource_type,
                                               resource_id, unit_id, request_id, client_address, details)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb))
                        """)) {
            ps.setString(1, subject);
            ps.setString(2, truncate(name, 200));
            ps.setString(3, actorUnit == null ? null : truncate(actorUnit.toString().replace("\"", ""), 64));
            ps.setString(4, truncate(roles, 300));
            ps.setString(5, action);
            ps.setString(6, resourceType);
            ps.setString(7, resourceId == null ? null : resourceId.toString());
            ps.setObject(8, unitId, Types.OTHER);
            ps.setString(9, RequestIds.current());
            ps.setString(10, clientAddress());
            ps.setString(11, details == null || details.isEmpty() ? null : json.writeValueAsString(details));
            ps.executeUpdate();
        } catch (SQLException | JsonProcessingException e) {
            throw new IllegalStateException("Cannot write the audit log", e);
        }
    }

    private String clientAddress() {
        if (!request.isResolvable()) {
            return null;
        }
        try {
            HttpServerRequest r = request.get();
            return r.remoteAddress() == null ? null : truncate(r.remoteAddress().hostAddress(), 100);
        } catch (RuntimeException outsideRequest) {
            return null;
        }
    }

    private static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
