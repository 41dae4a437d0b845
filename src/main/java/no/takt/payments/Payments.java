package no.takt.payments;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.takt.customers.CustomerService;
import no.takt.documents.Receivables;
import no.takt.payments.Payment.Allocation.Kind;
import no.takt.payments.Payment.Allocation.MatchedBy;
import no.takt.payments.core.BankTransaction;
import no.takt.platform.audit.AuditLog;
import no.takt.platform.audit.Stamp;
import no.takt.platform.errors.BadInputException;
import no.takt.platform.errors.ConflictException;
import no.takt.platform.errors.NotFoundException;
import no.takt.platform.web.Page;
import no.takt.platform.web.PageQuery;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Payments (PRODUCT.md §7): registered by hand, listed, and placed by a person — on an invoice, or
 * on a customer as credit — and every placement undone again (kept, marked undone; nothing deleted).
 */
@Service
public class Payments {

    /** A payment entered by hand; placed on the invoice or customer given, else matched by its reference. */
    public record NewPayment(@NotNull LocalDate date, @NotNull @DecimalMin(value = "0",
            inclusive = false) BigDecimal amount,
                             @Pattern(regexp = "[A-Z]{3}") String currency, @Size(max = 40) String reference,
                             @Size(max = 500) String freeText, @Size(max = 200) String payerName,
                             @Size(max = 40) String payerAccount, Long documentId, Long customerId) {
    }

    /** Places what is left of a payment: on an invoice (amount: at most its open amount) or as a customer's credit. */
    public record NewAllocation(Long documentId, Long customerId,
                                @DecimalMin(value = "0", inclusive = false) BigDecimal amount) {
    }

    /** Filters of the payment list; null: any. */
    public record Filter(Payment.Status status, Long customerId, Long documentId, LocalDate from, LocalDate to,
                         Long fileId) {
        public static final Filter NONE = new Filter(null, null, null, null, null, null);
    }

    private final PaymentRepository payments;
    private final ReminderRepository reminders;
    private final Placement placement;
    private final Receivables receivables;
    private final CustomerService customers;
    private final AuditLog audit;

    Payments(PaymentRepository payments, ReminderRepository reminders, Placement placement, Receivables receivables,
            CustomerService customers, AuditLog audit) {
        this.payments = payments;
        this.reminders = reminders;
        this.placement = placement;
        this.receivables = receivables;
        this.customers = customers;
        this.audit = audit;
    }

    public Payment get(long id) {
        return payments.find(id).orElseThrow(() -> new NotFoundException("payment", id));
    }

    /** Every payment the filter selects, with its allocations, in id order, read 500 at a time: for the journal. */
    public void each(Filter f, java.util.function.Consumer<Payment> each) {
        payments.each(repositoryFilter(f), each);
    }

    /** Every payment of the list, in its order, one by one: for a file of all of them. */
    @org.springframework.transaction.annotation.Transactional(readOnly = true)
    public void each(Filter f, PageQuery query, java.util.function.Consumer<Payment> each) {
        payments.each(repositoryFilter(f), query, each);
    }

    public Page<Payment> list(Filter f, PageQuery query) {
        return payments.list(repositoryFilter(f), query);
    }

    private static PaymentRepository.Filter repositoryFilter(Filter f) {
        return new PaymentRepository.Filter(f.status(), f.customerId(), f.documentId(), f.from(), f.to(), f.fileId());
    }

    @Transactional
    public Payment register(NewPayment input) {
        String currency = input.currency() == null ? "NOK" : input.currency();
        if (input.documentId() != null) {
            Receivables.Item invoice = receivables.find(input.documentId())
                    .orElseThrow(() -> BadInputException.field("documentId", "error.payment-no-such-invoice"));
            if (invoice.type() != no.takt.documents.Document.Type.INVOICE) {
                throw BadInputException.field("documentId", "error.payment-no-such-invoice");
            }
            if (!invoice.currency().equals(currency)) {
                throw BadInputException.field("currency", "error.payment-other-currency", invoice.currency());
            }
        }
        if (input.customerId() != null && !customers.exists(input.customerId())) {
            throw BadInputException.field("customerId", "error.payment-no-such-customer");
        }
        Stamp stamp = audit.stamp();
        BankTransaction t = new BankTransaction(null, 0, "MANUAL", input.date(),
                input.amount().setScale(2, RoundingMode.HALF_UP), currency, blankToNull(input.reference()),
                blankToNull(input.freeText()), new BankTransaction.Payer(blankToNull(input.payerName()),
                        blankToNull(input.payerAccount())));
        long id = placement.place(List.of(new Placement.Incoming(Payment.Source.MANUAL, null, t, input.documentId(),
                input.customerId())), stamp).paymentIds().getFirst();
        return get(id);
    }

    /** Places (part of) what is left of a payment, chosen by a person. */
    @Transactional
    public Payment allocate(long paymentId, NewAllocation input) {
        Payment payment = payments.lock(paymentId).orElseThrow(() -> new NotFoundException("payment", paymentId));
        if (payment.status() == Payment.Status.REVERSED || payment.received().amount().signum() < 0) {
            throw new ConflictException("error.payment-reversed");
        }
        BigDecimal left = payment.unallocated();
        if (left.signum() <= 0) {
            throw new ConflictException("error.payment-nothing-left");
        }
        if ((input.documentId() == null) == (input.customerId() == null)) {
            throw BadInputException.field("documentId", "error.payment-allocation-target");
        }
        Stamp stamp = audit.stamp();
        PaymentRepository.NewAllocation allocation;
        if (input.documentId() != null) {
            Receivables.Item invoice = receivables.lock(List.of(input.documentId())).get(input.documentId());
            if (invoice == null || invoice.type() != no.takt.documents.Document.Type.INVOICE) {
                throw BadInputException.field("documentId", "error.payment-no-such-invoice");
            }
            if (!invoice.currency().equals(payment.received().currency())) {
                throw BadInputException.field("documentId", "error.payment-other-currency", invoice.currency());
            }
            BigDecimal amount = input.amount() != null ? input.amount().setScale(2, RoundingMode.HALF_UP)
                    : left.min(invoice.open());
            if (amount.signum() <= 0 || amount.compareTo(invoice.open()) > 0) {
                throw BadInputException.field("amount", "error.payment-more-than-open", invoice.open());
            }
            if (amount.compareTo(left) > 0) {
                throw BadInputException.field("amount", "error.payment-more-than-left", left);
            }
            allocation = new PaymentRepository.NewAllocation(payments.allocationIds(1)[0], paymentId,
                    invoice.customerId(), invoice.documentId(), null, Kind.INVOICE, MatchedBy.MANUAL, amount, stamp);
            receivables.paid(Map.of(invoice.documentId(), amount));
        } else {
            if (!customers.exists(input.customerId())) {
                throw BadInputException.field("customerId", "error.payment-no-such-customer");
            }
            BigDecimal amount = input.amount() != null ? input.amount().setScale(2, RoundingMode.HALF_UP) : left;
            if (amount.compareTo(left) > 0) {
                throw BadInputException.field("amount", "error.payment-more-than-left", left);
            }
            allocation = new PaymentRepository.NewAllocation(payments.allocationIds(1)[0], paymentId,
                    input.customerId(), null, null, Kind.CREDIT, MatchedBy.MANUAL, amount, stamp);
        }
        payments.insert(List.of(), List.of(allocation));
        setLeft(payment, left.subtract(allocation.amount()));
        return get(paymentId);
    }

    /** Undoes a placement: the invoice owes it again (or the credit is gone); the allocation stays, marked undone. */
    @Transactional
    public Payment undo(long paymentId, long allocationId) {
        Payment payment = payments.lock(paymentId).orElseThrow(() -> new NotFoundException("payment", paymentId));
        Payment.Allocation allocation = payment.allocations().stream().filter(a -> a.id() == allocationId).findFirst()
                .orElseThrow(() -> new NotFoundException("allocation", allocationId));
        boolean movedToCredit = allocation.documentId() != null && payment.allocations().stream()
                .anyMatch(a -> a.matchedBy() == MatchedBy.CREDIT && allocation.documentId().equals(a.documentId()));
        if (allocation.matchedBy() == MatchedBy.CREDIT || movedToCredit) {
            // Credit used on an invoice is printed on it: it is reversed by crediting the invoice.
            throw new ConflictException("error.payment-credit-on-invoice");
        }
        if (allocation.kind() == Kind.CREDIT
                && payments.credit(allocation.customerId()).compareTo(allocation.amount()) < 0) {
            throw new ConflictException("error.payment-credit-used");
        }
        if (allocation.documentId() != null) {
            receivables.lock(List.of(allocation.documentId()));
            receivables.paid(Map.of(allocation.documentId(), allocation.amount().negate()));
        }
        if (allocation.reminderId() != null) {
            reminders.chargesPaid(Map.of(allocation.reminderId(), allocation.amount().negate()));
        }
        payments.undo(List.of(allocationId), audit.stamp());
        setLeft(payment, payment.unallocated().add(allocation.amount()));
        return get(paymentId);
    }

    /** Suggestions for an unmatched payment: open invoices of its amount, and customers named like its payer. */
    public Suggestions suggestions(long paymentId) {
        Payment payment = get(paymentId);
        List<Receivables.Item> byAmount = payment.unallocated().signum() > 0
                ? receivables.withOpenAmount(payment.unallocated(), payment.received().payerName(), 10) : List.of();
        return new Suggestions(byAmount, payment.received().payerName() == null ? List.of()
                : customers.list(new PageQuery(0, 5, null, payment.received().payerName()),
                        CustomerService.Filter.NONE).items().stream()
                        .map(c -> new Suggestions.Customer(c.id(), c.customerNumber(), c.name())).toList());
    }

    /** Open invoices whose amount is what is left of the payment, and customers whose name is like the payer's. */
    public record Suggestions(List<Receivables.Item> invoices, List<Customer> customers) {
        public record Customer(long id, long customerNumber, String name) {
        }
    }

    private void setLeft(Payment payment, BigDecimal left) {
        Map<Long, BigDecimal> unallocated = new HashMap<>();
        unallocated.put(payment.id(), left);
        payments.updateStatus(unallocated, Map.of(payment.id(), Payment.status(payment.received().amount(), left)));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
