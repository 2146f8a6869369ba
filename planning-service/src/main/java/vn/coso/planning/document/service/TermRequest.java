package vn.coso.planning.document.service;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A committee term of an issuing unit, e.g. "Nhiệm kỳ 2025–2030"; document numbers restart with each term. */
@Schema(name = "TermRequest")
public record TermRequest(@NotNull UUID unitId, @NotBlank @Size(max = 100) String name, @NotNull LocalDate startsOn,
        LocalDate endsOn) {
}
