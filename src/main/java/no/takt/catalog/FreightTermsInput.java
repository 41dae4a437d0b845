package no.takt.catalog;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Freight terms as created or replaced. */
public record FreightTermsInput(
        @NotBlank @Size(max = 100) String name,
        @Size(max = 1000) String description,
        Long freightProductId,
        Boolean active,
        Integer version) {
}
