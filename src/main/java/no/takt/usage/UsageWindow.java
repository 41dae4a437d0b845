package no.takt.usage;

import java.time.LocalDate;

/** A customer's usage on a meter over the days from one to another, both included, in the company's zone. */
public record UsageWindow(long meterId, long customerId, LocalDate from, LocalDate to) {
}
