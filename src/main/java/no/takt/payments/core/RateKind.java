package no.takt.payments.core;

/**
 * The dated legal settings reminders need (PRODUCT.md §7, §11 "rates"), each with how long one value
 * holds: the Norwegian late interest and standard compensation are set for each half-year (1 January,
 * 1 July), the inkassosats for each year; the Danish fee and compensation hold until changed, and
 * the Danish late interest (Nationalbanken's lending rate + 8 percentage points, entered as the sum)
 * for each half-year.
 */
public enum RateKind {
    NO_INKASSOSATS(Validity.YEAR), NO_LATE_INTEREST(Validity.HALF_YEAR), NO_STANDARD_COMPENSATION(Validity.HALF_YEAR),
    DK_REMINDER_FEE(Validity.UNTIL_CHANGED), DK_LATE_INTEREST(Validity.HALF_YEAR),
            DK_COMPENSATION(Validity.UNTIL_CHANGED);

    /** For how long a value set from a date holds. */
    public enum Validity { YEAR, HALF_YEAR, UNTIL_CHANGED }

    private final Validity validity;

    RateKind(Validity validity) {
        this.validity = validity;
    }

    public Validity validity() {
        return validity;
    }
}
