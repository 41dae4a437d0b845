package no.takt.documents;

import no.takt.documents.core.Layout;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import no.takt.money.DocumentTotals;
import no.takt.platform.Address;
import no.takt.platform.web.Identified;

/**
 * A sales order or invoice as the billing run produced it: numbered, with the customer's details as
 * they were on the run date, its period, lines, totals and VAT breakdown. An issued invoice never
 * changes; it is corrected by a credit note.
 *
 * @param creditsDocumentId for a credit note, the invoice it credits ({@code creditsNumber} its number)
 * @param openAmount        for an invoice, what is left to pay: its total less its credit notes
 * @param salesOrderId      for an invoice made from a sales order, that order
 * @param invoiceId         for a sales order turned into an invoice, that invoice
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
                       String createdBy, Print print, Delivery delivery, Long creditsDocumentId,
                       Long creditsNumber, BigDecimal openAmount, Long salesOrderId, Long invoiceId)
        implements Identified {

    public enum Type { INVOICE, SALES_ORDER, CREDIT_NOTE }

    /**
     * ISSUED for invoices and credit notes (final). A sales order is OPEN (editable) until it is
     * INVOICED or CANCELLED (kept, so its period is not billed again).
     */
    public enum Status { ISSUED, OPEN, INVOICED, CANCELLED }

    /**
     * How the document is printed, fixed when it is made: the giro part (by the customer's country:
     * the subscription's domestic or foreign format), the account paid to (with its FI creditor
     * number for Danish FI-kort 71), and how much of each line is shown.
     */
    public record Print(Layout.GiroFormat giro, String accountNumber, String iban, String bic,
                        Layout.LineDetail lineDetail, String fiCreditorNumber) {
        public static final Print PLAIN = new Print(Layout.GiroFormat.NONE, null, null, null, Layout.LineDetail.FULL,
                null);
    }

    /**
     * How the document is delivered, fixed when it is made: by e-mail or not, the sender, copies,
     * and the subject and text with their special fields filled in.
     */
    public record Delivery(boolean byEmail, String senderEmail, String senderName, String cc, String bcc,
                           String subject, String text) {
        public static final Delivery NONE = new Delivery(false, null, null, null, null, null, null);
    }

    /** The same document with these texts, payment references and number (as the run finishes it). */
    Document numbered(long newId, long newNumber, String newSubject, String newOrderText, String newReference,
            String newKid, String newPaymentInfo, Delivery newDelivery) {
        return new Document(newId, type, newNumber, status, runId, subscriptionId, subscriberId, customerId, date,
                dueDate, deliveryDate, periodStart, periodEnd, periodIndex, partPeriod, newSubject, newOrderText,
                newReference, newKid, newPaymentInfo, currency, language, totalExclVat, totalVat, rounding,
                totalInclVat, vatBreakdown, customerNumber, customerName, organizationNumber, email, peppolId,
                invoiceAddress, deliveryAddress, ourReference, seller, yourReference, lines, createdAt, createdBy,
                print, newDelivery, creditsDocumentId, creditsNumber, openAmount, salesOrderId, invoiceId);
    }

    /** The same document with its lines and VAT breakdown (as read in parts). */
    Document withParts(List<Line> newLines, List<VatLine> newVat) {
        return new Document(id, type, number, status, runId, subscriptionId, subscriberId, customerId, date,
                dueDate, deliveryDate, periodStart, periodEnd, periodIndex, partPeriod, subject, orderText,
                reference, kid, paymentInfo, currency, language, totalExclVat, totalVat, rounding, totalInclVat,
                newVat, customerNumber, customerName, organizationNumber, email, peppolId, invoiceAddress,
                deliveryAddress, ourReference, seller, yourReference, newLines, createdAt, createdBy, print,
                delivery, creditsDocumentId, creditsNumber, openAmount, salesOrderId, invoiceId);
    }

    /** The sales order as edited: texts, references, dates, addresses, and new lines with their totals. */
    Document edited(SalesOrders.Edit e, List<Line> newLines, DocumentTotals totals) {
        return new Document(id, type, number, status, runId, subscriptionId, subscriberId, customerId, date,
                e.dueDate(), e.deliveryDate(), periodStart, periodEnd, periodIndex, partPeriod, e.subject(),
                e.orderText(), reference, kid, paymentInfo, currency, language, totals.sumExclVat(), totals.totalVat(),
                totals.rounding(), totals.totalInclVat(), totals.vatBreakdown().stream()
                        .map(v -> new VatLine(v.rate(), v.base(), v.vat())).toList(), customerNumber, customerName,
                organizationNumber, e.email(), peppolId, Address.orEmpty(e.invoiceAddress()),
                Address.orEmpty(e.deliveryAddress()), e.ourReference(), seller, e.yourReference(), newLines, createdAt,
                createdBy, print, delivery, creditsDocumentId, creditsNumber, openAmount, salesOrderId, invoiceId);
    }

    /**
     * The invoice this sales order becomes, dated the day it is made, before it is numbered: the
     * order's customer, texts and lines; the e-mail texts as templates again (they name the invoice).
     */
    Document asInvoice(LocalDate invoiceDate, LocalDate newDueDate, Delivery newDelivery) {
        return new Document(0, Type.INVOICE, 0, Status.ISSUED, runId, subscriptionId, subscriberId, customerId,
                invoiceDate, newDueDate, deliveryDate, periodStart, periodEnd, periodIndex, partPeriod, subject,
                orderText, reference, null, null, currency, language, totalExclVat, totalVat, rounding, totalInclVat,
                vatBreakdown, customerNumber, customerName, organizationNumber, email, peppolId, invoiceAddress,
                deliveryAddress, ourReference, seller, yourReference, lines, null, null, print, newDelivery, null, null,
                null, id, null);
    }

    public record VatLine(BigDecimal rate, BigDecimal base, BigDecimal vat) {
    }

    /** A line; on a credit note, {@code creditedPosition} is the invoice line it credits. */
    public record Line(int position, boolean freeText, boolean bold, boolean italic, Long productId, String name,
                       String description, String vatCode, BigDecimal vatRate, String salesAccount,
                       BigDecimal quantity, BigDecimal unitPrice, BigDecimal costPrice, BigDecimal percentDiscount,
                       BigDecimal cashDiscount, BigDecimal sumExclVat, BigDecimal vat, BigDecimal sumInclVat,
                       Integer creditedPosition) {
    }
}
