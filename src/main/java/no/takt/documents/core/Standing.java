package no.takt.documents.core;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Where an invoice stands (PRODUCT.md §7): its open amount is its total less what its credit notes
 * credited and what payments covered; its status follows from the three, and it is overdue when
 * something is open after its due date.
 */
public record Standing(BigDecimal openAmount, PaymentStatus paymentStatus, boolean overdue) {

    public enum PaymentStatus { UNPAID, PARTLY_PAID, PAID, OVERPAID, CREDITED }

    public static Standing of(BigDecimal total, BigDecimal credited, BigDecimal paid, LocalDate dueDate,
            LocalDate today) {
        BigDecimal open = total.subtract(credited).subtract(paid);
        PaymentStatus status;
        if (open.signum() < 0) {
            status = PaymentStatus.OVERPAID;
        } else if (open.signum() == 0) {
            status = paid.signum() == 0 && credited.signum() > 0 ? PaymentStatus.CREDITED : PaymentStatus.PAID;
        } else {
            status = paid.signum() > 0 ? PaymentStatus.PARTLY_PAID : PaymentStatus.UNPAID;
        }
        return new Standing(open, status, open.signum() > 0 && dueDate != null && today.isAfter(dueDate));
    }
}
