package no.takt.billing.core;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import no.takt.customers.CustomerSummary;
import no.takt.documents.BilledState;
import no.takt.documents.Document;
import no.takt.documents.Draft;
import no.takt.documents.core.AddressRules;
import no.takt.documents.core.Kid;
import no.takt.money.Amounts;
import no.takt.money.DocumentTotals;
import no.takt.money.PricedLine;
import no.takt.money.Pricing;
import no.takt.money.SubscriberTerms;
import no.takt.platform.Address;

/**
 * The whole billing calculation for one subscription on a date, as one pure function (PRODUCT.md
 * §3–4): who is billed, which periods, each line priced for the subscriber, invoice or sales order,
 * the customer's details as they are — and who is skipped, and why. The billing run, the forecast,
 * the previews and the start summary all use it, so they cannot disagree.
 */
public final class Drafting {

    private Drafting() {
    }

    /**
     * The subscribers to draft, their customers, what each customer of theirs has been billed so far
     * (absent: nothing) and the one-time lines they have had.
     */
    public record Slice(List<Entry> entries, Map<Long, CustomerSummary> customers,
                        Map<BilledState.Key, BilledState> billed, Set<OneTime> oneTimeBilled) {
    }

    /** A one-time line billed to one subscriber's customer: billed once, whatever happens after. */
    public record OneTime(long lineId, long subscriberId, long customerId) {
    }

    /**
     * The drafts; the skips a run records; the entries with nothing due (and why); the one-time lines
     * the drafts bill; and the quantities they take from stock per product.
     */
    public record Result(List<Draft> drafts, List<Skip> skips, List<Skip> idle, List<OneTime> oneTime,
                         Map<Long, BigDecimal> stock) {
    }

    /**
     * @param catchUpLimit at most this many periods per subscriber's customer on one date; the rest
     *                     are skipped with {@link SkipReason#CATCH_UP_LIMIT}, for the next dates to bill
     */
    public static Result draft(SubscriptionTerms s, Slice slice, LocalDate date, Long runId, int catchUpLimit) {
        Result result = new Result(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>(),
                new HashMap<>());
        for (Entry entry : slice.entries()) {
            for (long customerId : entry.customerIds()) {
                CustomerSummary customer = slice.customers().get(customerId);
                SkipReason reason = skipReason(s, entry, customerId, customer);
                if (reason != null) {
                    result.skips().add(new Skip(s.id(), entry.subscriberId(), customerId, reason, null));
                } else {
                    draftCustomer(s, entry, customer, slice, date, runId, catchUpLimit, result);
                }
            }
        }
        return result;
    }

    /**
     * Per customer, the first active entry that reaches it — directly or as a member of its group —
     * in the order the entries were added (PRODUCT.md §4: "the first subscriber entry for that customer").
     *
     * @param entries each active entry's id and customers, in any order
     */
    public static Map<Long, Long> firstEntries(Map<Long, List<Long>> entries) {
        Map<Long, Long> first = new HashMap<>();
        entries.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> e.getValue().forEach(customer -> first.putIfAbsent(customer, e.getKey())));
        return first;
    }

    /** Why the entry's customer is never billed as things stand, or null; dates are the periods' business. */
    static SkipReason skipReason(SubscriptionTerms s, Entry entry, long customerId, CustomerSummary customer) {
        if (!entry.active()) {
            return SkipReason.INACTIVE_SUBSCRIBER;
        }
        if (customer == null) {
            return SkipReason.NO_CUSTOMER;
        }
        if (!customer.active()) {
            return SkipReason.INACTIVE_CUSTOMER;
        }
        Long first = s.firstEntries().get(customerId);
        return first != null && first != entry.subscriberId() ? SkipReason.SAME_CUSTOMER : null;
    }

    /** The one place that decides a document is VAT free: the subscriber's override, or an export subscription. */
    public static boolean vatFree(boolean exportVat, boolean subscriberExempt) {
        return exportVat || subscriberExempt;
    }

    /**
     * The subscriber's values as pricing takes them: the special discounts only until they expire (the
     * subscriber's own end date, or the subscription's rule: a date, or N runs for the subscriber).
     */
    static SubscriberTerms subscriberTerms(SubscriptionTerms.Charging c, Entry.Special special, LocalDate date,
            int runsSoFar) {
        boolean expired = special.discountEndDate() != null && date.isAfter(special.discountEndDate())
                || c.discountsUntil() != null && date.isAfter(c.discountsUntil())
                || c.discountRuns() != null && runsSoFar >= c.discountRuns();
        return new SubscriberTerms(special.quantityFactor(), special.unitPrice(), special.percentDiscount(),
                special.cashDiscount(), expired, vatFree(c.exportVat(), special.vatExempt()));
    }

    /**
     * An invoice may be made when the subscription says invoice and the addresses it requires are
     * valid; otherwise only an editable sales order (seed 003: "Gyldige fakturaadresser og leveringsadresser").
     */
    public static boolean invoiceAllowed(SubscriptionTerms.Output o, CustomerSummary customer) {
        return !o.salesOrdersOnly() && o.addresses().allowInvoice(customer.invoiceAddress(), deliveryAddress(customer));
    }

    /** Documents go by e-mail when the subscriber says so, or, where it says nothing, the subscription. */
    public static boolean sendsByEmail(SubscriptionTerms.Output o, Entry entry) {
        return entry.sendByEmail() != null ? entry.sendByEmail() : o.sendByEmail();
    }

    private static Address deliveryAddress(CustomerSummary customer) {
        return AddressRules.deliveryOrVisiting(customer.deliveryAddress(), customer.visitingAddress());
    }

    private static void draftCustomer(SubscriptionTerms s, Entry entry, CustomerSummary customer, Slice slice,
            LocalDate date, Long runId, int catchUpLimit, Result result) {
        SubscriptionTerms.Output o = s.output();
        if (o.useKid() && Kid.of(o.kidFormat(), customer.customerNumber(), 0, Kid.Algorithm.MOD10).isEmpty()) {
            result.skips().add(new Skip(s.id(), entry.subscriberId(), customer.id(), SkipReason.KID_TOO_SHORT,
                    o.kidFormat()));
            return;
        }
        BilledState.Key key = new BilledState.Key(entry.subscriberId(), customer.id());
        BilledState state = slice.billed().getOrDefault(key, BilledState.NOTHING);
        List<Period> periods = DuePeriods.due(s.periods(), entry.startDate(), entry.endDate(), state.billedTo(),
                state.runs(), date);
        if (periods.isEmpty()) {
            result.idle().add(new Skip(s.id(), entry.subscriberId(), customer.id(), notDue(s, entry, state, date),
                    null));
            return;
        }
        if (periods.size() > catchUpLimit) {
            result.skips().add(new Skip(s.id(), entry.subscriberId(), customer.id(), SkipReason.CATCH_UP_LIMIT,
                    (periods.size() - catchUpLimit) + " × " + periods.get(catchUpLimit).start() + "…"
                            + periods.getLast().start()));
            periods = periods.subList(0, catchUpLimit);
        }
        int minor = Amounts.minorUnits(s.charging().currency());
        for (int k = 0; k < periods.size(); k++) {
            Period period = periods.get(k);
            SubscriberTerms terms = subscriberTerms(s.charging(), entry.special(), period.start(), state.runs() + k);
            List<Document.Line> lines = new ArrayList<>();
            List<PricedLine> priced = new ArrayList<>();
            List<OneTime> oneTime = new ArrayList<>();
            for (OrderLine line : s.lines()) {
                OneTime once = new OneTime(line.id(), entry.subscriberId(), customer.id());
                if (line.oneTime() && (k > 0 || slice.oneTimeBilled().contains(once))) {
                    continue;
                }
                if (line.text().freeText()) {
                    lines.add(Document.Line.freeText(lines.size() + 1, line.text()));
                    continue;
                }
                Optional<List<ModelledLine.Part>> parts = ModelledLine.of(line.text(), line.terms(), line.priceModel(),
                        terms, minor, s.output().language());
                if (parts.isEmpty()) {
                    continue;
                }
                if (line.oneTime()) {
                    oneTime.add(once);
                }
                PricedLine last = null;
                for (ModelledLine.Part part : parts.get()) {
                    BigDecimal cost = part.fee() ? BigDecimal.ZERO : line.terms().costPrice();
                    PricedLine p = line.prorated() && period.partPeriod()
                            ? ProratedLine.of(part.priced(), cost, period, s.periods().proration(), minor)
                            : part.priced();
                    priced.add(p);
                    last = p;
                    lines.add(new Document.Line(lines.size() + 1, part.text(), new Document.Line.Item(line.productId(),
                            line.vatCode(), p.vatRate(), line.salesAccount(), line.oneTime()),
                            Document.Line.Amounts.of(p, cost), null));
                }
                if (s.charging().updateStock() && line.productId() != null) {
                    // what was sold (as prorated), not the parts a price model prices it in
                    result.stock().merge(line.productId(), parts.get().size() == 1 ? last.quantity()
                            : Pricing.line(line.terms(), terms, minor).orElseThrow().quantity(), BigDecimal::add);
                }
            }
            if (priced.isEmpty()) {
                result.skips().add(new Skip(s.id(), entry.subscriberId(), customer.id(), SkipReason.NO_LINES, null));
                return;
            }
            DocumentTotals totals = DocumentTotals.of(priced, s.charging().cashRounding(), minor);
            result.drafts().add(new Draft(document(s, entry, customer, date, runId, period, state.inYear() + k + 1,
                    lines, totals), s.texts().finishing()));
            result.oneTime().addAll(oneTime);
        }
    }

    /** Why an entry that may be billed has nothing due on the date. */
    private static SkipReason notDue(SubscriptionTerms s, Entry entry, BilledState state, LocalDate date) {
        BillingTerms p = s.periods();
        if (entry.startDate().isAfter(date)) {
            return SkipReason.NOT_STARTED;
        }
        boolean ended = entry.endDate() != null && entry.endDate().isBefore(date)
                || p.end() == BillingTerms.End.DATE && p.endDate() != null && p.endDate().isBefore(date)
                || p.end() == BillingTerms.End.AFTER_RUNS && p.endRuns() != null && state.runs() >= p.endRuns();
        return ended ? SkipReason.ENDED : SkipReason.NOTHING_DUE;
    }

    private static Document document(SubscriptionTerms s, Entry entry, CustomerSummary customer, LocalDate date,
            Long runId, Period period, int periodIndex, List<Document.Line> lines, DocumentTotals totals) {
        SubscriptionTerms.Output o = s.output();
        SubscriptionTerms.Texts t = s.texts();
        boolean invoice = invoiceAllowed(o, customer);
        String yourReference = entry.contactName() != null ? entry.contactName() : customer.defaultContactName();
        Document.Delivery m = t.mail();
        return new Document(0, invoice ? Document.Type.INVOICE : Document.Type.SALES_ORDER, 0,
                invoice ? Document.Status.ISSUED : Document.Status.OPEN,
                new Document.Origin(runId, s.id(), entry.subscriberId()),
                new Document.Dates(date, date.plusDays(o.creditDays()),
                o.deliveryDateDays() == null ? null : date.plusDays(o.deliveryDateDays()), period.start(),
                period.end(), periodIndex, period.partPeriod()),
                new Document.Texts(t.subject(), t.orderText(), t.referenceText(),
                entry.language() != null ? entry.language() : o.language(), t.ourReference(), t.seller(),
                yourReference),
                Document.Payment.NONE, Document.Totals.of(s.charging().currency(), totals),
                new Document.Customer(customer.id(), customer.customerNumber(), customer.name(),
                customer.organizationNumber(), customer.email(), customer.peppolId(),
                o.addresses().shownInvoice(customer.invoiceAddress()),
                o.addresses().shownDelivery(customer.invoiceAddress(), deliveryAddress(customer))),
                lines, print(o, customer),
                new Document.Delivery(sendsByEmail(o, entry), m.senderEmail(), m.senderName(), m.cc(), m.bcc(),
                m.subject(), m.text()), Document.Links.NONE, Document.Created.NOT_YET);
    }

    /** The subscription's domestic giro format for customers in the organisation's country, else its foreign one. */
    private static Document.Print print(SubscriptionTerms.Output o, CustomerSummary customer) {
        SubscriptionTerms.PaidTo to = o.paidTo();
        boolean domestic = customer.country() == null || customer.country().equals(to.country());
        return new Document.Print(domestic ? o.domesticGiro() : o.foreignGiro(), to.accountNumber(), to.iban(),
                to.bic(), o.lineDetail(), to.fiCreditorNumber(), o.issuer());
    }
}
