package no.takt.billing.core;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import no.takt.customers.CustomerSummary;
import no.takt.documents.BilledState;
import no.takt.documents.Document;
import no.takt.documents.Draft;
import no.takt.documents.core.AddressRules;
import no.takt.documents.core.Kid;
import no.takt.money.Amounts;
import no.takt.money.DocumentTotals;
import no.takt.money.LineTerms;
import no.takt.money.PricedLine;
import no.takt.money.Pricing;
import no.takt.money.SubscriberTerms;
import no.takt.platform.Address;
import no.takt.platform.text.Formats;
import no.takt.usage.UsageWindow;

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
     * (absent: nothing), what billing itself recorded for them, and the usage of a window (a metered
     * line's quantity; asked for each window the drafts bill).
     */
    public record Slice(List<Entry> entries, Map<Long, CustomerSummary> customers,
                        Map<BilledState.Key, BilledState> billed, History history,
                        Function<UsageWindow, BigDecimal> usage) {

        /** A slice whose metered lines find no usage (bound later: {@link #withUsage}). */
        public Slice(List<Entry> entries, Map<Long, CustomerSummary> customers,
                Map<BilledState.Key, BilledState> billed, History history) {
            this(entries, customers, billed, history, w -> BigDecimal.ZERO);
        }

        public Slice withUsage(Function<UsageWindow, BigDecimal> lookup) {
            return new Slice(entries, customers, billed, history, lookup);
        }
    }

    /**
     * What billing recorded for the slice's subscribers: the one-time lines they have had, and per
     * subscriber's customer the last day whose usage has been billed.
     */
    public record History(Set<OneTime> oneTime, Map<BilledState.Key, LocalDate> usageBilledTo,
                          Map<BilledState.Key, List<Late>> late) {
        public static final History NONE = new History(Set.of(), Map.of(), Map.of());
    }

    /**
     * Usage billed that events have reached since: how many times, and how many of those a document
     * has corrected so far.
     */
    public record Late(UsageBilled billed, int lateCount, int correctedCount) {
    }

    /** A late period compared again: its usage now (billed as the difference), and the late events it covers. */
    public record Correction(Late late, BigDecimal quantity) {
    }

    /** A one-time line billed to one subscriber's customer: billed once, whatever happens after. */
    public record OneTime(long lineId, long subscriberId, long customerId) {
    }

    /**
     * The usage a metered line billed for a subscriber's customer over a period: recorded once per
     * period (also when it was nothing), so it is never billed twice and later events can be compared.
     */
    public record UsageBilled(long lineId, long subscriberId, long customerId, long meterId, LocalDate from,
                              LocalDate to, BigDecimal quantity, LocalDate acceptUntil) {
    }

    /**
     * The drafts; the skips a run records; the entries with nothing due (and why); the one-time lines
     * and the usage the drafts bill; and the quantities they take from stock per product.
     */
    public record Result(List<Draft> drafts, List<Skip> skips, List<Skip> idle, List<OneTime> oneTime,
                         List<UsageBilled> usage, List<Correction> corrections, Map<Long, BigDecimal> stock) {
    }

    /**
     * @param catchUpLimit at most this many periods per subscriber's customer on one date; the rest
     *                     are skipped with {@link SkipReason#CATCH_UP_LIMIT}, for the next dates to bill
     */
    public static Result draft(SubscriptionTerms s, Slice slice, LocalDate date, Long runId, int catchUpLimit) {
        Result result = new Result(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>(),
                new ArrayList<>(), new ArrayList<>(), new HashMap<>());
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
        boolean arrears = s.inArrears();
        List<Period> periods = DuePeriods.due(s.periods(), entry.startDate(), entry.endDate(), state.billedTo(),
                state.runs(), arrears ? date.minusDays(1) : date);
        if (arrears) {
            periods = periods.stream().takeWhile(p -> p.end().isBefore(date)).toList();
        }
        Window unbilled = unbilledUsage(state, slice.history().usageBilledTo().get(key));
        if (periods.isEmpty()) {
            SkipReason why = notDue(s, entry, state, date);
            if (why == SkipReason.ENDED && !arrears && s.metered() && unbilled != null
                    && unbilled.to().isBefore(date)) {
                lastUsage(s, entry, customer, slice, date, runId, state.runs(), state.inYear(), unbilled, true,
                        result);
            } else {
                result.idle().add(new Skip(s.id(), entry.subscriberId(), customer.id(), why, null));
            }
            return;
        }
        if (periods.size() > catchUpLimit) {
            result.skips().add(new Skip(s.id(), entry.subscriberId(), customer.id(), SkipReason.CATCH_UP_LIMIT,
                    (periods.size() - catchUpLimit) + " × " + periods.get(catchUpLimit).start() + "…"
                            + periods.getLast().start()));
            periods = periods.subList(0, catchUpLimit);
        }
        for (int k = 0; k < periods.size(); k++) {
            Period period = periods.get(k);
            // metered lines bill the period just ended: in arrears the document's own, else the one before it
            Window usage = arrears ? new Window(period.start(), period.end(), true)
                    : k == 0 ? unbilled : new Window(periods.get(k - 1).start(), periods.get(k - 1).end(), false);
            Lines lines = lines(s, entry, customer, slice, period, state.runs() + k, k, usage, false, result);
            if (lines.priced().isEmpty()) {
                result.skips().add(new Skip(s.id(), entry.subscriberId(), customer.id(), SkipReason.NO_LINES, null));
                return;
            }
            add(s, entry, customer, date, runId, period, state.inYear() + k + 1, false, lines, result);
        }
        Period last = periods.getLast();
        if (!arrears && s.metered() && last.end().isBefore(date) && DuePeriods.due(s.periods(), entry.startDate(),
                entry.endDate(), last.end(), state.runs() + periods.size(), last.end().plusDays(1)).isEmpty()) {
            // a catch-up past the subscriber's end: its last period's usage in the same run
            lastUsage(s, entry, customer, slice, date, runId, state.runs() + periods.size(),
                    state.inYear() + periods.size(), new Window(last.start(), last.end(), false), false, result);
        }
    }

    /**
     * The usage not billed yet of the last period billed, or null: none billed yet (a first period
     * bills no usage), or billed already (a subscriber's last usage after its end, or usage billed
     * once the days were billed).
     */
    private static Window unbilledUsage(BilledState state, LocalDate usageBilledTo) {
        if (state.billedTo() == null || state.lastStart() == null) {
            return null;
        }
        LocalDate from = usageBilledTo == null || usageBilledTo.isBefore(state.lastStart()) ? state.lastStart()
                : usageBilledTo.plusDays(1);
        return from.isAfter(state.billedTo()) ? null : new Window(from, state.billedTo(), false);
    }

    /**
     * A subscriber that has ended (its end date, the subscription's end, its number of runs): the
     * usage of its last period, once that period is over, on a document of its own with the metered
     * lines only, for that period (and, {@code first} of the run's documents for it, the corrections of
     * late usage). Usage of nothing at all is recorded as billed, without a document.
     */
    private static void lastUsage(SubscriptionTerms s, Entry entry, CustomerSummary customer, Slice slice,
            LocalDate date, Long runId, int runs, int inYear, Window unbilled, boolean first, Result result) {
        Period period = new Period(unbilled.from(), unbilled.to(), 1, 1, false);
        Window own = new Window(unbilled.from(), unbilled.to(), true);
        Lines lines = lines(s, entry, customer, slice, period, runs, first ? 0 : 1, own, true, result);
        if (lines.usage().stream().allMatch(u -> u.quantity().signum() == 0) && lines.corrected() == 0) {
            result.usage().addAll(lines.usage());
            result.corrections().addAll(lines.corrections());
            result.idle().add(new Skip(s.id(), entry.subscriberId(), customer.id(), SkipReason.ENDED, null));
            return;
        }
        add(s, entry, customer, date, runId, period, inYear + 1, true, lines, result);
    }

    /** The days whose usage a document's metered lines bill; {@code own}: the document's period itself. */
    private record Window(LocalDate from, LocalDate to, boolean own) {
    }

    /**
     * A document's lines as drafted, with their priced amounts, the one-time lines and the usage they
     * bill, the late usage compared again, and how many correction lines that made.
     */
    private record Lines(List<Document.Line> lines, List<PricedLine> priced, List<OneTime> oneTime,
                         List<UsageBilled> usage, List<Correction> corrections, int corrected) {
    }

    /**
     * The lines of one document: each order line priced for the subscriber and the period — a part
     * period prorates product lines, a one-time line comes once, a metered line has the usage of its
     * window as quantity (none without a window); {@code meteredOnly} drafts only the metered lines. The
     * first document of a run for the subscriber's customer ({@code k} 0) corrects its late usage.
     */
    private static Lines lines(SubscriptionTerms s, Entry entry, CustomerSummary customer, Slice slice,
            Period period, int runsSoFar, int k, Window usage, boolean meteredOnly, Result result) {
        int minor = Amounts.minorUnits(s.charging().currency());
        SubscriberTerms terms = subscriberTerms(s.charging(), entry.special(), period.start(), runsSoFar);
        Lines drafted = new Lines(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>(),
                new ArrayList<>(), 0);
        List<Document.Line> lines = drafted.lines();
        for (OrderLine line : s.lines()) {
            OneTime once = new OneTime(line.id(), entry.subscriberId(), customer.id());
            if (meteredOnly && !line.metered() || line.metered() && usage == null
                    || line.oneTime() && (k > 0 || slice.history().oneTime().contains(once))) {
                continue;
            }
            if (line.text().freeText()) {
                lines.add(Document.Line.freeText(lines.size() + 1, line.text()));
                continue;
            }
            LineTerms lineTerms = line.termsOn(period.start());
            Document.Line.Period linePeriod = null;
            if (line.metered()) {
                BigDecimal used = slice.usage().apply(new UsageWindow(line.meterId(), customer.id(), usage.from(),
                        usage.to())).setScale(Pricing.QUANTITY_SCALE, RoundingMode.HALF_UP);
                drafted.usage().add(new UsageBilled(line.id(), entry.subscriberId(), customer.id(), line.meterId(),
                        usage.from(), usage.to(), used, s.lateUsage().acceptUntil(usage.to())));
                lineTerms = lineTerms.withLockedQuantity(used);
                linePeriod = usage.own() ? null : new Document.Line.Period(usage.from(), usage.to());
            }
            Optional<List<ModelledLine.Part>> parts = ModelledLine.of(line.text(), lineTerms, line.priceModel(),
                    terms, minor, s.output().language());
            if (parts.isEmpty()) {
                continue;
            }
            if (line.oneTime()) {
                drafted.oneTime().add(once);
            }
            // usage is what was used: a part period prorates only what is billed in advance
            boolean prorated = line.prorated() && !line.metered() && period.partPeriod();
            PricedLine last = null;
            for (ModelledLine.Part part : parts.get()) {
                BigDecimal cost = part.fee() ? BigDecimal.ZERO : line.terms().costPrice();
                PricedLine p = prorated ? ProratedLine.of(part.priced(), cost, period, s.periods().proration(), minor)
                        : part.priced();
                drafted.priced().add(p);
                last = p;
                lines.add(new Document.Line(lines.size() + 1, part.text(), new Document.Line.Item(line.productId(),
                        line.vatCode(), p.vatRate(), line.salesAccount(), line.oneTime()),
                        Document.Line.Amounts.of(p, cost), linePeriod, null));
            }
            if (s.charging().updateStock() && line.productId() != null) {
                // what was sold (as prorated), not the parts a price model prices it in
                result.stock().merge(line.productId(), parts.get().size() == 1 ? last.quantity()
                        : Pricing.line(lineTerms, terms, minor).orElseThrow().quantity(), BigDecimal::add);
            }
        }
        if (k > 0) {
            return drafted;
        }
        int corrected = 0;
        for (Late late : slice.history().late().getOrDefault(new BilledState.Key(entry.subscriberId(), customer.id()),
                List.of())) {
            UsageBilled billed = late.billed();
            Optional<OrderLine> line = s.lines().stream().filter(l -> l.id() == billed.lineId() && l.metered()).findFirst();
            BigDecimal now = line.isEmpty() ? billed.quantity() : slice.usage().apply(new UsageWindow(billed.meterId(),
                    customer.id(), billed.from(), billed.to())).setScale(Pricing.QUANTITY_SCALE, RoundingMode.HALF_UP);
            drafted.corrections().add(new Correction(late, now));
            Optional<PricedLine> difference = line.flatMap(l -> correction(l, billed, now, terms, minor));
            if (difference.isPresent()) {
                corrected++;
                PricedLine p = difference.get();
                drafted.priced().add(p);
                Formats f = Formats.of(s.output().language());
                lines.add(new Document.Line(lines.size() + 1, new Document.Line.Text(line.get().text().name(),
                        CORRECTION.getOrDefault(s.output().language(), CORRECTION.get("nb")) + ": "
                        + f.quantity(billed.quantity()) + " → " + f.quantity(now), false, false, false),
                        new Document.Line.Item(line.get().productId(), line.get().vatCode(), p.vatRate(),
                        line.get().salesAccount(), false), Document.Line.Amounts.of(p, BigDecimal.ZERO),
                        new Document.Line.Period(billed.from(), billed.to()), null));
            }
        }
        return new Lines(drafted.lines(), drafted.priced(), drafted.oneTime(), drafted.usage(), drafted.corrections(),
                corrected);
    }

    private static final Map<String, String> CORRECTION = Map.of("nb", "Korreksjon", "da", "Korrektion",
            "en", "Correction");

    /**
     * What the usage now costs more (or less) than what was billed for it, at the line's price of that
     * period, by its model and the subscriber's values of today, as one line of 1 × the difference; none
     * when it is the same.
     */
    private static Optional<PricedLine> correction(OrderLine line, UsageBilled billed, BigDecimal now,
            SubscriberTerms terms, int minor) {
        if (now.compareTo(billed.quantity()) == 0) {
            return Optional.empty();
        }
        LineTerms then = line.termsOn(billed.from());
        BigDecimal difference = amount(line, then, now, terms, minor)
                .subtract(amount(line, then, billed.quantity(), terms, minor));
        return Optional.of(Pricing.line(new LineTerms(BigDecimal.ONE, difference, BigDecimal.ZERO, BigDecimal.ZERO,
                BigDecimal.ZERO, then.vatRate(), true, true, true, true), terms, minor).orElseThrow());
    }

    private static BigDecimal amount(OrderLine line, LineTerms then, BigDecimal quantity, SubscriberTerms terms,
            int minor) {
        return no.takt.money.PricedParts.of(then.withLockedQuantity(quantity), line.priceModel(), terms, minor)
                .map(parts -> no.takt.money.PricedParts.total(parts).sumExclVat()).orElse(BigDecimal.ZERO);
    }


    private static void add(SubscriptionTerms s, Entry entry, CustomerSummary customer, LocalDate date, Long runId,
            Period period, int periodIndex, boolean usageAfterEnd, Lines lines, Result result) {
        int minor = Amounts.minorUnits(s.charging().currency());
        DocumentTotals totals = DocumentTotals.of(lines.priced(), s.charging().cashRounding(), minor);
        result.drafts().add(new Draft(document(s, entry, customer, date, runId, period, periodIndex, usageAfterEnd,
                lines.lines(), totals), s.texts().finishing()));
        result.oneTime().addAll(lines.oneTime());
        result.usage().addAll(lines.usage());
        result.corrections().addAll(lines.corrections());
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
            Long runId, Period period, int periodIndex, boolean usageAfterEnd, List<Document.Line> lines,
            DocumentTotals totals) {
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
                period.end(), periodIndex, period.partPeriod(), usageAfterEnd),
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
