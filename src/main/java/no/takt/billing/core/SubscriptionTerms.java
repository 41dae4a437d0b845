package no.takt.billing.core;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import no.takt.documents.Document;
import no.takt.documents.Draft;
import no.takt.documents.Issuer;
import no.takt.documents.core.AddressRules;
import no.takt.documents.core.Layout;
import no.takt.money.CashRounding;

/**
 * A subscription as billing takes it, built from the subscription by billing's translator: its
 * periods, how its lines are charged, what its documents are and look like, its texts, its lines,
 * and which entry is the first for each customer.
 *
 * @param firstEntries per customer, the first active entry that reaches it (directly or through its
 *                     group); empty when the same customer may be billed more than once
 */
public record SubscriptionTerms(long id, BillingTerms periods, Charging charging, Output output, Texts texts,
                                List<OrderLine> lines, Map<Long, Long> firstEntries, LateUsage lateUsage) {

    /**
     * Usage events for a period already billed: accepted for {@code graceDays} after it ends, and after
     * that refused — or, {@code correct}, always accepted; either way the next document corrects.
     */
    public record LateUsage(int graceDays, boolean correct) {
        public static final LateUsage REFUSE = new LateUsage(0, false);

        /** The last day events for a period ending on the day are accepted (null: always). */
        public LocalDate acceptUntil(LocalDate periodEnd) {
            return correct ? null : periodEnd.plusDays(graceDays);
        }
    }

    /** Whether any line takes its quantity from a meter. */
    public boolean metered() {
        return lines.stream().anyMatch(OrderLine::metered);
    }

    /**
     * Whether its documents are billed wholly in arrears: metered lines and nothing billed in advance
     * beside them, so each document bills a period that has ended, with that period's usage.
     */
    public boolean inArrears() {
        return metered() && lines.stream().noneMatch(OrderLine::fixedRecurring);
    }

    /**
     * How lines are charged: currency and cash rounding, export (no VAT), when special discounts
     * expire (after a date, or after so many runs; both null: never) and whether stock is updated.
     */
    public record Charging(String currency, CashRounding cashRounding, boolean exportVat, LocalDate discountsUntil,
                           Integer discountRuns, boolean updateStock) {
    }

    /**
     * What the documents are: only sales orders, or invoices where the addresses allow; the KID;
     * credit and delivery days; the default channel and language; the giro by the customer's country;
     * the line detail; the account paid to; and the organisation facts the documents are issued with.
     */
    public record Output(boolean salesOrdersOnly, AddressRules addresses, boolean useKid, String kidFormat,
                         int creditDays, Integer deliveryDateDays, boolean sendByEmail, String language,
                         Layout.GiroFormat domesticGiro, Layout.GiroFormat foreignGiro, Layout.LineDetail lineDetail,
                         PaidTo paidTo, Issuer issuer) {
    }

    /** The account customers pay to, and the organisation's country (which decides the giro format). */
    public record PaidTo(String accountNumber, String iban, String bic, String fiCreditorNumber, String country) {
    }

    /**
     * The texts as templates (special fields not filled in), the references, the e-mail template
     * ({@code mail.byEmail()} is decided per subscriber) and how a document is finished.
     */
    public record Texts(String subject, String orderText, String referenceText, String ourReference, String seller,
                        Document.Delivery mail, Draft.Finishing finishing) {
    }
}
