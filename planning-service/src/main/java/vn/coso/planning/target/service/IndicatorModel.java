package vn.coso.planning.target.service;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The types an indicator is defined and answered with, shared by its resource and service. */
public final class IndicatorModel {

    @Schema(name = "Indicator")
    public record View(String code, String name, String measure,
            @Schema(description = "Where actual figures come from: another service's statistics, or MANUAL") String source,
            @Schema(description = "The reporting categories a target on this indicator may name") List<String> categories) {
    }

    @Schema(name = "NewIndicator")
    public record Definition(
            @NotBlank @Pattern(regexp = "[A-Z][A-Z0-9_]{1,39}") String code,
            @NotBlank @Size(max = 200) String name,
            @NotNull @Pattern(regexp = "COUNT|PERCENT") String measure) {
    }

    private IndicatorModel() {
    }
}
