package no.takt.documents;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import no.takt.platform.audit.Stamp;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issuing drafts as documents (PRODUCT.md §5), for the billing run and whoever else makes them: numbered
 * without gaps, stored, and queued for delivery, all in the caller's transaction — so a document, its
 * number and its delivery exist exactly when that transaction commits.
 */
@Service
public class Issuing {

    private final DocumentRepository documents;
    private final ApplicationEventPublisher events;

    Issuing(DocumentRepository documents, ApplicationEventPublisher events) {
        this.documents = documents;
        this.events = events;
    }

    /**
     * Numbers and stores the drafts and publishes {@link DocumentsIssued}; {@code heldByRun} is the run
     * waiting for approval that holds them back, or null.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<Document> issue(List<Draft> drafts, Stamp stamp, Long heldByRun) {
        if (drafts.isEmpty()) {
            return List.of();
        }
        List<Document> saved = documents.save(drafts, stamp);
        if (!saved.isEmpty()) {
            events.publishEvent(DocumentsIssued.of(saved, heldByRun));
        }
        return saved;
    }

    /** How many documents, and their sum excluding VAT. */
    public record Made(int documents, java.math.BigDecimal totalExclVat) {
    }

    /** What a billing run made, counted from its documents (whatever became of the run itself). */
    public Made madeByRun(long runId) {
        return documents.madeByRun(runId);
    }

    /** What is billed so far for each subscriber's customer, with the documents of the year counted. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Map<BilledState.Key, BilledState> billed(Collection<BilledState.Key> keys, int year) {
        return documents.billed(keys, year);
    }
}
