package no.takt.delivery;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import no.takt.billing.Document;
import no.takt.billing.DocumentsIssued;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Queues the deliveries of documents as they are issued, in their transaction: invoices and credit
 * notes whose subscriber is billed by e-mail and whose customer has an address (PRODUCT.md §6: the
 * invoice e-mail, else the default contact's, as copied onto the document).
 */
@Component
class Outbox {

    private final DeliveryRepository deliveries;
    private final Clock clock;

    Outbox(DeliveryRepository deliveries, Clock clock) {
        this.deliveries = deliveries;
        this.clock = clock;
    }

    @EventListener
    void queue(DocumentsIssued issued) {
        List<Object[]> rows = issued.documents().stream()
                .filter(d -> d.type() != Document.Type.SALES_ORDER && d.byEmail() && d.email() != null
                        && !d.email().isBlank())
                .map(d -> new Object[] {d.documentId(), Delivery.Channel.EMAIL.name(), d.email().trim()})
                .toList();
        if (!rows.isEmpty()) {
            deliveries.queue(rows, OffsetDateTime.now(clock));
        }
    }
}
