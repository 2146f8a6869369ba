package vn.coso.planning.unit.service;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.coso.planning.unit.CellKind;
import vn.coso.platform.scope.UnitKind;

/** Bodies of the registry's write operations. */
public final class UnitRequests {

    private UnitRequests() {
    }

    /** A new unit under a parent, from a date. */
    @Schema(name = "NewUnit")
    public record Create(
            @NotBlank @Size(max = 64) @Pattern(regexp = "[\\p{Lu}0-9][\\p{Lu}0-9._-]*") String code,
            @NotBlank @Size(max = 300) String name,
            @NotNull UnitKind kind,
            CellKind cellKind,
            @NotNull LocalDate validFrom,
            LocalDate validTo,
            @NotNull UUID parentId,
            @Size(max = 20) @Pattern(regexp = "[\\p{Lu}0-9-]+") String docCode) {
    }

    /** The unit hangs under another parent from {@code from} (a reorganisation). */
    @Schema(name = "UnitMove")
    public record Move(@NotNull UUID parentId, @NotNull LocalDate from) {
    }

    /** The unit ends on {@code validTo}; its successors (if any) take over its history. */
    @Schema(name = "UnitEnd")
    public record End(
            @NotNull LocalDate validTo,
            @NotNull @Size(max = 20) List<@Valid @NotNull Successor> successors,
            @Size(max = 200) String decidedBy) {
    }

    @Schema(name = "UnitSuccessor")
    public record Successor(@NotNull UUID unitId, @NotNull Kind kind) {
    }

    /** How a unit passes on: merged into, split into, renamed as; END has no successor. */
    public enum Kind {
        MERGE,
        SPLIT,
        RENAME
    }
}
