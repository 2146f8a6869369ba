package vn.coso.planning.unit.service;

import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.coso.planning.unit.CellKind;
import vn.coso.platform.scope.UnitKind;
import vn.coso.platform.web.Versioned;

/** A unit as the API shows it, with its parent on the date asked for (today by default). */
@Schema(name = "Unit")
public record UnitView(
        UUID id,
        @Schema(maxLength = 64, examples = "ĐU-KADO") String code,
        @Schema(maxLength = 300) String name,
        UnitKind kind,
        CellKind cellKind,
        LocalDate validFrom,
        LocalDate validTo,
        UUID parentId,
        long version) implements Versioned {
}
