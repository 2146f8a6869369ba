package vn.coso.platform.audit;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One line of the audit log, as an administrator reads it. */
@Schema(name = "AuditEntry")
public record AuditEntry(
        long id,
        OffsetDateTime occurredAt,
        String actorId,
        String actorName,
        String actorUnit,
        String actorRoles,
        String action,
        String resourceType,
        String resourceId,
        UUID unitId,
        String requestId,
        String clientAddress,
        @Schema(description = "What changed (field names, counts), never personal values") String details) {
}
