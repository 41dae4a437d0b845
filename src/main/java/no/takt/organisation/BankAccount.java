package no.takt.organisation;

import java.time.OffsetDateTime;
import no.takt.platform.web.Identified;

/**
 * A bank account customers pay to (innbetalingskonto), printed on the giro with the KID.
 *
 * @param fiCreditorNumber for Danish FI-kort 71 payments, the creditor number the bank gave (8 digits)
 */
public record BankAccount(long id, String name, String country, String accountNumber, String iban, String bic,
                          String fiCreditorNumber,
                          String currency, boolean active, int version, OffsetDateTime createdAt, String createdBy,
                          OffsetDateTime modifiedAt, String modifiedBy) implements Identified {
}
