package no.takt.revenue;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import no.takt.documents.Document;
import no.takt.documents.DocumentService;
import no.takt.payments.Payment;
import no.takt.payments.Payments;
import no.takt.platform.errors.BadInputException;
import no.takt.platform.errors.FieldProblems;
import no.takt.platform.web.Page;
import no.takt.platform.web.PageQuery;
import no.takt.revenue.core.Journal;
import org.springframework.stereotype.Service;

/**
 * The journal of a period (PRODUCT.md §9): its invoices and credit notes by date and number, then
 * its payments, each as a balanced entry on the organisation's accounts ({@link AccountMapping}).
 * Read a page at a time. Reminders, refunds and write-offs are not in it yet.
 */
@Service
public class JournalExport {

    private static final int PAGE = 500;

    private final DocumentService documents;
    private final Payments payments;
    private final AccountMapping accounts;

    JournalExport(DocumentService documents, Payments payments, AccountMapping accounts) {
        this.documents = documents;
        this.payments = payments;
        this.accounts = accounts;
    }

    /** Refuses a range that is not one, at its field. */
    public void check(LocalDate from, LocalDate to) {
        new FieldProblems()
                .check(from != null, "from", "jakarta.validation.constraints.NotNull.message")
                .check(to != null, "to", "jakarta.validation.constraints.NotNull.message")
                .throwIfAny(BadInputException::new);
        new FieldProblems().check(!to.isBefore(from), "to", "error.end-before-start").throwIfAny(BadInputException::new);
    }

    /** Every entry of the days from one to another, to the consumer. */
    public void each(LocalDate from, LocalDate to, Consumer<Journal.Entry> each) {
        check(from, to);
        Journal.Accounts mapping = accounts.journalAccounts();
        for (Document.Type type : List.of(Document.Type.INVOICE, Document.Type.CREDIT_NOTE)) {
            DocumentService.Filter filter = new DocumentService.Filter(type, null, null, null, null, null, from, to, null);
            Page.each(p -> documents.list(filter, new PageQuery(p, PAGE, "number", null)),
                    d -> each.accept(Journal.of(source(d), mapping)));
        }
        Payments.Filter filter = new Payments.Filter(null, null, null, from, to, null);
        Page.each(p -> payments.list(filter, new PageQuery(p, PAGE, null, null)), pay -> {
            if (pay.status() != Payment.Status.REVERSED) {
                each.accept(Journal.payment("PAY-" + pay.id(), pay.received().date(),
                        pay.received().reference() == null ? "" : pay.received().reference(), pay.received().amount(),
                        mapping));
            }
        });
    }

    private static Journal.Source source(Document d) {
        boolean credit = d.type() == Document.Type.CREDIT_NOTE;
        return new Journal.Source((credit ? "CN-" : "INV-") + d.number(), d.dates().date(),
                (credit ? "Kreditnota " : "Faktura ") + d.number() + " " + d.customer().customerName(),
                new Journal.Party(Long.toString(d.customer().customerNumber()), d.customer().customerName(),
                        d.customer().organizationNumber()), credit,
                d.lines().stream().filter(l -> !l.text().freeText()).map(l -> new Journal.Line(l.item().salesAccount(),
                        l.amounts().sumExclVat())).toList(),
                d.totals().vatBreakdown().stream().map(v -> new Journal.Vat(v.rate(), v.base(), v.vat())).toList(),
                d.totals().rounding(), d.totals().totalInclVat());
    }
}
