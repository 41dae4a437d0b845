package no.takt.subscriptions;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What starting a subscription will do (seed 003: the dialog with a summary before it is started):
 * who is billed what on the next run date, who is skipped and why, what is missing before it can
 * start at all, and what it might not mean (special fields the run does not know, left as written). Amounts are for a full period; the first run may prorate a part period.
 */
public record StartSummary(long subscriptionId, String subject, LocalDate nextDate, String currency,
                           List<Entry> entries, BigDecimal totalExclVat, BigDecimal totalInclVat,
                           List<Problem> problems, List<Problem> warnings) {

    /** One document the run will produce, or a subscriber it will skip ({@code skipped} says why). */
    public record Entry(long subscriberId, Long customerId, Long customerNumber, String customerName,
                        DocumentType documentType, String email, BigDecimal sumExclVat, BigDecimal totalInclVat,
                        String skipped) {
    }

    public enum DocumentType { INVOICE, SALES_ORDER }

    /** A reason the subscription cannot start, at the field to fix. */
    public record Problem(String field, String message) {
    }

    public boolean canStart() {
        return problems.isEmpty();
    }
}
