package vn.coso.planning.initiative;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.coso.platform.web.Versioned;

/** The types an initiative is registered, reviewed and answered with, shared by its resource and service. */
public final class InitiativeModel {

    @Schema(name = "InitiativeRequest")
    public record Registration(
            @NotNull UUID unitId,
            @NotNull @Min(2000) @Max(2100) Integer year,
            @NotBlank @Size(max = 500) String name,
            @Size(max = 4000) String description,
            @Schema(description = "The document that registered it") UUID documentId,
            @NotNull @PastOrPresent LocalDate registeredOn) {
    }

    @Schema(name = "InitiativeReview")
    public record Review(
            @NotNull Initiative.Evaluation evaluation,
            @NotBlank @Size(max = 4000) String results,
            @NotNull @PastOrPresent LocalDate reviewedOn) {
    }

    @Schema(name = "Initiative")
    public record View(UUID id, UUID unitId, int year, String name, String description, UUID documentId,
            LocalDate registeredOn, Initiative.Evaluation evaluation, String results, LocalDate reviewedOn,
            long version) implements Versioned {
    }

    private InitiativeModel() {
    }
}
