package no.takt.documents;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import no.takt.platform.errors.NotFoundException;
import no.takt.platform.web.Page;
import no.takt.platform.web.PageQuery;
import org.springframework.stereotype.Service;

/** The stored documents, for the modules that print and deliver them. */
@Service
public class DocumentService {

    private final DocumentRepository documents;

    DocumentService(DocumentRepository documents) {
        this.documents = documents;
    }

    /** Filters of the document list; null: any. */
    public record Filter(Document.Type type, Document.Status status, Long customerId, Long subscriptionId,
                         Long subscriberId, Long runId, LocalDate from, LocalDate to, Long creditsDocumentId) {

        public static Filter ofRun(long runId) {
            return new Filter(null, null, null, null, null, runId, null, null, null);
        }

        public static Filter creditNotesOf(long invoiceId) {
            return new Filter(Document.Type.CREDIT_NOTE, null, null, null, null, null, null, null, invoiceId);
        }
    }

    /**
     * The sums of a list: how many documents, and what they bill excl. and incl. VAT — invoices less
     * credit notes (sales orders only when the list is of sales orders, as they become invoices).
     */
    public record Totals(long documents, java.math.BigDecimal totalExclVat, java.math.BigDecimal totalInclVat) {
    }

    /** Every document of the list (without lines), in its order, one by one: for a file of a million rows. */
    @org.springframework.transaction.annotation.Transactional(readOnly = true)
    public void each(Filter filter, PageQuery query, java.util.function.Consumer<Document> each) {
        documents.each(filter, query, each);
    }

    /**
     * Every document of one type (the filter's type is required) with its lines and VAT, in number
     * order, read 500 at a time after the last number read: for the journal of a long period.
     */
    public void eachWithParts(Filter filter, java.util.function.Consumer<Document> each) {
        documents.eachWithParts(filter, each);
    }

    public Totals totals(Filter filter, String q) {
        return documents.totals(filter, q);
    }

    public Page<Document> list(Filter filter, PageQuery query) {
        return documents.list(filter, query);
    }

    /** How a person names a document: its type and number ("Faktura 14"). */
    public record Name(long id, Document.Type type, long number) {
    }

    /** The names of these documents, by id (for lists that refer to documents). */
    public Map<Long, Name> names(Collection<Long> ids) {
        return documents.names(ids);
    }

    /**
     * What was billed per month, excluding VAT: invoices less credit notes by their date, for the
     * months from one to another (those with nothing billed are left out).
     */
    public Map<java.time.YearMonth, java.math.BigDecimal> billedPerMonth(java.time.YearMonth from,
            java.time.YearMonth to) {
        return documents.billedPerMonth(from.atDay(1), to.atEndOfMonth());
    }

    /**
     * Invoice and credit-note lines as revenue is recognised from them (PRODUCT.md §9): the amount
     * excl. VAT (a credit note's negative), the document's date and service period, the sales account,
     * and how many identical lines there are. Grouped in the database, streamed.
     */
    public record RevenueLine(Document.Type type, LocalDate date, LocalDate periodStart, LocalDate periodEnd,
                              String salesAccount, java.math.BigDecimal amount, long count) {
    }

    /** Every such line in the currency dated up to the day, to the consumer (in one read-only transaction). */
    @org.springframework.transaction.annotation.Transactional(readOnly = true)
    public void eachRevenueLine(LocalDate upTo, String currency, java.util.function.Consumer<RevenueLine> each) {
        documents.eachRevenueLine(upTo, currency, each);
    }

    /** A subscriber's invoice as MRR sees it: whose, of which subscription, its period and recurring amount. */
    public record RecurringInvoice(long subscriberId, long customerId, long subscriptionId, LocalDate periodStart,
                                   LocalDate periodEnd, boolean partPeriod, java.math.BigDecimal recurring) {
    }

    /**
     * Every subscriber's invoice whose period touches the days from one to another, with its
     * recurring amount excl. VAT (one-time and free-text lines left out) less what its credit notes
     * credited of it, subscriber by subscriber; of one subscription, or (null) all.
     */
    @org.springframework.transaction.annotation.Transactional(readOnly = true)
    public void eachRecurringInvoice(LocalDate from, LocalDate to, Long subscriptionId,
            java.util.function.Consumer<RecurringInvoice> each) {
        documents.eachRecurringInvoice(from, to, subscriptionId, each);
    }

    public Document get(long id) {
        return documents.find(id).orElseThrow(() -> new NotFoundException("document", id));
    }

    /** Every document of a run, in number order, a page at a time (a run may have very many). */
    public void eachOfRun(long runId, Consumer<List<Document>> page) {
        for (int p = 0; ; p++) {
            Page<Document> documentsOfRun = documents.list(Filter.ofRun(runId), new PageQuery(p, PageQuery.MAX_SIZE,
                    "number", null));
            page.accept(documentsOfRun.items());
            if (!documentsOfRun.hasNext()) {
                return;
            }
        }
    }
}
