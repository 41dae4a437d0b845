package no.takt.usage.core;

/**
 * How a meter makes one quantity of a customer's events over a period (PRODUCT.md §8): the sum, the
 * highest or the latest of a numeric property, the number of events, or the number of distinct
 * values of a property.
 */
public enum Aggregation {
    SUM, COUNT, MAX, UNIQUE_COUNT, LATEST;

    /** Whether the meter reads a property of each event (COUNT needs none). */
    public boolean readsProperty() {
        return this != COUNT;
    }

    /** Whether that property must be a number (UNIQUE_COUNT counts any value). */
    public boolean numeric() {
        return this == SUM || this == MAX || this == LATEST;
    }
}
