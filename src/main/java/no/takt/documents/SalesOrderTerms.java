package no.takt.documents;

import java.util.Optional;
import no.takt.documents.core.AddressRules;
import no.takt.money.CashRounding;

/**
 * What a sales order's subscription says about editing and invoicing it: the cash rounding, whether
 * it is billed without VAT, the addresses an invoice requires, how the invoice is finished (KID,
 * payment info) and its e-mail texts. Implemented by the billing module, which reads subscriptions.
 */
public interface SalesOrderTerms {

    record Terms(CashRounding cashRounding, boolean vatFree, AddressRules addresses, Draft.Finishing finishing,
                 String emailSubject, String emailText) {
    }

    /** The terms of the order's subscription as it is now; empty for an order without one. */
    Optional<Terms> of(Document order);
}
