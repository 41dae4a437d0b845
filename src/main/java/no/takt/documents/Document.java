package no.takt.documents;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import no.takt.documents.core.Layout;
import no.takt.documents.core.Standing;
import no.takt.money.DocumentTotals;
import no.takt.money.PricedLine;
import no.takt.platform.Address;
import no.takt.platform.web.Identified;

/**
 * A sales order, invoice or credit note as issued: numbered, with the customer's details as they
 * were on its date, its dates and period, texts, payment reference, totals and VAT breakdown, lines,
 * and how it is printed and delivered. An issued invoice never changes; it is corrected by a credit
 * note. The parts are unwrapped in JSON, so the API answers one flat object (PRODUCT.md §11 names).
 */
public record Document(long id, Type type, long number, Status status, @JsonUnwrapped Origin origin,
                       @JsonUnwrapped Dates dates, @JsonUnwrapped Texts texts, @JsonUnwrapped Payment payment,
                       @JsonUnwrapped Totals totals, @JsonUnwrapped Customer customer, List<Line> lines,
                       Print print, Delivery delivery, @JsonUnwrapped Links links, @JsonUnwrapped Created created)
        implements Identified {

    /** Something that may be done with the document as it stands: its API link ({@code rel}, method, path). */
    public record Action(String rel, String method, String href) {
    }

    /**
     * What the document's type and state allow (issue 10), as the API's links; the page shows the
     * same actions and no others. A sales order while open: edit, cancel, invoice; an invoice: a
     * credit note until it is credited in full, hold or release, write-off while something is
     * open; every document: its PDF, and an invoice or credit note its EHF.
     */
    @com.fasterxml.jackson.annotation.JsonProperty("actions")
    public List<Action> actions() {
        if (id == 0) {
            return List.of();
        }
        String self = "/api/v1/documents/" + id;
        List<Action> actions = new java.util.ArrayList<>();
        actions.add(new Action("pdf", "GET", self + "/pdf"));
        if (type == Type.INVOICE || type == Type.CREDIT_NOTE) {
            actions.add(new Action("ehf", "GET", self + "/ehf"));
        }
        if (type == Type.SALES_ORDER && status == Status.OPEN) {
            actions.add(new Action("edit", "PUT", self));
            actions.add(new Action("cancel", "DELETE", self));
            actions.add(new Action("invoice", "POST", self + "/invoice"));
        }
        if (type == Type.INVOICE) {
            if (payment.paymentStatus() != Standing.PaymentStatus.CREDITED) {
                actions.add(new Action("creditNote", "POST", self + "/credit-note"));
            }
            actions.add(Boolean.TRUE.equals(payment.onHold()) ? new Action("release", "DELETE", self + "/hold")
                    : new Action("hold", "POST", self + "/hold"));
            if (payment.openAmount() != null && payment.openAmount().signum() > 0) {
                actions.add(new Action("writeOff", "POST", self + "/write-off"));
            }
        }
        return actions;
    }

    /** Whether {@link #actions()} has the one named. */
    public boolean can(String rel) {
        return actions().stream().anyMatch(a -> a.rel().equals(rel));
    }

    /** A REMINDER (betalingspåminnelse, inkassovarsel, rykker) reminds of one invoice: {@code invoiceId}. */
    public enum Type { INVOICE, SALES_ORDER, CREDIT_NOTE, REMINDER }

    /**
     * ISSUED for invoices and credit notes (final). A sales order is OPEN (editable) until it is
     * INVOICED or CANCELLED (kept, so its period is not billed again).
     */
    public enum Status { ISSUED, OPEN, INVOICED, CANCELLED }

    /** What made it: the billing run (null for one made by hand), the subscription and the subscriber. */
    public record Origin(Long runId, Long subscriptionId, Long subscriberId) {
        public static final Origin NONE = new Origin(null, null, null);
    }

    /**
     * Its date, due and delivery dates, and the period it bills (its index among the subscriber's that
     * year); {@code usageAfterEnd}: it bills only the usage of a subscriber's last period, after its end.
     */
    public record Dates(LocalDate date, LocalDate dueDate, LocalDate deliveryDate, LocalDate periodStart,
                        LocalDate periodEnd, Integer periodIndex, boolean partPeriod, boolean usageAfterEnd) {

        public Dates(LocalDate date, LocalDate dueDate, LocalDate deliveryDate, LocalDate periodStart,
                LocalDate periodEnd, Integer periodIndex, boolean partPeriod) {
            this(date, dueDate, deliveryDate, periodStart, periodEnd, periodIndex, partPeriod, false);
        }
    }

    /** The texts the customer reads, in its language, and the references on both sides. */
    public record Texts(String subject, String orderText, String reference, String language, String ourReference,
                        String seller, String yourReference) {

        Texts with(String newSubject, String newOrderText, String newReference) {
            return new Texts(newSubject, newOrderText, newReference, language, ourReference, seller, yourReference);
        }
    }

    /**
     * How it is paid: the KID and payment info (made from the number when it is issued) and, for an
     * invoice, what is left to pay (its total less its credit notes and payments), its payment status,
     * whether that is overdue, whether it is on hold (disputed: no reminders, no fees), and the
     * customer's credit used on it when it was issued ({@code prepaidAmount}, printed on it).
     */
    public record Payment(String kid, String paymentInfo, BigDecimal openAmount,
                          Standing.PaymentStatus paymentStatus, Boolean overdue, Boolean onHold,
                          BigDecimal prepaidAmount) {
        public static final Payment NONE = new Payment(null, null);

        /** Before it is issued: references only. */
        public Payment(String kid, String paymentInfo) {
            this(kid, paymentInfo, null, null, null, null, null);
        }

        static Payment of(String kid, String paymentInfo, Standing standing, boolean onHold, BigDecimal prepaid) {
            return standing == null ? new Payment(kid, paymentInfo)
                    : new Payment(kid, paymentInfo, standing.openAmount(), standing.paymentStatus(),
                            standing.overdue(), onHold, prepaid);
        }

        /** What is to be paid of the total: all of it, less the credit used on it when it was issued. */
        public BigDecimal toPay(BigDecimal totalInclVat) {
            return prepaidAmount == null ? totalInclVat : totalInclVat.subtract(prepaidAmount);
        }
    }

    /** Its amounts: the sums, the cash rounding and the VAT per rate. */
    public record Totals(String currency, BigDecimal totalExclVat, BigDecimal totalVat, BigDecimal rounding,
                         BigDecimal totalInclVat, List<VatLine> vatBreakdown) {

        public static Totals of(String currency, DocumentTotals totals) {
            return new Totals(currency, totals.sumExclVat(), totals.totalVat(), totals.rounding(),
                    totals.totalInclVat(), totals.vatBreakdown().stream()
                            .map(v -> new VatLine(v.rate(), v.base(), v.vat())).toList());
        }
    }

    /** The customer as it was on the document's date (a changed address shows on the next document). */
    public record Customer(long customerId, long customerNumber, String customerName, String organizationNumber,
                           String email, String peppolId, Address invoiceAddress, Address deliveryAddress) {
    }

    /**
     * The documents it is linked to: for a credit note, the invoice it credits ({@code creditsNumber}
     * its number); for an invoice made from a sales order, that order; for an order invoiced, that
     * invoice; for a reminder, the invoice it reminds of ({@code invoiceId}, {@code remindsNumber}).
     */
    public record Links(Long creditsDocumentId, Long creditsNumber, Long salesOrderId, Long invoiceId,
                        Long remindsNumber) {
        public static final Links NONE = new Links(null, null, null, null, null);

        public Links(Long creditsDocumentId, Long creditsNumber, Long salesOrderId, Long invoiceId) {
            this(creditsDocumentId, creditsNumber, salesOrderId, invoiceId, null);
        }
    }

    /** When and by whom it was issued. */
    public record Created(OffsetDateTime createdAt, String createdBy) {
        public static final Created NOT_YET = new Created(null, null);
    }

    /**
     * How the document is printed, fixed when it is made: the giro part (by the customer's country:
     * the subscription's domestic or foreign format), the account paid to (with its FI creditor
     * number for Danish FI-kort 71), how much of each line is shown, and who issues it.
     */
    public record Print(Layout.GiroFormat giro, String accountNumber, String iban, String bic,
                        Layout.LineDetail lineDetail, String fiCreditorNumber, Issuer issuer) {

        /** The same, issued by another (an invoice made from an order, a credit note: issued now). */
        Print by(Issuer newIssuer) {
            return new Print(giro, accountNumber, iban, bic, lineDetail, fiCreditorNumber, newIssuer);
        }
    }

    /**
     * How the document is delivered, fixed when it is made: by e-mail or not, the sender, copies,
     * and the subject and text with their special fields filled in.
     */
    public record Delivery(boolean byEmail, String senderEmail, String senderName, String cc, String bcc,
                           String subject, String text) {
        public static final Delivery NONE = new Delivery(false, null, null, null, null, null, null);

        Delivery withTexts(String newSubject, String newText) {
            return new Delivery(byEmail, senderEmail, senderName, cc, bcc, newSubject, newText);
        }
    }

    /** Issued: its id, number, finished texts and payment references (as the run finishes a draft). */
    Document issued(long newId, long newNumber, Texts newTexts, String kid, String paymentInfo,
            Delivery newDelivery) {
        return new Document(newId, type, newNumber, status, origin, dates, newTexts,
                new Payment(kid, paymentInfo), totals, customer, lines, print, newDelivery,
                links, created);
    }

    /** Read back in parts: with its lines and VAT breakdown. */
    Document withParts(List<Line> newLines, List<VatLine> newVat) {
        Totals t = new Totals(totals.currency(), totals.totalExclVat(), totals.totalVat(), totals.rounding(),
                totals.totalInclVat(), newVat);
        return new Document(id, type, number, status, origin, dates, texts, payment, t, customer, newLines, print,
                delivery, links, created);
    }

    /** The sales order as edited: texts, references, dates, addresses, and new lines with their totals. */
    Document edited(SalesOrders.Edit e, List<Line> newLines, DocumentTotals newTotals) {
        Dates d = new Dates(dates.date(), e.dueDate(), e.deliveryDate(), dates.periodStart(), dates.periodEnd(),
                dates.periodIndex(), dates.partPeriod());
        Texts t = new Texts(e.subject(), e.orderText(), texts.reference(), texts.language(), e.ourReference(),
                texts.seller(), e.yourReference());
        Customer c = new Customer(customer.customerId(), customer.customerNumber(), customer.customerName(),
                customer.organizationNumber(), e.email(), customer.peppolId(), Address.orEmpty(e.invoiceAddress()),
                Address.orEmpty(e.deliveryAddress()));
        return new Document(id, type, number, status, origin, d, t, payment, Totals.of(totals.currency(), newTotals),
                c, newLines, print, delivery, links, created);
    }

    /**
     * The invoice this sales order becomes, dated the day it is made, before it is numbered: the
     * order's customer, texts and lines; the e-mail texts as templates again (they name the invoice).
     */
    Document asInvoice(LocalDate invoiceDate, LocalDate newDueDate, Delivery newDelivery, Issuer issuer) {
        Dates d = new Dates(invoiceDate, newDueDate, dates.deliveryDate(), dates.periodStart(), dates.periodEnd(),
                dates.periodIndex(), dates.partPeriod());
        return new Document(0, Type.INVOICE, 0, Status.ISSUED, origin, d, texts, Payment.NONE, totals, customer, lines,
                print.by(issuer), newDelivery, new Links(null, null, id, null), Created.NOT_YET);
    }

    public record VatLine(BigDecimal rate, BigDecimal base, BigDecimal vat) {
    }

    /**
     * A line: its text, what it sells, and its amounts; the period it bills when that is not its
     * document's (null: the document's); on a credit note, {@code creditedPosition} is the invoice line
     * it credits.
     */
    public record Line(int position, @JsonUnwrapped Text text, @JsonUnwrapped Item item,
                       @JsonUnwrapped Amounts amounts, @JsonUnwrapped Period period, Integer creditedPosition) {

        /** A line for the document's period. */
        public Line(int position, Text text, Item item, Amounts amounts, Integer creditedPosition) {
            this(position, text, item, amounts, null, creditedPosition);
        }

        /** The period a line bills when it is not its document's: a metered line's usage period, in arrears. */
        public record Period(LocalDate periodStart, LocalDate periodEnd) {
        }

        /** A free-text line: its text only. */
        public static Line freeText(int position, Text text) {
            return new Line(position, text, Item.NONE, Amounts.NONE, null);
        }

        /** The line as pricing and totals take it. */
        public PricedLine priced() {
            return new PricedLine(amounts.quantity(), amounts.unitPrice(), amounts.percentDiscount(),
                    amounts.cashDiscount(), item.vatRate(), amounts.sumExclVat(), amounts.vat(), amounts.sumInclVat(),
                    null, null);
        }

        /** The name and description, and for a free-text line how it is set. */
        public record Text(String name, String description, boolean freeText, boolean bold, boolean italic) {
            public static Text of(String name, String description) {
                return new Text(name, description, false, false, false);
            }
        }

        /**
         * What it sells: the product, its VAT code and rate, the sales account, and whether it was a
         * subscription's one-time line (not part of the recurring amount).
         */
        public record Item(Long productId, String vatCode, BigDecimal vatRate, String salesAccount, boolean oneTime) {
            public static final Item NONE = new Item(null, null, null, null);

            /** A recurring (or not subscription-made) line's item. */
            public Item(Long productId, String vatCode, BigDecimal vatRate, String salesAccount) {
                this(productId, vatCode, vatRate, salesAccount, false);
            }
        }

        /** Quantity, prices and discounts, and the sums. */
        public record Amounts(BigDecimal quantity, BigDecimal unitPrice, BigDecimal costPrice,
                              BigDecimal percentDiscount, BigDecimal cashDiscount, BigDecimal sumExclVat,
                              BigDecimal vat, BigDecimal sumInclVat) {
            public static final Amounts NONE = new Amounts(null, null, null, null, null, null, null, null);
            /** A priced line's amounts, with the cost price it was priced with. */
            public static Amounts of(PricedLine p, BigDecimal costPrice) {
                return new Amounts(p.quantity(), p.unitPrice(), costPrice, p.percentDiscount(), p.cashDiscount(),
                        p.sumExclVat(), p.vat(), p.sumInclVat());
            }
        }
    }
}
