package no.takt.documents;

import java.util.List;

/**
 * Published inside the transaction that writes documents (a run's chunk, a credit note, an invoiced
 * sales order), so that what the listeners record about them commits or rolls back with them: the
 * delivery outbox, and the customer's credit used on a new invoice.
 *
 * @param heldByRun the run waiting for approval that holds these documents back, or null
 */
public record DocumentsIssued(List<Issued> documents, Long heldByRun) {

    /** A document as its delivery needs to know it. */
    public record Issued(long documentId, Document.Type type, String email, String peppolId, boolean byEmail,
                         long customerId, String currency, java.math.BigDecimal totalInclVat, Long creditsDocumentId) {

        static Issued of(Document d) {
            return new Issued(d.id(), d.type(), d.customer().email(), d.customer().peppolId(), d.delivery().byEmail(),
                    d.customer().customerId(), d.totals().currency(), d.totals().totalInclVat(),
                    d.links().creditsDocumentId());
        }
    }

    static DocumentsIssued of(List<Document> documents, Long heldByRun) {
        return new DocumentsIssued(documents.stream().map(Issued::of).toList(), heldByRun);
    }
}
