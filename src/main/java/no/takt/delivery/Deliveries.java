package no.takt.delivery;

import java.time.Clock;
import java.time.OffsetDateTime;
import no.takt.platform.audit.AuditLog;
import no.takt.platform.errors.ConflictException;
import no.takt.platform.errors.NotFoundException;
import no.takt.platform.web.Page;
import no.takt.platform.web.PageQuery;
import org.springframework.stereotype.Service;

/** The deliveries as people see and handle them: the log, a retry of what was given up on, the print queue. */
@Service
public class Deliveries {

    /** The newest delivery of the print queue's next batch, and how many documents wait in all. */
    public record PrintQueue(long upTo, long waiting) {
    }

    private final DeliveryRepository deliveries;
    private final AuditLog audit;
    private final Clock clock;

    Deliveries(DeliveryRepository deliveries, AuditLog audit, Clock clock) {
        this.deliveries = deliveries;
        this.audit = audit;
        this.clock = clock;
    }

    public Page<Delivery> list(Long documentId, Delivery.Status status, PageQuery query) {
        return deliveries.list(documentId, status, query);
    }

    public Delivery get(long id) {
        return deliveries.find(id).orElseThrow(() -> new NotFoundException("delivery", id));
    }

    /** Tries a FAILED delivery again at once; 409 for any other. */
    public Delivery retry(long id) {
        if (!deliveries.retry(get(id).id(), OffsetDateTime.now(clock))) {
            throw new ConflictException("error.delivery-not-failed");
        }
        return get(id);
    }

    public PrintQueue printQueue() {
        long[] queue = deliveries.printQueueBatch(PrintBatch.QUEUE_BATCH);
        return new PrintQueue(queue[0], queue[1]);
    }

    /** Marks the print queue up to the delivery printed by the current user; answers how many. */
    public int printed(long upTo) {
        return deliveries.printed(upTo, OffsetDateTime.now(clock), audit.stamp().by());
    }
}
