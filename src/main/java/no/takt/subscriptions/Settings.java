package no.takt.subscriptions;

/** The choices of a subscription's settings (fanekort "Abonnement"), as enums the API names in UPPER_SNAKE. */
public final class Settings {

    private Settings() {
    }

    /** Ordrebehandlingssteg: finished invoices, or sales orders to edit before invoicing. */
    public enum ProcessingStep { INVOICE, SALES_ORDER }

    /** Forholdsvis fakturering of the first part period (monthly and yearly frequencies only). */
    public enum ProrationMode { ADJUST_QUANTITY, ADJUST_PRICE, FULL_PERIOD, NONE }

    /** Fakturaadresseformat: whether a valid invoice address is required for an invoice. */
    public enum InvoiceAddressFormat { REQUIRED, IF_PRESENT, OMIT }

    /**
     * Leveringsadresseformat. Where the seed says visiting address (besøksadresse), Takt uses the
     * customer's delivery address when it is valid and the visiting address otherwise.
     */
    public enum DeliveryAddressFormat {
        REQUIRED_DELIVERY_OR_INVOICE, REQUIRED_DELIVERY, REQUIRED_INVOICE, IF_PRESENT_DELIVERY_OR_INVOICE,
        IF_PRESENT_DELIVERY, IF_PRESENT_INVOICE, OMIT
    }

    /** Fakturaformat: the giro part of an invoice. */
    public enum GiroFormat { NORWEGIAN_GIRO, DANISH_FI71, IBAN, NONE }

    /** Detaljer i ordre: how much of each line the customer sees. */
    public enum LineDetail { FULL, HIDE_UNIT_PRICES, HIDE_PRICES }

    /** Merverdiavgift: follow each line's VAT code, or bill the whole order VAT free (export). */
    public enum VatMode { LINES, EXPORT }

    public enum KidAlgorithm { MOD10, MOD11 }

    /** Avslutning av abonnement. */
    public enum EndType { FREQUENCY, DATE, AFTER_RUNS }

    /** Spesialrabatt opphører. */
    public enum DiscountExpiryType { NEVER, DATE, AFTER_RUNS }
}
