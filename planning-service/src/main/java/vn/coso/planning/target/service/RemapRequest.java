package vn.coso.planning.target.service;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Re-mapping the target of an abolished unit (a district committee ended on 30/06/2025) to the units that took over
 * its work: each share becomes a target of the same year, indicator and category for a successor unit. Shares that
 * add up to more than the original are refused or flagged as when handing down.
 */
@Schema(name = "RemapRequest")
public record RemapRequest(
        @NotNull AllocationRequest.Mode mode,
        @NotNull @Size(min = 1, max = 500) List<AllocationRequest.@Valid @NotNull Share> shares,
        @Schema(description = "The document that decided the re-mapping, if any") UUID documentId,
        @NotBlank @Size(max = 500) String reason) {
}
