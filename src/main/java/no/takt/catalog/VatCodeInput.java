package no.takt.catalog;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/** A VAT code as created or replaced; the code itself cannot change once products use it. */
public record VatCodeInput(
        @NotBlank @Size(max = 10) @Pattern(regexp = "[A-Za-z0-9]+", message = "{takt.validation.code}") String code,
        @NotBlank @Size(max = 200) String name,
        @NotNull @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2) BigDecimal rate,
        @NotNull RateClass rateClass,
        Boolean active,
        Integer version) {
}
