package no.takt.catalog;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Payment terms as created or replaced; payment form defaults to bank transfer. */
public record PaymentTermsInput(
        @NotBlank @Size(max = 100) String name,
        @NotNull @Min(0) @Max(365) Integer creditDays,
        PaymentForm paymentForm,
        Long invoiceFeeProductId,
        Boolean active,
        Integer version) {
}
