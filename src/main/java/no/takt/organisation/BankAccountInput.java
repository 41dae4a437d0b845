package no.takt.organisation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import no.takt.platform.validation.CountryCode;
import no.takt.platform.validation.CurrencyCode;

/**
 * A bank account as created or replaced. Norwegian account numbers (11 digits) are checked with
 * MOD11, IBANs with mod 97; country defaults to NO and currency to the country's.
 */
public record BankAccountInput(
        @NotBlank @Size(max = 100) String name,
        @CountryCode String country,
        @NotBlank @Size(max = 30) String accountNumber,
        @Size(max = 42) String iban,
        @Pattern(regexp = "[A-Z]{6}[A-Z0-9]{2}([A-Z0-9]{3})?", message = "{takt.validation.bic}") String bic,
        @Pattern(regexp = "\\d{8}", message = "{takt.validation.fi-creditor}") String fiCreditorNumber,
        @CurrencyCode String currency,
        Boolean active,
        Integer version) {
}
