package vn.coso.planning.target.service;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Handing a target down (giao chỉ tiêu): each listed unit below gets its share. When the shares add up to more than
 * the target, {@code REFUSE} answers 422 and changes nothing; {@code FLAG} saves and marks the target over-allocated.
 */
@Schema(name = "AllocationRequest")
public record AllocationRequest(
        @NotNull Mode mode,
        @NotNull @Size(min = 1, max = 500) List<@Valid @NotNull Share> shares) {

    public enum Mode {
        REFUSE,
        FLAG
    }

    @Schema(name = "Share")
    public record Share(@NotNull UUID unitId,
            @NotNull @DecimalMin("0") @Digits(integer = 10, fraction = 2) BigDecimal value) {
    }
}
