package no.takt.billing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import no.takt.platform.Address;
import no.takt.platform.web.Identified;

/**
 * A sales order or invoice as the billing run produced it: numbered, with the customer's details as
 * they were on the run date, its period, lines, totals and VAT breakdown. An issued invoice never
 * changes; it is corrected by a credit note.
 */
public record Document(long id, Type type, long number, Status status, Long runId, Long subscriptionId,
                       Long subscriberId, long customerId, LocalDate date, LocalDate dueDate, LocalDate deliveryDate,
                       LocalDate periodStart, LocalDate periodEnd, Integer periodIndex, boolean partPeriod,
                       String subject, String orderText, String reference, String kid, String paymentInfo,
                       String currency, String language, BigDecimal totalExclVat, BigDecimal totalVat,
                       BigDecimal rounding, BigDecimal totalInclVat, List<VatLine> vatBreakdown,
                       long customerNumber, String customerName, String organizationNumber, String email,
                       String peppolId, Address invoiceAddress, Address deliveryAddress, String ourReference,
                       String seller, String yourReference, List<Line> lines, OffsetDateTime createdAt,
                       String createdBy) implements Identified {

    public enum Type { INVOICE, SALES_ORDER, CREDIT_NOTE }

    /** ISSUED for invoices (final), OPEN for sales orders (editable until invoiced). */
    public enum Status { ISSUED, OPEN }

    public record VatLine(BigDecimal rate, BigDecimal base, BigDecimal vat) {
    }

    public record Line(int position, boolean freeText, boolean bold, boolean italic, Long productId, String name,
                       String description, String vatCode, BigDecimal vatRate, String salesAccount,
                       BigDecimal quantity, BigDecimal unitPrice, BigDecimal costPrice, BigDecimal percentDiscount,
                       BigDecimal cashDiscount, BigDecimal sumExclVat, BigDecimal vat, BigDecimal sumInclVat) {
    }
}
