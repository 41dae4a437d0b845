package no.takt.subscriptions;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.math.BigDecimal;
import java.time.LocalDate;
import no.takt.platform.audit.Stamps;
import no.takt.platform.web.Identified;

/**
 * A subscriber (abonnent): a customer, or a whole customer group whose members are resolved at each
 * run, with its own dates and overrides. {@code overrides} says whether any per-subscriber value
 * differs from the subscription's. The parts are unwrapped in JSON (PRODUCT.md §11 names).
 */
public record Subscriber(long id, long subscriptionId, @JsonUnwrapped Party party, @JsonUnwrapped Dates dates,
                         @JsonUnwrapped Special special, @JsonUnwrapped Preferences preferences, boolean active,
                         boolean overrides, int version, @JsonUnwrapped Stamps stamps) implements Identified {

    /** Overstyring MVA: billed without VAT (export, Svalbard). */
    public enum VatOverride { EXPORT }

    /**
     * Who is billed: the customer or the customer group, the "your reference" contact, and (read
     * only) the customer's name and number, the group's name, and the e-mail documents go to — the
     * customer's invoice e-mail, else its default "your reference" contact's.
     */
    public record Party(Long customerId, Long customerGroupId, Long contactId, String customerName,
                        Long customerNumber, String customerGroupName, String email) {

        /** The same, with the names and e-mail as they are now. */
        Party named(String newCustomerName, Long newCustomerNumber, String newGroupName, String newEmail) {
            return new Party(customerId, customerGroupId, contactId, newCustomerName, newCustomerNumber, newGroupName,
                    newEmail);
        }
    }

    /** When it is billed from (null: from when it was added) and until (its own end). */
    public record Dates(LocalDate startDate, LocalDate endDate) {
    }

    /** Its own values (abonnent): a quantity factor, special price and discounts until a date, VAT override. */
    public record Special(BigDecimal quantityFactor, BigDecimal specialUnitPrice, BigDecimal specialPercentDiscount,
                          BigDecimal specialCashDiscount, LocalDate specialDiscountEndDate, VatOverride vatOverride) {
    }

    /** How it gets its documents: its language and e-mail or not (null: as the subscription says). */
    public record Preferences(String language, Boolean sendByEmail) {
    }

    /** The same subscriber with its customer's names and e-mail filled in. */
    Subscriber withParty(Party newParty) {
        return new Subscriber(id, subscriptionId, newParty, dates, special, preferences, active, overrides, version,
                stamps);
    }
}
