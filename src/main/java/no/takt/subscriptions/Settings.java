package no.takt.subscriptions;

/**
 * The choices of a subscription's settings (fanekort "Abonnement"), as enums the API names in UPPER_SNAKE.
 * Those that say how a document looks (giro, line detail, addresses, KID algorithm) are the documents
 * module's: {@link no.takt.documents.core.Layout}, {@link no.takt.documents.core.AddressRules},
 * {@link no.takt.documents.core.Kid.Algorithm}.
 */
public final class Settings {

    private Settings() {
    }

    /** Ordrebehandlingssteg: finished invoices, or sales orders to edit before invoicing. */
    public enum ProcessingStep { INVOICE, SALES_ORDER }

    /** Forholdsvis fakturering of the first part period (monthly and yearly frequencies only). */
    public enum ProrationMode { ADJUST_QUANTITY, ADJUST_PRICE, FULL_PERIOD, NONE }

    /** Merverdiavgift: follow each line's VAT code, or bill the whole order VAT free (export). */
    public enum VatMode { LINES, EXPORT }

    /** Avslutning av abonnement. */
    public enum EndType { FREQUENCY, DATE, AFTER_RUNS }

    /**
     * A usage event for a period whose usage has been billed, after the grace period: refused, or
     * accepted and corrected on the next document.
     */
    public enum LateUsage { REFUSE, CORRECT }

    /** Spesialrabatt opphører. */
    public enum DiscountExpiryType { NEVER, DATE, AFTER_RUNS }
}
