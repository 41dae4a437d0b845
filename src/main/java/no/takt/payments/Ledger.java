package no.takt.payments;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.takt.customers.CustomerService;
import no.takt.documents.Document;
import no.takt.documents.Receivables;
import no.takt.payments.core.Ageing;
import no.takt.platform.audit.AuditLog;
import no.takt.platform.errors.BadInputException;
import no.takt.platform.errors.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The customer ledger (kundereskontro, PRODUCT.md §7): every invoice, credit note, payment and
 * refund of a customer as an entry — and each reminder's interest, fee and compensation — the running
 * balance, what is open, overdue and on credit, and the aged receivables of all customers. The
 * documents are the entries of invoices and credit notes (they are issued once and never change);
 * payments are entered as what is placed on the customer.
 */
@Service
public class Ledger {

    public enum EntryType { INVOICE, CREDIT_NOTE, PAYMENT, REMINDER_FEE, INTEREST, COMPENSATION, REFUND, WRITE_OFF }

    /** One entry: positive, the customer owes more. */
    public record Entry(LocalDate date, EntryType type, Long documentId, Long documentNumber, Long paymentId,
                        Long reminderId, BigDecimal amount, BigDecimal balance) {
    }

    public record Entries(List<Entry> items, BigDecimal balance) {
    }

    /** The balance (the ledger's sum) = open − credit; overdue is the part of open past its due date. */
    public record Balance(BigDecimal balance, BigDecimal open, BigDecimal overdue, BigDecimal credit) {
    }

    /** A refund of credit to the customer (money paid back), entered on the ledger. */
    public record NewRefund(@NotNull LocalDate date,
                            @NotNull @DecimalMin(value = "0", inclusive = false) BigDecimal amount,
                            @Size(max = 40) String toAccount,
                            @Size(max = 500) String note) {
    }

    /** A customer's open items by age, on one day. */
    public record Aged(long customerId, long customerNumber, String customerName, Map<Ageing, BigDecimal> buckets,
                       BigDecimal total) {
    }

    public record AgedReport(LocalDate asOf, List<Aged> items, Map<Ageing, BigDecimal> totals, BigDecimal total) {
    }

    private final Receivables receivables;
    private final PaymentRepository payments;
    private final ReminderRepository reminders;
    private final CustomerService customers;
    private final AuditLog audit;
    private final Clock clock;

    Ledger(Receivables receivables, PaymentRepository payments, ReminderRepository reminders,
            CustomerService customers, AuditLog audit, Clock clock) {
        this.receivables = receivables;
        this.payments = payments;
        this.reminders = reminders;
        this.customers = customers;
        this.audit = audit;
        this.clock = clock;
    }

    /** The customer's ledger, balance and documents, for their page: each read once. */
    public record Statement(Entries entries, Balance balance, List<Receivables.Item> documents) {
    }

    public Statement statement(long customerId) {
        requireCustomer(customerId);
        List<Receivables.Item> documents = receivables.ofCustomer(customerId);
        return new Statement(entries(customerId, documents), balance(customerId, documents), documents);
    }

    public Entries entries(long customerId) {
        requireCustomer(customerId);
        return entries(customerId, receivables.ofCustomer(customerId));
    }

    public Balance balance(long customerId) {
        requireCustomer(customerId);
        return balance(customerId, receivables.ofCustomer(customerId));
    }

    private Entries entries(long customerId, List<Receivables.Item> documents) {
        List<Entry> unsorted = new ArrayList<>();
        for (Receivables.Item d : documents) {
            unsorted.add(new Entry(d.date(), d.type() == Document.Type.INVOICE ? EntryType.INVOICE
                    : EntryType.CREDIT_NOTE, d.documentId(), d.number(), null, null, d.amount(), null));
        }
        for (PaymentRepository.PlacedOnCustomer p : payments.placedOn(customerId)) {
            unsorted.add(new Entry(p.date(), EntryType.PAYMENT, null, null, p.paymentId(), null, p.amount().negate(),
                    null));
        }
        for (Reminder r : reminders.ofCustomer(customerId)) {
            charge(unsorted, r, EntryType.INTEREST, r.interest());
            charge(unsorted, r, EntryType.REMINDER_FEE, r.fee());
            charge(unsorted, r, EntryType.COMPENSATION, r.compensation());
        }
        for (PaymentRepository.WriteOff w : payments.writeOffs(customerId)) {
            unsorted.add(new Entry(w.date(), EntryType.WRITE_OFF, w.documentId(), null, null, null, w.amount().negate(),
                    null));
        }
        for (PaymentRepository.Refund r : payments.refunds(customerId)) {
            unsorted.add(new Entry(r.date(), EntryType.REFUND, null, null, null, null, r.amount(), null));
        }
        unsorted.sort(Comparator.comparing(Entry::date).thenComparing(Entry::type));
        List<Entry> entries = new ArrayList<>(unsorted.size());
        BigDecimal balance = BigDecimal.ZERO.setScale(2);
        for (Entry e : unsorted) {
            balance = balance.add(e.amount());
            entries.add(new Entry(e.date(), e.type(), e.documentId(), e.documentNumber(), e.paymentId(),
                    e.reminderId(), e.amount(), balance));
        }
        return new Entries(entries, balance);
    }

    private static void charge(List<Entry> entries, Reminder r, EntryType type, BigDecimal amount) {
        if (amount.signum() != 0) {
            entries.add(new Entry(r.date(), type, r.documentId(), null, null, r.id(), amount, null));
        }
    }

    private Balance balance(long customerId, List<Receivables.Item> documents) {
        LocalDate today = LocalDate.now(clock);
        BigDecimal open = BigDecimal.ZERO.setScale(2);
        BigDecimal overdue = BigDecimal.ZERO.setScale(2);
        BigDecimal overpaid = BigDecimal.ZERO.setScale(2);
        for (Receivables.Item d : documents) {
            if (d.open().signum() > 0) {
                open = open.add(d.open());
                if (d.dueDate() != null && today.isAfter(d.dueDate())) {
                    overdue = overdue.add(d.open());
                }
            } else {
                overpaid = overpaid.subtract(d.open());
            }
        }
        ReminderRepository.Charges charges = reminders.openChargesOf(customerId, today);
        open = open.add(charges.open());
        overdue = overdue.add(charges.overdue());
        BigDecimal credit = payments.credit(customerId).add(overpaid);
        return new Balance(open.subtract(credit), open, overdue, credit);
    }

    /**
     * A ledger entry that is neither a document nor a payment, for the accounts: a reminder's fee,
     * compensation or interest, a write-off, or a refund (amount positive). {@code sourceId} is the
     * reminder's, write-off's or refund's id; {@code documentId} the reminder or the invoice written off.
     */
    public record Charge(LocalDate date, EntryType type, long sourceId, long customerId, Long documentId,
                         BigDecimal amount) {
    }

    /**
     * Every such entry of the days from one to another, a chunk at a time: the reminders' charges,
     * then write-offs, then refunds, each read a thousand at a time in id order.
     */
    public void eachCharge(LocalDate from, LocalDate to, java.util.function.Consumer<List<Charge>> chunk) {
        reminders.eachBetween(from, to, read -> {
            List<Charge> charges = new ArrayList<>();
            for (Reminder r : read) {
                for (Map.Entry<EntryType, BigDecimal> c : List.of(Map.entry(EntryType.REMINDER_FEE, r.fee()),
                        Map.entry(EntryType.INTEREST, r.interest()), Map.entry(EntryType.COMPENSATION, r.compensation()))) {
                    if (c.getValue().signum() != 0) {
                        charges.add(new Charge(r.date(), c.getKey(), r.id(), r.customerId(), r.documentId(),
                                c.getValue()));
                    }
                }
            }
            chunk.accept(charges);
        });
        payments.eachWriteOffBetween(from, to, read -> chunk.accept(read.stream().map(w -> new Charge(w.date(),
                EntryType.WRITE_OFF, w.id(), w.customerId(), w.documentId(), w.amount())).toList()));
        payments.eachRefundBetween(from, to, read -> chunk.accept(read.stream().map(r -> new Charge(r.date(),
                EntryType.REFUND, r.id(), r.customerId(), null, r.amount())).toList()));
    }

    /** Writes off what is left of an invoice that will not be paid (all of it, or an amount), at most what is open. */
    public record NewWriteOff(@NotNull LocalDate date,
                              @DecimalMin(value = "0", inclusive = false) BigDecimal amount,
                              @Size(max = 500) String note) {
    }

    @Transactional
    public Balance writeOff(long documentId, NewWriteOff writeOff) {
        Receivables.Item invoice = receivables.lockInvoice(documentId);
        BigDecimal amount = writeOff.amount() == null ? invoice.open()
                : writeOff.amount().setScale(2, java.math.RoundingMode.HALF_UP);
        if (amount.signum() <= 0 || amount.compareTo(invoice.open()) > 0) {
            throw BadInputException.field("amount", "error.payment-more-than-open", invoice.open());
        }
        payments.insertWriteOff(invoice.customerId(), documentId, writeOff.date(), amount, writeOff.note(),
                audit.stamp());
        receivables.paid(java.util.Map.of(documentId, amount));
        return balance(invoice.customerId());
    }

    /** Pays credit back to the customer: at most their credit. */
    @Transactional
    public Balance refund(long customerId, NewRefund refund) {
        requireCustomer(customerId);
        payments.lockedCredits(java.util.List.of(customerId));
        BigDecimal credit = payments.credit(customerId);
        if (refund.amount().compareTo(credit) > 0) {
            throw BadInputException.field("amount", "error.refund-more-than-credit", credit);
        }
        payments.insertRefund(customerId, refund.date(), refund.amount().setScale(2, java.math.RoundingMode.HALF_UP),
                "NOK", refund.toAccount(), refund.note(), audit.stamp());
        return balance(customerId);
    }

    /** A refund as listed and exported (for the bank): to whom, when, how much, to which account. */
    public record Refund(long id, long customerId, LocalDate date, BigDecimal amount, String currency,
                         String toAccount, String note) {
    }

    /** Every refund, oldest first (of one customer, or all). */
    public List<Refund> refunds(Long customerId) {
        return payments.refunds(customerId).stream().map(r -> new Refund(r.id(), r.customerId(), r.date(), r.amount(),
                r.currency(), r.toAccount(), r.note())).toList();
    }

    /** Every customer's open invoices by days past due on that day, and the totals. */
    public AgedReport aged(LocalDate asOf) {
        Map<Long, Aged> rows = new LinkedHashMap<>();
        Map<Ageing, BigDecimal> totals = zero();
        receivables.eachOpen(item -> {
            if (item.open().signum() <= 0) {
                return;
            }
            Aged row = rows.computeIfAbsent(item.customerId(), id -> new Aged(id, item.customerNumber(),
                    item.customerName(), zero(), BigDecimal.ZERO));
            Ageing bucket = Ageing.of(item.dueDate(), asOf);
            row.buckets().merge(bucket, item.open(), BigDecimal::add);
            totals.merge(bucket, item.open(), BigDecimal::add);
        });
        List<Aged> items = rows.values().stream().map(r -> new Aged(r.customerId(), r.customerNumber(),
                r.customerName(), r.buckets(), sum(r.buckets()))).sorted(Comparator.comparing(Aged::total).reversed()
                .thenComparing(Aged::customerNumber)).toList();
        return new AgedReport(asOf, items, totals, sum(totals));
    }

    private static Map<Ageing, BigDecimal> zero() {
        Map<Ageing, BigDecimal> buckets = new EnumMap<>(Ageing.class);
        for (Ageing a : Ageing.values()) {
            buckets.put(a, BigDecimal.ZERO.setScale(2));
        }
        return buckets;
    }

    private static BigDecimal sum(Map<Ageing, BigDecimal> buckets) {
        return buckets.values().stream().reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }

    private void requireCustomer(long customerId) {
        if (!customers.exists(customerId)) {
            throw new NotFoundException("customer", customerId);
        }
    }
}
