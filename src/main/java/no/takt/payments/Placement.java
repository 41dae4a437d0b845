package no.takt.payments;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.takt.documents.Receivables;
import no.takt.payments.Payment.Allocation.Kind;
import no.takt.payments.Payment.Allocation.MatchedBy;
import no.takt.payments.core.BankTransaction;
import no.takt.payments.core.References;
import no.takt.payments.core.Spread;
import no.takt.platform.audit.Stamp;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Places payments received, many at once (a bank file) or one (by hand): each is matched by KID, FI
 * payment id, or an invoice number in its free text, in that order (PRODUCT.md §7), and spread over
 * what it matched; a reversal takes back the payment it reverses. The invoices touched are locked
 * first, so what is open is read and changed by one transaction at a time; everything is written in
 * batches: the payments, their allocations, and what each invoice is paid.
 */
@Component
class Placement {

    /** A payment to place: what the bank (or the user) said, and where a user wants it placed. */
    record Incoming(Payment.Source source, Long fileId, BankTransaction transaction, Long documentId,
                    Long customerId) {
    }

    /** What was placed: the new payments' ids, how many matched something, how many wait for a person. */
    record Placed(List<Long> paymentIds, int matched, int unmatched) {
    }

    private final Receivables receivables;
    private final PaymentRepository payments;
    private final ReminderRepository reminders;

    Placement(Receivables receivables, PaymentRepository payments, ReminderRepository reminders) {
        this.receivables = receivables;
        this.payments = payments;
        this.reminders = reminders;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    Placed place(List<Incoming> incoming, Stamp stamp) {
        List<References> references = incoming.stream().map(i -> i.documentId() != null || i.customerId() != null
                ? References.NONE : References.of(i.transaction().kid(), i.transaction().freeText())).toList();
        Set<String> kids = new HashSet<>();
        Set<Long> numbers = new HashSet<>();
        Set<Long> documentIds = new HashSet<>();
        Set<String> reversalKeys = new HashSet<>();
        for (int i = 0; i < incoming.size(); i++) {
            References r = references.get(i);
            if (incoming.get(i).transaction().reversal()) {
                if (incoming.get(i).transaction().kid() != null) {
                    reversalKeys.add(reversalKey(incoming.get(i).transaction().kid(),
                            incoming.get(i).transaction().amount().negate()));
                }
                continue;
            }
            if (r.kid() != null) {
                kids.add(r.kid());
            }
            if (r.fiInvoiceNumber() != null) {
                numbers.add(r.fiInvoiceNumber());
            }
            if (r.kidAsFi() != null) {
                numbers.add(r.kidAsFi());
            }
            numbers.addAll(r.invoiceNumbers());
            if (incoming.get(i).documentId() != null) {
                documentIds.add(incoming.get(i).documentId());
            }
        }
        Map<Long, List<Receivables.Item>> byCustomer = new HashMap<>();
        incoming.stream().filter(i -> i.documentId() == null && i.customerId() != null).map(Incoming::customerId)
                .distinct().forEach(c -> byCustomer.put(c, receivables.lockOpen(c)));
        Map<String, List<Receivables.Item>> byKid = receivables.lockByKid(kids);
        Map<Long, Receivables.Item> byNumber = receivables.lockByNumber(numbers);
        Map<Long, Receivables.Item> byId = receivables.lock(documentIds);
        Map<String, List<Long>> reversible = reversalKeys.isEmpty() ? Map.of() : payments.reversible(reversalKeys);

        Set<Long> matchable = new HashSet<>(byId.keySet());
        byKid.values().forEach(items -> items.forEach(i -> matchable.add(i.documentId())));
        byNumber.values().forEach(i -> matchable.add(i.documentId()));
        byCustomer.values().forEach(items -> items.forEach(i -> matchable.add(i.documentId())));
        Map<Long, List<ReminderRepository.OpenCharges>> charges = reminders.openCharges(matchable);
        Map<Long, BigDecimal> open = new HashMap<>();
        Map<Long, BigDecimal> paid = new HashMap<>();
        Map<Long, BigDecimal> chargesOpen = new HashMap<>();
        Map<Long, BigDecimal> chargesPaid = new HashMap<>();
        long[] paymentIds = payments.paymentIds(incoming.size());
        List<PaymentRepository.NewPayment> newPayments = new ArrayList<>();
        List<PaymentRepository.NewAllocation> allocations = new ArrayList<>();
        Map<String, List<Long>> reversibleInFile = new HashMap<>();
        Set<Long> reversed = new HashSet<>();
        int matched = 0;
        for (int i = 0; i < incoming.size(); i++) {
            Incoming in = incoming.get(i);
            BankTransaction t = in.transaction();
            long id = paymentIds[i];
            BigDecimal unallocated = t.amount();
            Long reverses = null;
            if (t.reversal()) {
                String key = t.kid() == null ? null : reversalKey(t.kid(), t.amount().negate());
                reverses = key == null ? null : takeFirst(reversibleInFile.get(key), reversed);
                if (reverses == null && key != null) {
                    reverses = takeFirst(reversible.get(key), reversed);
                }
                if (reverses != null) {
                    reversed.add(reverses);
                    unallocated = BigDecimal.ZERO.setScale(2);
                }
            } else {
                Match match = in.customerId() != null && in.documentId() == null
                        ? new Match(byCustomer.get(in.customerId()), MatchedBy.MANUAL)
                        : match(in, references.get(i), byKid, byNumber, byId);
                MatchedBy by = match.by();
                List<Receivables.Item> sameCurrency = match.items().stream()
                        .filter(item -> item.currency().equals(t.currency())).toList();
                Long customer = in.customerId() != null ? in.customerId()
                        : sameCurrency.isEmpty() ? null : sameCurrency.getFirst().customerId();
                if (customer != null) {
                    Spread.Result spread = Spread.of(t.amount(), sameCurrency.stream().map(item -> new Spread.Open(
                            item.documentId(), open.computeIfAbsent(item.documentId(), k -> item.open()))).toList());
                    for (Spread.Part part : spread.parts()) {
                        open.merge(part.id(), part.amount().negate(), BigDecimal::add);
                        paid.merge(part.id(), part.amount(), BigDecimal::add);
                        allocations.add(new PaymentRepository.NewAllocation(0, id, customer, part.id(), null,
                                Kind.INVOICE, by, part.amount(), stamp));
                    }
                    // What is over pays the reminders' charges of these invoices, then is the customer's credit.
                    Spread.Result fees = Spread.of(spread.credit(), sameCurrency.stream()
                            .flatMap(item -> charges.getOrDefault(item.documentId(), List.of()).stream())
                            .map(c -> new Spread.Open(c.reminderId(), chargesOpen.computeIfAbsent(c.reminderId(),
                                    k -> c.open()))).toList());
                    for (Spread.Part part : fees.parts()) {
                        chargesOpen.merge(part.id(), part.amount().negate(), BigDecimal::add);
                        chargesPaid.merge(part.id(), part.amount(), BigDecimal::add);
                        allocations.add(new PaymentRepository.NewAllocation(0, id, customer, null, part.id(),
                                Kind.REMINDER, by, part.amount(), stamp));
                    }
                    if (fees.credit().signum() > 0) {
                        allocations.add(new PaymentRepository.NewAllocation(0, id, customer, null, null, Kind.CREDIT,
                                by,
                                fees.credit(), stamp));
                    }
                    unallocated = BigDecimal.ZERO.setScale(2);
                }
                if (t.kid() != null) {
                    reversibleInFile.computeIfAbsent(reversalKey(t.kid(), t.amount()), k -> new ArrayList<>()).add(id);
                }
            }
            if (unallocated.signum() == 0) {
                matched++;
            }
            newPayments.add(new PaymentRepository.NewPayment(id, Payment.status(t.amount(), unallocated), in.source(),
                    new Payment.Received(t.date(), t.amount(), t.currency(),
                    t.kid(), t.freeText(), t.payer().name(), t.payer().account()), unallocated,
                    new Payment.Origin(in.fileId(), t.bankReference(), reverses), stamp));
        }
        long[] allocationIds = payments.allocationIds(allocations.size());
        List<PaymentRepository.NewAllocation> numbered = new ArrayList<>(allocations.size());
        for (PaymentRepository.NewAllocation a : allocations) {
            numbered.add(new PaymentRepository.NewAllocation(allocationIds[numbered.size()], a.paymentId(), a.customerId(),
                    a.documentId(), a.reminderId(), a.kind(), a.matchedBy(), a.amount(), stamp));
        }
        payments.insert(newPayments, numbered);
        receivables.paid(paid);
        reminders.chargesPaid(chargesPaid);
        reverse(reversed, newPayments, stamp);
        return new Placed(newPayments.stream().map(PaymentRepository.NewPayment::id).toList(), matched,
                incoming.size() - matched);
    }

    /**
     * Takes the reversed payments back: their allocations are undone (kept, marked), the invoices
     * owe again what they covered, and each is REVERSED.
     */
    private void reverse(Set<Long> reversed, List<PaymentRepository.NewPayment> written, Stamp stamp) {
        if (reversed.isEmpty()) {
            return;
        }
        List<Payment.Allocation> undone = payments.activeAllocations(reversed);
        Map<Long, BigDecimal> paid = new HashMap<>();
        Map<Long, BigDecimal> charges = new HashMap<>();
        undone.stream().filter(a -> a.documentId() != null)
                .forEach(a -> paid.merge(a.documentId(), a.amount().negate(), BigDecimal::add));
        undone.stream().filter(a -> a.reminderId() != null)
                .forEach(a -> charges.merge(a.reminderId(), a.amount().negate(), BigDecimal::add));
        receivables.lock(paid.keySet());
        receivables.paid(paid);
        reminders.chargesPaid(charges);
        payments.undo(undone.stream().map(Payment.Allocation::id).toList(), stamp);
        Map<Long, BigDecimal> unallocated = new HashMap<>();
        Map<Long, Payment.Status> status = new HashMap<>();
        reversed.forEach(id -> {
            unallocated.put(id, BigDecimal.ZERO.setScale(2));
            status.put(id, Payment.Status.REVERSED);
        });
        payments.updateStatus(unallocated, status);
    }

    /** The invoices a payment matched, and by what. */
    private record Match(List<Receivables.Item> items, MatchedBy by) {
    }

    private static Match match(Incoming in, References r, Map<String, List<Receivables.Item>> byKid,
            Map<Long, Receivables.Item> byNumber, Map<Long, Receivables.Item> byId) {
        if (in.documentId() != null) {
            Receivables.Item item = byId.get(in.documentId());
            return new Match(item == null ? List.of() : List.of(item), MatchedBy.MANUAL);
        }
        if (r.kid() != null && byKid.containsKey(r.kid())) {
            return new Match(byKid.get(r.kid()), MatchedBy.KID);
        }
        Long fi = r.fiInvoiceNumber() != null ? r.fiInvoiceNumber() : r.kidAsFi();
        if (fi != null && byNumber.containsKey(fi)) {
            return new Match(List.of(byNumber.get(fi)), MatchedBy.FI_PAYMENT_ID);
        }
        List<Receivables.Item> named = new ArrayList<>();
        for (Long number : r.invoiceNumbers()) {
            if (byNumber.containsKey(number)) {
                named.add(byNumber.get(number));
            }
        }
        // Invoice numbers of two customers in one text: nobody can tell whose payment it is.
        boolean oneCustomer = named.stream().map(Receivables.Item::customerId).distinct().count() <= 1;
        return new Match(oneCustomer ? named : List.of(), MatchedBy.INVOICE_NUMBER);
    }

    private static Long takeFirst(List<Long> candidates, Set<Long> taken) {
        if (candidates == null) {
            return null;
        }
        return candidates.stream().filter(c -> !taken.contains(c)).findFirst().orElse(null);
    }

    private static String reversalKey(String kid, BigDecimal amount) {
        return kid + ":" + amount.stripTrailingZeros().toPlainString();
    }
}
