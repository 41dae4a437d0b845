package no.takt.documents.core;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What the special fields of one document stand for. {@code subject} is the subject with its own
 * special fields already filled in; {@code periodIndex} is the document's place among the
 * subscriber's documents that year (1, 2, …); {@code language} is nb, da or en.
 */
public record FieldValues(String invoiceNumber, String orderNumber, String subject, int periodIndex, LocalDate date,
                          LocalDate dueDate, LocalDate deliveryDate, BigDecimal sumTotal, BigDecimal sumExclTax,
                          BigDecimal taxNone, BigDecimal taxLow, BigDecimal taxMedium, BigDecimal taxHigh,
                          BigDecimal taxSumTotal, String currency, String customerNumber, String orderReference,
                          String companyName, String yourRef, String ourRef, String accountNo, String invoiceAddress,
                          String deliveryAddress, String projectId, String projectCode, String projectName,
                          String language) {
}
