package no.takt.organisation;

import java.time.OffsetDateTime;
import no.takt.platform.Address;

/**
 * The organisation facts (one per Takt installation).
 *
 * @param foretaksregisteret registered in the Norwegian register of business enterprises, which
 *                           must then be printed on documents ("Foretaksregisteret")
 * @param bankAccountId      the default account customers pay to; {@code bankAccount} is its number
 * @param approveBeforeSending billing runs hold their documents until a person releases them (seed 004)
 */
public record Organisation(String name, String organizationNumber, boolean vatRegistered, boolean foretaksregisteret,
                           Address address, String country, String currency, String email, String phone,
                           String website, Long bankAccountId, String bankAccount, boolean approveBeforeSending,
                           int version,
                           OffsetDateTime modifiedAt, String modifiedBy) {
}
