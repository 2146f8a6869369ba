package vn.coso.planning.document.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why a document is cancelled; its number stays taken. */
public record CancelRequest(@NotBlank @Size(max = 1000) String reason) {
}
