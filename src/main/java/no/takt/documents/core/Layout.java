package no.takt.documents.core;

/** How a document is laid out for its reader: the giro part, and how much of each line is shown. */
public final class Layout {

    private Layout() {
    }

    /** Fakturaformat: the giro part of an invoice. */
    public enum GiroFormat { NORWEGIAN_GIRO, DANISH_FI71, IBAN, NONE }

    /** Detaljer i ordre: how much of each line the customer sees. */
    public enum LineDetail { FULL, HIDE_UNIT_PRICES, HIDE_PRICES }
}
