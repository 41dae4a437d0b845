package no.takt.customers;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.List;
import no.takt.platform.Address;
import no.takt.platform.validation.CountryCode;
import no.takt.platform.validation.CurrencyCode;
import no.takt.platform.validation.LanguageCode;
import no.takt.platform.validation.PeppolId;
import no.takt.platform.validation.ValidOrganisationNumber;

/**
 * A customer as created or replaced. The customer number is assigned when not given; country
 * defaults to NO, and language and currency to the country's.
 */
@ValidOrganisationNumber
public record CustomerInput(
        @Positive Long customerNumber,
        @NotBlank @Size(max = 200) String name,
        @Size(max = 30) String organizationNumber,
        Boolean active,
        @CountryCode String country,
        @LanguageCode String language,
        @CurrencyCode String currency,
        @Email(regexp = ".+@.+\\..+") @Size(max = 254) String invoiceEmail,
        @Size(max = 100) @PeppolId String peppolId,
        @Valid Address invoiceAddress,
        @Valid Address visitingAddress,
        @Valid Address deliveryAddress,
        Long paymentTermsId,
        Long freightTermsId,
        List<Long> groupIds,
        Integer version) implements ValidOrganisationNumber.Subject {
}
