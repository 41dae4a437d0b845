package no.takt.organisation;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import no.takt.platform.Address;
import no.takt.platform.validation.CountryCode;
import no.takt.platform.validation.CurrencyCode;
import no.takt.platform.validation.ValidOrganisationNumber;

/**
 * The organisation facts as replaced by an admin. The default bank account may be given by id or by
 * account number ({@code bankAccount}); the id wins when both are given.
 */
@ValidOrganisationNumber
public record OrganisationInput(
        @NotBlank @Size(max = 200) String name,
        @Size(max = 20) String organizationNumber,
        Boolean vatRegistered,
        Boolean foretaksregisteret,
        @Valid Address address,
        @CountryCode String country,
        @CurrencyCode String currency,
        @Email(regexp = ".+@.+\\..+") @Size(max = 254) String email,
        @Size(max = 30) String phone,
        @Size(max = 200) String website,
        Long bankAccountId,
        String bankAccount,
        Boolean approveBeforeSending,
        Integer version) implements ValidOrganisationNumber.Subject {
}
