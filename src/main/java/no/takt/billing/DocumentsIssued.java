package no.takt.billing;

import java.util.List;

/**
 * Published inside the transaction that writes documents (a run's chunk, a credit note), so that
 * what the listeners record about them commits or rolls back with them: the delivery outbox.
 */
public record DocumentsIssued(List<Issued> documents) {

    /** A document as its delivery needs to know it. */
    public record Issued(long documentId, Document.Type type, String email, String peppolId, boolean byEmail) {

        static Issued of(Document d) {
            return new Issued(d.id(), d.type(), d.email(), d.peppolId(), d.delivery().byEmail());
        }
    }

    static DocumentsIssued of(List<Document> documents) {
        return new DocumentsIssued(documents.stream().map(Issued::of).toList());
    }
}
