package no.takt.time;

/** The unit a recurrence repeats in. */
public enum RecurrenceUnit { DAY, WEEK, MONTH, YEAR }
