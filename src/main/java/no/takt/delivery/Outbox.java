package no.takt.delivery;

import no.takt.documents.Channel;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import no.takt.documents.Document;
import no.takt.documents.DocumentsIssued;
import no.takt.billing.RunReleased;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Queues the deliveries of documents as they are issued, in their transaction (PRODUCT.md §6): an
 * invoice or credit note goes as EHF when its customer has a Peppol participant id, else by e-mail
 * when its subscriber is billed by e-mail and the customer has an address (the invoice e-mail, else
 * the default contact's, as copied onto the document). The rest is printed: queued as PRINT, for
 * the print queue (and the run's print batch).
 */
@Component
class Outbox {

    /** A printed document's recipient: the post (the address is on the document). */
    static final String PRINT_RECIPIENT = "post";

    private final DeliveryRepository deliveries;
    private final Clock clock;

    Outbox(DeliveryRepository deliveries, Clock clock) {
        this.deliveries = deliveries;
        this.clock = clock;
    }

    @EventListener
    void queue(DocumentsIssued issued) {
        List<DeliveryRepository.Route> rows = issued.documents().stream()
                .filter(d -> d.type() != Document.Type.SALES_ORDER)
                .map(Outbox::route).toList();
        if (!rows.isEmpty()) {
            deliveries.queue(rows, OffsetDateTime.now(clock), issued.heldByRun());
        }
    }

    /** A run that waited for approval is released: what it held is due now. */
    @EventListener
    void release(RunReleased released) {
        deliveries.release(released.runId(), OffsetDateTime.now(clock));
    }

    /** Document, channel and recipient. */
    private static DeliveryRepository.Route route(DocumentsIssued.Issued d) {
        Channel channel = Channel.of(d.type(), d.peppolId(), d.byEmail(), d.email());
        return new DeliveryRepository.Route(d.documentId(), channel, switch (channel) {
            case EHF -> d.peppolId().trim();
            case EMAIL -> d.email().trim();
            case PRINT -> PRINT_RECIPIENT;
        });
    }
}
