package vn.coso.planning.document.service;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.coso.planning.document.DocumentType;

/**
 * A document to number and register. Without {@code registeredNumber} the service gives the next number of the
 * issuer's sequence; with it, an existing paper document is registered under its printed number.
 */
@Schema(name = "DocumentRequest")
public record DocumentRequest(
        @NotNull UUID issuerId,
        @NotNull DocumentType type,
        @NotNull @PastOrPresent LocalDate issuedOn,
        @NotBlank @Size(max = 500) String title,
        @Size(max = 4000) String summary,
        @Size(max = 200) String signer,
        @Size(max = 200) List<@NotNull UUID> recipients,
        @Size(max = 50) List<@NotNull UUID> implementsDocuments,
        @Size(max = 50) List<@NotNull UUID> citesDocuments,
        @Schema(description = "Printed number of an existing paper document, e.g. 07-NQ/HU", maxLength = 60, examples = "100-KH/HU") @Size(max = 60) String registeredNumber) {
}
