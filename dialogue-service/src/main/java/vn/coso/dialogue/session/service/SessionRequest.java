package vn.coso.dialogue.session.service;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.coso.dialogue.session.SessionLevel;

/** A planned dialogue session. */
@Schema(name = "SessionRequest")
public record SessionRequest(
        @NotNull SessionLevel level,
        @NotNull UUID communeId,
        @NotNull UUID villageId,
        @NotNull LocalDate heldOn,
        @NotBlank @Size(max = 300) String place) {
}
