package no.takt.documents.core;

import no.takt.platform.Address;

/**
 * What a document requires of its addresses and which it shows (seed 003: "Gyldige
 * fakturaadresser og leveringsadresser"): the subscription's invoice and delivery address formats.
 * Where the seed says visiting address (besøksadresse), the customer's delivery address is used when
 * it is valid and the visiting address otherwise.
 */
public record AddressRules(InvoiceAddressFormat invoiceFormat, DeliveryAddressFormat deliveryFormat) {

    /** Fakturaadresseformat: whether a valid invoice address is required for an invoice. */
    public enum InvoiceAddressFormat { REQUIRED, IF_PRESENT, OMIT }

    /** Leveringsadresseformat. */
    public enum DeliveryAddressFormat {
        REQUIRED_DELIVERY_OR_INVOICE, REQUIRED_DELIVERY, REQUIRED_INVOICE, IF_PRESENT_DELIVERY_OR_INVOICE,
        IF_PRESENT_DELIVERY, IF_PRESENT_INVOICE, OMIT
    }

    /** Whether these invoice and delivery addresses are what the formats require of an invoice. */
    public boolean allowInvoice(Address invoice, Address delivery) {
        boolean invoiceOk = invoiceFormat != InvoiceAddressFormat.REQUIRED || invoice.isValid();
        boolean deliveryOk = switch (deliveryFormat) {
            case REQUIRED_DELIVERY_OR_INVOICE -> delivery.isValid() || invoice.isValid();
            case REQUIRED_DELIVERY -> delivery.isValid();
            case REQUIRED_INVOICE -> invoice.isValid();
            case IF_PRESENT_DELIVERY_OR_INVOICE, IF_PRESENT_DELIVERY, IF_PRESENT_INVOICE, OMIT -> true;
        };
        return invoiceOk && deliveryOk;
    }

    /** The invoice address a document shows (empty when the format leaves it out). */
    public Address shownInvoice(Address invoice) {
        return invoiceFormat == InvoiceAddressFormat.OMIT ? Address.EMPTY : invoice;
    }

    /** The delivery address a document shows, of the customer's invoice and delivery (or visiting) address. */
    public Address shownDelivery(Address invoice, Address delivery) {
        return switch (deliveryFormat) {
            case OMIT -> Address.EMPTY;
            case REQUIRED_INVOICE, IF_PRESENT_INVOICE -> invoice;
            case REQUIRED_DELIVERY, IF_PRESENT_DELIVERY -> delivery;
            case REQUIRED_DELIVERY_OR_INVOICE,
                    IF_PRESENT_DELIVERY_OR_INVOICE -> delivery.isValid() ? delivery : invoice;
        };
    }

    /** The customer's delivery address when valid, else its visiting address. */
    public static Address deliveryOrVisiting(Address delivery, Address visiting) {
        return delivery.isValid() ? delivery : visiting;
    }
}
