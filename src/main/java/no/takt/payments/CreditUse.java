package no.takt.payments;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.takt.documents.Document;
import no.takt.documents.DocumentsIssued;
import no.takt.documents.Receivables;
import no.takt.payments.Payment.Allocation.Kind;
import no.takt.payments.Payment.Allocation.MatchedBy;
import no.takt.platform.audit.AuditLog;
import no.takt.platform.audit.Stamp;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A customer's credit (PRODUCT.md §7), in the transaction that issues a document. A credit note that
 * credits more than is left to pay of a paid invoice turns the excess of its payments into the
 * customer's credit (a negative INVOICE and a positive CREDIT allocation), so the invoice owes
 * nothing and is not overpaid. Credit left on a customer is used on their next invoice when it is issued: the payments that brought the credit move that much from credit onto the invoice (a
 * negative CREDIT and a positive INVOICE allocation of the same payment, both matched by CREDIT), and
 * the invoice keeps it as its prepaid amount, printed on it and sent as the EHF PrepaidAmount. A run's
 * chunk asks once for all its customers' credit.
 */
@Component
class CreditUse {

    private final PaymentRepository payments;
    private final Receivables receivables;
    private final AuditLog audit;

    CreditUse(PaymentRepository payments, Receivables receivables, AuditLog audit) {
        this.payments = payments;
        this.receivables = receivables;
        this.audit = audit;
    }

    @EventListener
    void creditNotes(DocumentsIssued issued) {
        Stamp stamp = null;
        for (DocumentsIssued.Issued note : issued.documents()) {
            if (note.type() != Document.Type.CREDIT_NOTE || note.creditsDocumentId() == null) {
                continue;
            }
            Receivables.Item invoice = receivables.lockInvoice(note.creditsDocumentId());
            BigDecimal excess = invoice.open().negate();
            if (excess.signum() <= 0) {
                continue;
            }
            stamp = stamp == null ? audit.stamp() : stamp;
            List<PaymentRepository.NewAllocation> moves = new ArrayList<>();
            for (Payment.Allocation paid : payments.paidOn(invoice.documentId())) {
                if (excess.signum() <= 0) {
                    break;
                }
                BigDecimal take = paid.amount().min(excess);
                excess = excess.subtract(take);
                moves.add(new PaymentRepository.NewAllocation(0, paid.paymentId(), invoice.customerId(),
                        invoice.documentId(), null, Kind.INVOICE, MatchedBy.CREDIT, take.negate(), stamp));
                moves.add(new PaymentRepository.NewAllocation(0, paid.paymentId(), invoice.customerId(), null, null,
                        Kind.CREDIT, MatchedBy.CREDIT, take, stamp));
            }
            BigDecimal moved = invoice.open().negate().subtract(excess);
            write(moves, stamp);
            receivables.paid(Map.of(invoice.documentId(), moved.negate()));
        }
    }

    @EventListener
    void use(DocumentsIssued issued) {
        List<DocumentsIssued.Issued> invoices = issued.documents().stream()
                .filter(d -> d.type() == Document.Type.INVOICE && d.totalInclVat().signum() > 0).toList();
        if (invoices.isEmpty()) {
            return;
        }
        Map<Long, List<PaymentRepository.Credit>> credit = payments.lockedCredits(invoices.stream()
                .map(DocumentsIssued.Issued::customerId).distinct().toList());
        if (credit.isEmpty()) {
            return;
        }
        Stamp stamp = audit.stamp();
        List<PaymentRepository.NewAllocation> moves = new ArrayList<>();
        Map<Long, BigDecimal> prepaid = new HashMap<>();
        for (DocumentsIssued.Issued invoice : invoices) {
            BigDecimal due = invoice.totalInclVat();
            for (PaymentRepository.Credit c : credit.getOrDefault(invoice.customerId(), List.of())) {
                if (due.signum() <= 0) {
                    break;
                }
                if (c.left().signum() <= 0 || !c.currency().equals(invoice.currency())) {
                    continue;
                }
                BigDecimal take = c.left().min(due);
                c.take(take);
                due = due.subtract(take);
                prepaid.merge(invoice.documentId(), take, BigDecimal::add);
                moves.add(new PaymentRepository.NewAllocation(0, c.paymentId(), invoice.customerId(), null, null,
                        Kind.CREDIT, MatchedBy.CREDIT, take.negate(), stamp));
                moves.add(new PaymentRepository.NewAllocation(0, c.paymentId(), invoice.customerId(),
                        invoice.documentId(), null, Kind.INVOICE, MatchedBy.CREDIT, take, stamp));
            }
        }
        if (moves.isEmpty()) {
            return;
        }
        write(moves, stamp);
        receivables.prepaid(prepaid);
    }

    private void write(List<PaymentRepository.NewAllocation> moves, Stamp stamp) {
        if (moves.isEmpty()) {
            return;
        }
        long[] ids = payments.allocationIds(moves.size());
        List<PaymentRepository.NewAllocation> numbered = new ArrayList<>(moves.size());
        for (PaymentRepository.NewAllocation a : moves) {
            numbered.add(new PaymentRepository.NewAllocation(ids[numbered.size()], a.paymentId(), a.customerId(), a.documentId(), null,
                    a.kind(), a.matchedBy(), a.amount(), stamp));
        }
        payments.insert(List.of(), numbered);
    }
}
