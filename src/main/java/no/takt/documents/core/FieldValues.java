package no.takt.documents.core;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What the special fields of one document stand for. {@code subject} is the subject with its own
 * special fields already filled in; {@code periodIndex} is the document's place among the
 * subscriber's documents that year (1, 2, …); {@code language} is nb, da or en.
 */
public record FieldValues(Numbers numbers, String subject, int periodIndex, Dates dates, Sums sums, Parties parties,
                          Project project, String language) {

    /** The invoice or order number (the other empty) and the customer number. */
    public record Numbers(String invoiceNumber, String orderNumber, String customerNumber) {
    }

    public record Dates(LocalDate date, LocalDate dueDate, LocalDate deliveryDate) {
    }

    /** The totals, the VAT base per rate class, the VAT and the currency. */
    public record Sums(BigDecimal sumTotal, BigDecimal sumExclTax, BigDecimal taxNone, BigDecimal taxLow,
                       BigDecimal taxMedium, BigDecimal taxHigh, BigDecimal taxSumTotal, String currency) {
    }

    /** References, names, the account paid to and the addresses (on one line). */
    public record Parties(String orderReference, String companyName, String yourRef, String ourRef, String accountNo,
                          String invoiceAddress, String deliveryAddress) {
    }

    public record Project(String projectId, String projectCode, String projectName) {
    }
}
