package vn.coso.planning.target.service;

import java.math.BigDecimal;
import java.util.UUID;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A target: either {@code value}, or {@code growthPercent} over {@code baseline} (last year's actual). */
@Schema(name = "TargetRequest")
public record TargetRequest(
        @NotNull @Min(2000) @Max(2100) Integer year,
        @NotNull UUID unitId,
        @NotBlank @Size(max = 40) @Pattern(regexp = "[A-Z0-9_]+") String indicator,
        @Size(max = 40) @Pattern(regexp = "[A-Z0-9_]*") String category,
        UUID documentId,
        @DecimalMin("0") @Digits(integer = 10, fraction = 2) BigDecimal baseline,
        @DecimalMin("0") @Digits(integer = 10, fraction = 2) BigDecimal value,
        @DecimalMin("-100") @DecimalMax("10000") @Digits(integer = 5, fraction = 2) BigDecimal growthPercent) {
}
