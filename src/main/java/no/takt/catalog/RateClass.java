package no.takt.catalog;

/**
 * The VAT rate classes documents sum their VAT base by (PRODUCT.md §3): none, low (12 %), medium
 * (15 %) and high (25 %) in Norway; Denmark has only high (25 %).
 */
public enum RateClass { NONE, LOW, MEDIUM, HIGH }
