package no.takt.customers;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A customer group as created or replaced; members are set on the customers. */
public record CustomerGroupInput(@NotBlank @Size(max = 100) String name, @Size(max = 1000) String description,
                                 Integer version) {
}
