package no.takt.revenue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import no.takt.documents.Document;
import no.takt.documents.DocumentService;
import no.takt.customers.CustomerService;
import no.takt.payments.Ledger;
import no.takt.payments.Payment;
import no.takt.payments.Payments;
import no.takt.platform.errors.BadInputException;
import no.takt.platform.errors.FieldProblems;
import no.takt.revenue.core.Journal;
import no.takt.revenue.core.RevenueReport;
import org.springframework.stereotype.Service;

/**
 * The journal of a period (PRODUCT.md §9): its invoices and credit notes by date and number, then
 * its payments, then the reminders' fees, compensation and interest, the write-offs and refunds, and
 * — if asked for — a deferral entry at each month's end inside the period, each as a balanced entry
 * on the organisation's accounts ({@link AccountMapping}). Documents and payments are read 500 at a
 * time after the last one read, so a year of a million invoices costs no more per entry than a day.
 */
@Service
public class JournalExport {

    private final DocumentService documents;
    private final Payments payments;
    private final AccountMapping accounts;
    private final Ledger ledger;
    private final CustomerService customers;
    private final RevenueReports revenue;

    JournalExport(DocumentService documents, Payments payments, AccountMapping accounts, Ledger ledger,
            CustomerService customers, RevenueReports revenue) {
        this.documents = documents;
        this.payments = payments;
        this.accounts = accounts;
        this.ledger = ledger;
        this.customers = customers;
        this.revenue = revenue;
    }

    /** Refuses a range that is not one, at its field (with deferrals, one longer than the revenue report's months). */
    public void check(LocalDate from, LocalDate to, boolean deferrals) {
        new FieldProblems().range(from, to).throwIfAny(BadInputException::new);
        if (deferrals) {
            RevenueReports.checkMonths(YearMonth.from(from), YearMonth.from(to));
        }
    }

    /** Every entry of the days from one to another, to the consumer; with {@code deferrals}, the months' deferral entries too. */
    public void each(LocalDate from, LocalDate to, boolean deferrals, Consumer<Journal.Entry> each) {
        check(from, to, deferrals);
        Journal.Accounts mapping = accounts.journalAccounts();
        for (Document.Type type : List.of(Document.Type.INVOICE, Document.Type.CREDIT_NOTE)) {
            DocumentService.Filter filter = new DocumentService.Filter(type, null, null, null, null, null, from, to, null);
            documents.eachWithParts(filter, d -> each.accept(Journal.of(source(d), mapping)));
        }
        Payments.Filter filter = new Payments.Filter(null, null, null, from, to, null);
        payments.each(filter, pay -> {
            if (pay.status() != Payment.Status.REVERSED) {
                each.accept(Journal.payment("PAY-" + pay.id(), pay.received().date(),
                        pay.received().reference() == null ? "" : pay.received().reference(), pay.received().amount(),
                        mapping));
            }
        });
        ledger.eachCharge(from, to, charges -> {
            Map<Long, Journal.Party> parties = parties(charges.stream().map(Ledger.Charge::customerId).toList());
            for (Ledger.Charge c : charges) {
                Journal.Party party = parties.get(c.customerId());
                each.accept(Journal.charge(CHARGES.get(c.type()) + "-" + c.sourceId(), c.date(),
                        DESCRIPTIONS.get(c.type()) + " " + party.name(), party,
                        Journal.Charge.valueOf(c.type().name()), c.amount(), mapping));
            }
        });
        if (deferrals) {
            deferrals(from, to, mapping, each);
        }
    }

    /** Entry ids and descriptions of the ledger's other entries (Norwegian, as the rest of the journal). */
    private static final Map<Ledger.EntryType, String> CHARGES = Map.of(Ledger.EntryType.REMINDER_FEE, "FEE",
            Ledger.EntryType.COMPENSATION, "COMP", Ledger.EntryType.INTEREST, "INT", Ledger.EntryType.WRITE_OFF, "WO",
            Ledger.EntryType.REFUND, "REF");
    private static final Map<Ledger.EntryType, String> DESCRIPTIONS = Map.of(Ledger.EntryType.REMINDER_FEE,
            "Purregebyr", Ledger.EntryType.COMPENSATION, "Kompensasjon", Ledger.EntryType.INTEREST, "Forsinkelsesrente",
            Ledger.EntryType.WRITE_OFF, "Tap på fordring", Ledger.EntryType.REFUND, "Tilbakebetaling");

    /**
     * One deferral entry at the end of each month that ends inside the period: per sales account,
     * the change in deferred revenue over the month, from the revenue report (the organisation's currency).
     */
    private void deferrals(LocalDate from, LocalDate to, Journal.Accounts mapping, Consumer<Journal.Entry> each) {
        YearMonth first = YearMonth.from(from);
        YearMonth last = to.equals(to.withDayOfMonth(to.lengthOfMonth())) ? YearMonth.from(to)
                : YearMonth.from(to).minusMonths(1);
        if (last.isBefore(first)) {
            return;
        }
        Map<YearMonth, Map<String, BigDecimal>> change = new TreeMap<>();
        for (RevenueReport.Item i : revenue.report(first, last, null).items()) {
            change.computeIfAbsent(i.month(), m -> new TreeMap<>()).merge(i.salesAccount() == null ? ""
                    : i.salesAccount(), i.deferredClosing().subtract(i.deferredOpening()), BigDecimal::add);
        }
        change.forEach((month, byAccount) -> {
            Journal.Entry entry = Journal.deferral("DEF-" + month, month.atEndOfMonth(), "Periodisering " + month,
                    byAccount, mapping);
            if (entry != null) {
                each.accept(entry);
            }
        });
    }

    /**
     * The deferred revenue of each sales account at the last month's end before the day (what the
     * deferral entries before it add up to), for opening balances.
     */
    public Map<String, BigDecimal> deferredBefore(LocalDate day) {
        YearMonth month = YearMonth.from(day).minusMonths(1);
        Map<String, BigDecimal> deferred = new TreeMap<>();
        revenue.report(month, month, null).items().forEach(i -> deferred.merge(i.salesAccount() == null ? ""
                : i.salesAccount(), i.deferredClosing(), BigDecimal::add));
        return deferred;
    }

    /** The customers of a chunk of entries, in one read (one absent is named by its id). */
    private Map<Long, Journal.Party> parties(java.util.Collection<Long> customerIds) {
        Map<Long, no.takt.customers.CustomerSummary> found = customers.summaries(new java.util.HashSet<>(customerIds));
        Map<Long, Journal.Party> parties = new HashMap<>();
        for (long id : customerIds) {
            no.takt.customers.CustomerSummary c = found.get(id);
            parties.put(id, c == null ? new Journal.Party(Long.toString(id), "-", null, null)
                    : new Journal.Party(Long.toString(c.customerNumber()), c.name(), c.organizationNumber(),
                    c.invoiceAddress()));
        }
        return parties;
    }

    private static Journal.Source source(Document d) {
        boolean credit = d.type() == Document.Type.CREDIT_NOTE;
        return new Journal.Source((credit ? "CN-" : "INV-") + d.number(), d.dates().date(),
                (credit ? "Kreditnota " : "Faktura ") + d.number() + " " + d.customer().customerName(),
                new Journal.Party(Long.toString(d.customer().customerNumber()), d.customer().customerName(),
                        d.customer().organizationNumber(), d.customer().invoiceAddress()), credit,
                d.lines().stream().filter(l -> !l.text().freeText()).map(l -> new Journal.Line(l.item().salesAccount(),
                        l.amounts().sumExclVat())).toList(),
                d.totals().vatBreakdown().stream().map(v -> new Journal.Vat(v.rate(), v.base(), v.vat())).toList(),
                d.totals().rounding(), d.totals().totalInclVat());
    }
}
