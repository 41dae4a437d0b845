package no.takt.documents;

import no.takt.documents.core.Layout;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import no.takt.money.CashRounding;
import no.takt.money.DocumentTotals;
import no.takt.money.PricedLine;
import no.takt.money.Pricing;
import no.takt.organisation.OrganisationService;
import no.takt.platform.audit.AuditLog;
import no.takt.platform.errors.BadInputException;
import no.takt.platform.errors.ConflictException;
import no.takt.platform.errors.FieldProblems;
import no.takt.platform.errors.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Credit notes (kreditnota): an issued invoice is corrected only by crediting it, in full or by
 * lines — a line's whole remainder, some of its quantity, or an amount. A credit note has its own
 * gapless series, points to its invoice, and lowers the invoice's open amount. No line is credited
 * beyond what it billed.
 */
@Service
public class CreditNotes {

    /** What to credit: some lines (none: everything not credited yet) and why (printed on the note). */
    public record Request(@Valid List<LineCredit> lines, @Size(max = 4000) String reason) {
        public static final Request ALL = new Request(null, null);
    }

    /** One invoice line to credit: all of its remainder, a quantity of it, or an amount excl. VAT. */
    public record LineCredit(@NotNull Integer position, @DecimalMin(value = "0", inclusive = false) BigDecimal quantity,
                             @DecimalMin(value = "0", inclusive = false) BigDecimal amount) {
    }

    private final DocumentRepository documents;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final HeldRuns held;
    private final OrganisationService organisation;
    private final Clock clock;

    CreditNotes(DocumentRepository documents, AuditLog audit, ApplicationEventPublisher events, HeldRuns held,
            OrganisationService organisation,
            Clock clock) {
        this.held = held;
        this.organisation = organisation;
        this.documents = documents;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public Document credit(long invoiceId, Request request) {
        documents.lock(invoiceId);
        Document invoice = documents.find(invoiceId).orElseThrow(() -> new NotFoundException("document", invoiceId));
        if (invoice.type() != Document.Type.INVOICE) {
            throw new ConflictException("error.credit-only-invoices");
        }
        Map<Integer, BigDecimal> credited = documents.credited(invoiceId);
        List<LineCredit> wanted = request.lines() == null || request.lines().isEmpty()
                ? invoice.lines().stream().filter(l -> !l.text().freeText() && remaining(l, credited).signum() > 0)
                        .map(l -> new LineCredit(l.position(), null, null)).toList()
                : request.lines();
        if (wanted.isEmpty()) {
            throw new ConflictException("error.credit-nothing-left");
        }
        FieldProblems problems = new FieldProblems();
        List<Document.Line> lines = new ArrayList<>();
        List<PricedLine> priced = new ArrayList<>();
        for (int i = 0; i < wanted.size(); i++) {
            LineCredit want = wanted.get(i);
            String field = "lines[" + i + "]";
            Document.Line line = invoice.lines().stream()
                    .filter(l -> !l.text().freeText() && l.position() == want.position()).findFirst().orElse(null);
            if (line == null) {
                problems.add(field + ".position", "error.credit-no-such-line", want.position());
                continue;
            }
            Document.Line credit = credit(line, want, credited, lines.size() + 1);
            if (credit == null) {
                problems.add(field, "error.credit-too-much", remaining(line, credited));
                continue;
            }
            lines.add(credit);
            priced.add(credit.priced());
        }
        problems.throwIfAny(BadInputException::new);

        DocumentTotals totals = DocumentTotals.of(priced, CashRounding.NONE, 2);
        List<Document.VatLine> vat = Document.Totals.of(invoice.totals().currency(), totals).vatBreakdown();
        BigDecimal rounding = BigDecimal.ZERO.setScale(2);
        boolean completes = invoice.lines().stream().filter(l -> !l.text().freeText())
                .allMatch(l -> remaining(l, credited)
                .compareTo(lines.stream().filter(c -> c.creditedPosition() == l.position())
                        .map(c -> c.amounts().sumExclVat()).reduce(BigDecimal.ZERO, BigDecimal::add)) == 0);
        if (completes) {
            // The last credit note takes what is left of each rate's VAT and of the cash rounding, so
            // that the invoice is credited to the øre whatever the notes' own rounding did.
            DocumentRepository.Credited before = documents.creditedTotals(invoiceId);
            vat = vat.stream().map(v -> new Document.VatLine(v.rate(), v.base(), invoice.totals().vatBreakdown()
                    .stream()
                    .filter(i -> i.rate().compareTo(v.rate()) == 0).findFirst()
                    .map(i -> i.vat().subtract(before.vat().getOrDefault(v.rate().stripTrailingZeros(),
                            new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO})[1]))
                    .orElse(v.vat()))).toList();
            rounding = invoice.totals().rounding().subtract(before.rounding());
        }
        BigDecimal totalVat = vat.stream().map(Document.VatLine::vat).reduce(BigDecimal.ZERO.setScale(2),
                BigDecimal::add);
        BigDecimal totalInclVat = totals.sumExclVat().add(totalVat).add(rounding);
        LocalDate today = LocalDate.now(clock);
        Document.Dates period = invoice.dates();
        Document note = new Document(0, Document.Type.CREDIT_NOTE, 0, Document.Status.ISSUED,
                new Document.Origin(null, invoice.origin().subscriptionId(), null),
                new Document.Dates(today, null, null, period.periodStart(), period.periodEnd(), period.periodIndex(),
                period.partPeriod()),
                invoice.texts().with(invoice.texts().subject(), request.reason(), invoice.texts().reference()),
                Document.Payment.NONE, new Document.Totals(invoice.totals().currency(), totals.sumExclVat(), totalVat,
                rounding, totalInclVat, vat), invoice.customer(), lines,
                new Document.Print(Layout.GiroFormat.NONE, invoice.print().accountNumber(), invoice.print().iban(),
                invoice.print().bic(), Layout.LineDetail.FULL, invoice.print().fiCreditorNumber(),
                Issuer.of(organisation.get())),
                invoice.delivery().withTexts(null, null),
                new Document.Links(invoice.id(), invoice.number(), null, null), Document.Created.NOT_YET);
        Document saved = documents.saveSingle(note, "credit-note", audit.stamp());
        documents.addCredited(invoiceId, totalInclVat);
        events.publishEvent(DocumentsIssued.of(List.of(saved), held.heldRun(invoice.origin().runId())));
        return documents.find(saved.id()).orElseThrow();
    }

    /**
     * The credit note's line for this invoice line, or null when it asks for more than is left. What
     * is left is counted in money: a quantity credits its share of the line's amount.
     */
    private static Document.Line credit(Document.Line line, LineCredit want, Map<Integer, BigDecimal> credited,
            int position) {
        BigDecimal left = remaining(line, credited);
        BigDecimal sum;
        BigDecimal quantity;
        BigDecimal unitPrice = line.amounts().unitPrice();
        if (want.quantity() != null) {
            quantity = want.quantity();
            sum = line.amounts().quantity().signum() == 0 ? BigDecimal.ZERO : line.amounts().sumExclVat()
                    .multiply(quantity).divide(line.amounts().quantity(), 2, RoundingMode.HALF_UP);
        } else if (want.amount() != null) {
            sum = want.amount().setScale(2, RoundingMode.HALF_UP);
            quantity = BigDecimal.ONE;
            unitPrice = sum;
        } else {
            sum = left;
            quantity = line.amounts().sumExclVat().signum() == 0 ? BigDecimal.ONE : line.amounts().quantity()
                    .multiply(left).divide(line.amounts().sumExclVat(), 4, RoundingMode.HALF_UP);
        }
        if (sum.signum() <= 0 || sum.compareTo(left) > 0) {
            return null;
        }
        BigDecimal vat = Pricing.vat(sum, line.item().vatRate(), 2);
        boolean asPriced = want.amount() == null && sum.compareTo(line.amounts().sumExclVat()) == 0;
        if (!asPriced) {
            unitPrice = sum.divide(quantity, 4, RoundingMode.HALF_UP);
        }
        return new Document.Line(position, Document.Line.Text.of(line.text().name(), line.text().description()),
                line.item(), new Document.Line.Amounts(quantity, unitPrice, line.amounts().costPrice(),
                        asPriced ? line.amounts().percentDiscount() : null,
                        asPriced ? line.amounts().cashDiscount() : null, sum, vat, sum.add(vat)), line.period(),
                line.position());
    }

    private static BigDecimal remaining(Document.Line line, Map<Integer, BigDecimal> credited) {
        return line.amounts().sumExclVat().subtract(credited.getOrDefault(line.position(), BigDecimal.ZERO));
    }
}
