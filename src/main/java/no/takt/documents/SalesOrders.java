package no.takt.documents;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import no.takt.catalog.Product;
import no.takt.catalog.ProductService;
import no.takt.catalog.VatCode;
import no.takt.catalog.VatCodeService;
import no.takt.money.Amounts;
import no.takt.money.CashRounding;
import no.takt.money.DocumentTotals;
import no.takt.money.LineTerms;
import no.takt.money.PricedLine;
import no.takt.money.Pricing;
import no.takt.platform.Address;
import no.takt.organisation.OrganisationService;
import no.takt.platform.audit.AuditLog;
import no.takt.platform.errors.BadInputException;
import no.takt.platform.errors.ConflictException;
import no.takt.platform.errors.FieldProblems;
import no.takt.platform.errors.NotFoundException;
import no.takt.platform.errors.ProblemException;
import no.takt.platform.errors.Problems;
import no.takt.platform.errors.UnprocessableException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sales orders (salgsordre): what a run makes where the subscription says so, or where the customer's
 * addresses are not good enough for an invoice. Until it is invoiced an order can be edited — texts,
 * references, dates, addresses, lines — or cancelled (kept, so the run does not bill its period
 * again). Invoicing makes a new invoice dated that day and numbered in the invoice series in the
 * same transaction (gapless), one order at a time or many; the order then points to it.
 */
@Service
public class SalesOrders {

    private static final String REQUIRED = "jakarta.validation.constraints.NotNull.message";

    /** An order as edited: the whole of what may change (a PUT). */
    public record Edit(@Size(max = 500) String subject, @Size(max = 4000) String orderText,
                       @Size(max = 200) String yourReference, @Size(max = 200) String ourReference,
                       LocalDate deliveryDate, @NotNull LocalDate dueDate,
                       @Email(regexp = ".+@.+\\..+") @Size(max = 254) String email, @Valid Address invoiceAddress,
                       @Valid Address deliveryAddress, @NotEmpty @Valid List<LineEdit> lines) {
    }

    /**
     * A line as edited. A product line needs a quantity, price and VAT code, taken from the product
     * where not given; a free-text line only its name.
     */
    public record LineEdit(Long productId, Boolean freeText, Boolean bold, Boolean italic,
                           @Size(max = 200) String name, @Size(max = 2000) String description, BigDecimal quantity,
                           BigDecimal unitPrice, BigDecimal costPrice,
                           @DecimalMin("0") @DecimalMax("100") BigDecimal percentDiscount, BigDecimal cashDiscount,
                           @Size(max = 10) String vatCode) {
    }

    /** What a bulk invoicing did: the invoices made, and the orders that could not be invoiced and why. */
    public record Invoiced(List<Document> items, List<Failure> failures) {
    }

    public record Failure(long documentId, int status, String detail) {
    }

    private final DocumentRepository documents;
    private final SalesOrderRepository orders;
    private final SalesOrderTerms terms;
    private final ProductService products;
    private final VatCodeService vatCodes;
    private final AuditLog audit;
    private final Issuing issuing;
    private final HeldRuns held;
    private final OrganisationService organisation;
    private final Problems problems;
    private final Clock clock;
    private final TransactionTemplate transaction;

    SalesOrders(DocumentRepository documents, SalesOrderRepository orders, SalesOrderTerms terms,
            ProductService products, VatCodeService vatCodes, AuditLog audit, Issuing issuing,
            HeldRuns held, OrganisationService organisation, Problems problems, Clock clock,
            PlatformTransactionManager transactions) {
        this.documents = documents;
        this.orders = orders;
        this.terms = terms;
        this.products = products;
        this.vatCodes = vatCodes;
        this.audit = audit;
        this.issuing = issuing;
        this.held = held;
        this.organisation = organisation;
        this.problems = problems;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
    }

    public Document edit(long id, Edit edit) {
        return transaction.execute(status -> {
            Document order = open(id);
            Optional<SalesOrderTerms.Terms> s = terms.of(order);
            List<Document.Line> lines = new ArrayList<>();
            List<PricedLine> priced = new ArrayList<>();
            boolean vatFree = s.map(SalesOrderTerms.Terms::vatFree).orElse(false);
            int minor = Amounts.minorUnits(order.totals().currency());
            FieldProblems bad = new FieldProblems();
            for (int i = 0; i < edit.lines().size(); i++) {
                Document.Line line = line(edit.lines().get(i), "lines[" + i + "]", lines.size() + 1, vatFree, minor,
                        bad);
                if (line != null) {
                    lines.add(line);
                    if (!line.text().freeText()) {
                        priced.add(line.priced());
                    }
                }
            }
            bad.check(edit.dueDate() == null || !edit.dueDate().isBefore(order.dates().date()), "dueDate",
                    "error.due-before-date");
            bad.throwIfAny(BadInputException::new);
            DocumentTotals totals = DocumentTotals.of(priced,
                    s.map(SalesOrderTerms.Terms::cashRounding).orElse(CashRounding.NONE), minor);
            Document edited = order.edited(edit, lines, totals);
            orders.update(edited);
            audit.updated("document", id, order, edited);
            return documents.find(id).orElseThrow();
        });
    }

    /** Cancels an open order: it stays, marked CANCELLED, so its period is not billed again. */
    public Document cancel(long id) {
        return transaction.execute(status -> {
            Document order = open(id);
            orders.cancel(id);
            Document cancelled = documents.find(id).orElseThrow();
            audit.updated("document", id, order, cancelled);
            return cancelled;
        });
    }

    /** Turns the open order into an invoice dated today, numbered now; answers the invoice. */
    public Document invoice(long id) {
        return transaction.execute(status -> {
            Document order = open(id);
            Optional<SalesOrderTerms.Terms> s = terms.of(order);
            if (s.isPresent() && !s.get().addresses().allowInvoice(order.customer().invoiceAddress(),
                    order.customer().deliveryAddress())) {
                throw UnprocessableException.field("invoiceAddress", "error.order-address");
            }
            LocalDate today = LocalDate.now(clock);
            long creditDays = order.dates().dueDate() == null ? 0 : ChronoUnit.DAYS.between(order.dates().date(),
                    order.dates().dueDate());
            Document.Delivery d = order.delivery();
            Document.Delivery delivery = s.map(settings -> new Document.Delivery(d.byEmail(), d.senderEmail(),
                    d.senderName(), d.cc(), d.bcc(), settings.emailSubject(), settings.emailText())).orElse(d);
            Draft draft = new Draft(order.asInvoice(today, today.plusDays(creditDays), delivery,
                    Issuer.of(organisation.get())),
                    s.map(SalesOrderTerms.Terms::finishing).orElse(Draft.Finishing.NONE).withoutPeriod());
            Document invoice = issuing.issue(List.of(draft), audit.stamp(),
                    held.heldRun(order.origin().runId())).getFirst();
            orders.invoiced(id, invoice.id());
            audit.created("document", invoice.id(), invoice);
            return documents.find(invoice.id()).orElseThrow();
        });
    }

    /** Invoices each order on its own; one that cannot be invoiced is reported and the rest go on. */
    public Invoiced invoiceAll(List<Long> ids) {
        List<Document> invoices = new ArrayList<>();
        List<Failure> failures = new ArrayList<>();
        for (long id : ids) {
            try {
                invoices.add(invoice(id));
            } catch (ProblemException e) {
                failures.add(new Failure(id, e.status().value(), problems.describe(e)));
            }
        }
        return new Invoiced(invoices, failures);
    }

    /** How many sales orders are still open, waiting to be invoiced. */
    public long openOrderCount() {
        return orders.openOrderCount();
    }

    /** How many of the run's sales orders are still open. */
    public int openOrderCount(long runId) {
        return orders.openOrders(runId).size();
    }

    /** Invoices every open order of the run. */
    public Invoiced invoiceRun(long runId) {
        return invoiceAll(orders.openOrders(runId));
    }

    private Document open(long id) {
        Document.Status status = orders.lock(id, Document.Type.SALES_ORDER).orElseGet(() -> {
            documents.find(id).orElseThrow(() -> new NotFoundException("document", id));
            throw new ConflictException("error.order-only");
        });
        if (status != Document.Status.OPEN) {
            throw new ConflictException("error.order-not-open");
        }
        return documents.find(id).orElseThrow();
    }

    /** The document line for an edited line, priced; null (with the problems noted) when it is not complete. */
    private Document.Line line(LineEdit e, String field, int position, boolean vatFree, int minor, FieldProblems bad) {
        Optional<Product> product = e.productId() == null ? Optional.empty() : products.find(e.productId());
        if (e.productId() != null && product.isEmpty()) {
            bad.add(field + ".productId", "error.unknown-reference", e.productId());
            return null;
        }
        String name = e.name() != null && !e.name().isBlank() ? e.name() : product.map(Product::name).orElse(null);
        if (name == null) {
            bad.add(field + ".name", REQUIRED);
            return null;
        }
        if (Boolean.TRUE.equals(e.freeText())) {
            return Document.Line.freeText(position, new Document.Line.Text(name, e.description(), true,
                    Boolean.TRUE.equals(e.bold()), Boolean.TRUE.equals(e.italic())));
        }
        BigDecimal unitPrice = e.unitPrice() != null ? e.unitPrice() : product.map(Product::unitPrice).orElse(null);
        String vatCode = e.vatCode() != null && !e.vatCode().isBlank() ? e.vatCode()
                : product.map(Product::vatCode).orElse(null);
        Optional<BigDecimal> rate = vatCode == null ? Optional.empty()
                : vatCodes.byCode(vatCode).map(VatCode::rate);
        bad.check(e.quantity() != null, field + ".quantity", REQUIRED);
        bad.check(unitPrice != null, field + ".unitPrice", REQUIRED);
        if (vatCode == null) {
            bad.add(field + ".vatCode", REQUIRED);
        } else {
            bad.check(rate.isPresent(), field + ".vatCode", "error.unknown-vat-code", vatCode);
        }
        if (e.quantity() == null || unitPrice == null || rate.isEmpty()) {
            return null;
        }
        BigDecimal costPrice = e.costPrice() != null ? e.costPrice() : product.map(Product::costPrice).orElse(null);
        PricedLine p = Pricing.line(new LineTerms(e.quantity(), unitPrice, costPrice, e.percentDiscount(),
                e.cashDiscount(), vatFree ? BigDecimal.ZERO : rate.get(), false, false, false, false), minor);
        return new Document.Line(position, Document.Line.Text.of(name, e.description()), new Document.Line.Item(
                e.productId(), vatCode, p.vatRate(), product.map(Product::salesAccount).orElse(null)),
                Document.Line.Amounts.of(p, costPrice), null);
    }

}
