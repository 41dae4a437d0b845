package no.takt.payments;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import no.takt.documents.core.ReminderNotice;

/**
 * A reminder (PRODUCT.md §11 names): of one invoice at one level, with the invoice's open amount and
 * interest, its fee and compensation, and what is due in all by the new deadline. {@code documentId}
 * is the reminder document (its PDF and deliveries); null in a dry run, where nothing is issued.
 */
public record Reminder(Long id, long customerId, LocalDate date, LocalDate deadline, int level, ReminderNotice kind,
                       List<Item> documents, BigDecimal fee, BigDecimal interest, BigDecimal compensation,
                       BigDecimal totalDue, String currency, Long documentId) {

    /** The invoice reminded of: its open amount and the interest charged on it. */
    public record Item(long documentId, long number, BigDecimal openAmount, BigDecimal interest) {
    }
}
