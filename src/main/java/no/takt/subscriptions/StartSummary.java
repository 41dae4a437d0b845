package no.takt.subscriptions;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import no.takt.documents.Channel;

/**
 * What starting a subscription will do (seed 003: the dialog with a summary before it is started):
 * who is billed what on the next run date, who is skipped and why, what is missing before it can
 * start at all, and what it might not mean (special fields the run does not know, left as written).
 * The amounts are what the run bills on that date: a part period prorated, missed periods caught up;
 * {@code comingPrices} are the scheduled price changes of its lines, which later periods are billed at.
 */
public record StartSummary(long subscriptionId, String subject, LocalDate nextDate, String currency,
                           List<Entry> entries, BigDecimal totalExclVat, BigDecimal totalInclVat,
                           List<Problem> problems, List<Problem> warnings, List<ComingPrice> comingPrices) {

    /** A line's unit price from a date, by a scheduled price change. */
    public record ComingPrice(long lineId, String line, LocalDate from, BigDecimal unitPrice, BigDecimal newUnitPrice) {
    }

    /**
     * What one subscriber's customer gets on the date: {@code documents} of the type (several when
     * missed periods are caught up) with their sums, sent by {@code channel} to {@code recipient}
     * (the e-mail address or Peppol id; none on paper), or, with {@code skipped} saying why, nothing.
     */
    public record Entry(long subscriberId, Long customerId, Long customerNumber, String customerName,
                        DocumentType documentType, Channel channel, String recipient, int documents,
                        BigDecimal sumExclVat, BigDecimal totalInclVat, String skipped) {
    }

    public enum DocumentType { INVOICE, SALES_ORDER }

    /** A reason the subscription cannot start, at the field to fix. */
    public record Problem(String field, String message) {
    }

    public boolean canStart() {
        return problems.isEmpty();
    }
}
