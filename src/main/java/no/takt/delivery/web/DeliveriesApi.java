package no.takt.delivery.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.Map;
import no.takt.delivery.Deliveries;
import no.takt.delivery.Delivery;
import no.takt.delivery.DeliverySender;
import no.takt.delivery.PrintBatch;
import no.takt.platform.errors.NotFoundException;
import no.takt.platform.web.Download;
import no.takt.platform.web.Page;
import no.takt.platform.web.PageQuery;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/deliveries}: how documents went out, every attempt, and a retry for those given up on. */
@RestController
@Tag(name = "Deliveries")
class DeliveriesApi {

    private final Deliveries deliveries;
    private final DeliverySender mail;
    private final PrintBatch printBatch;

    DeliveriesApi(Deliveries deliveries, DeliverySender mail, PrintBatch printBatch) {
        this.deliveries = deliveries;
        this.mail = mail;
        this.printBatch = printBatch;
    }

    @Operation(summary = "The run's print batch: its invoices for customers with neither e-mail nor EHF, as one PDF",
            description = "404 when the run has nothing to print.")
    @GetMapping({"/api/v1/billing/runs/{id}/print-batch", "/billing-runs/{id}/print-batch"})
    ResponseEntity<byte[]> printBatch(@PathVariable long id) {
        return Download.inline(MediaType.APPLICATION_PDF, "print-batch-run-" + id + ".pdf").body(printBatch.of(id));
    }

    @Operation(summary = "The print queue: the documents to post not printed yet, as one PDF",
            description = "Oldest first, up to the delivery id upTo (without it: the next 1,000 documents); the header"
                    + " Takt-Print-Up-To says the newest included, to mark printed when the paper is out. 404 when the"
                    + " queue is empty.")
    @GetMapping({"/api/v1/deliveries/print-queue", "/deliveries/print-queue"})
    ResponseEntity<byte[]> printQueue(@RequestParam(required = false) Long upTo) {
        long newest = upTo != null ? upTo : deliveries.printQueue().upTo();
        return Download.inline(MediaType.APPLICATION_PDF, "print-queue-" + newest + ".pdf")
                .header("Takt-Print-Up-To", Long.toString(newest))
                .body(printBatch.queue(newest));
    }

    /** What was printed: the print queue up to this delivery id. */
    record Printed(@NotNull Long upTo) {
    }

    @Operation(summary = "Mark the print queue printed, up to a delivery id", description = "Those deliveries become"
            + " SENT, with who printed them in their log. Answers how many.")
    @PostMapping("/api/v1/deliveries/print-queue/printed")
    Map<String, Integer> printed(@Valid @RequestBody
            Printed printed) {
        return Map.of("printed", deliveries.printed(printed.upTo()));
    }

    @GetMapping("/api/v1/deliveries")
    Page<Delivery> list(@ParameterObject PageQuery query, @RequestParam(required = false) Long documentId,
            @RequestParam(required = false) Delivery.Status status) {
        return deliveries.list(documentId, status, query);
    }

    @GetMapping("/api/v1/documents/{id}/deliveries")
    Page<Delivery> ofDocument(@PathVariable long id, @ParameterObject PageQuery query) {
        return deliveries.list(id, null, query);
    }

    @GetMapping("/api/v1/deliveries/{id}")
    Delivery get(@PathVariable long id) {
        return deliveries.get(id);
    }

    @Operation(summary = "Try a FAILED delivery again at once (409 for any other)")
    @PostMapping("/api/v1/deliveries/{id}/retry")
    Delivery retry(@PathVariable long id) {
        return deliveries.retry(id);
    }

    @Operation(summary = "The mail as written to the outbox folder (when no mail server is configured)")
    @GetMapping({"/api/v1/deliveries/{id}/eml", "/deliveries/{id}/eml"})
    ResponseEntity<byte[]> eml(@PathVariable long id) {
        Delivery delivery = deliveries.get(id);
        byte[] eml = mail.eml(delivery).orElseThrow(() -> new NotFoundException("delivery-file", id));
        return Download.attachment(MediaType.parseMediaType("message/rfc822"), delivery.fileName()).body(eml);
    }
}
