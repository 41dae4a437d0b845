package no.takt.usage;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import no.takt.usage.core.Aggregation;

/**
 * A meter as created or replaced: the code events name it by (letters, digits, {@code . _ -}), a
 * name, a unit, how it aggregates, and the property of the events it reads (not for COUNT).
 */
public record MeterInput(
        @NotBlank @Size(max = 50) @Pattern(regexp = "[A-Za-z0-9._-]*", message = "{takt.validation.meter-code}") String code,
        @NotBlank @Size(max = 100) String name,
        @Size(max = 20) String unit,
        @NotNull Aggregation aggregation,
        @Size(max = 100) String property,
        Boolean active,
        Integer version) {
}
