package vn.coso.planning.target.service;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The actual figure of a target whose indicator is entered by hand, as reported on a day. */
@Schema(name = "ActualFigure")
public record ActualRequest(
        @NotNull @DecimalMin("0") @Digits(integer = 10, fraction = 2) BigDecimal value,
        @NotNull @PastOrPresent LocalDate reportedOn) {
}
