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

    /**
     * The capitals a code may use: A–Z and the Vietnamese ones, spelt out rather than {@code \\p{Lu}} so that the
     * pattern means the same in the OpenAPI document (ECMA 262 without the u flag, as front ends and validators read
     * it) as here.
     */
    public static final String CAPITALS = "A-ZÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝĂĐĨŨƠƯẠẢẤẦẨẪẬẮẰẲẴẶẸẺẼẾỀỂỄỆỈỊỌỎỐỒỔỖỘỚỜỞỠỢỤỦỨỪỬỮỰỲỴỶỸ";
    /** A unit's code: {@code ĐU-TTYT-DD}. */
    public static final String CODE = "[" + CAPITALS + "0-9][" + CAPITALS + "0-9._-]*";
    /** The short code in its documents' numbers: {@code ĐU}, {@code CB}. */
    public static final String DOC_CODE = "[" + CAPITALS + "0-9-]+";

    private UnitRequests() {
    }

    /** A new unit under a parent, from a date. */
    @Schema(name = "NewUnit")
    public record Create(
            @NotBlank @Size(max = 64) @Pattern(regexp = CODE) String code,
            @NotBlank @Size(max = 300) String name,
            @NotNull UnitKind kind,
            CellKind cellKind,
            @NotNull LocalDate validFrom,
            LocalDate validTo,
            @NotNull UUID parentId,
            @Size(max = 20) @Pattern(regexp = DOC_CODE) String docCode) {
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
