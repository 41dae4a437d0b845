package no.takt.billing;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import no.takt.platform.errors.NotFoundException;
import no.takt.platform.web.Page;
import no.takt.platform.web.PageQuery;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/billing/runs} and {@code /api/v1/documents}. */
final class BillingApi {

    private BillingApi() {
    }

    /** The date to bill for. */
    record RunRequest(@NotNull LocalDate date) {
    }

    @RestController
    @Tag(name = "Billing runs")
    static class Runs {

        private final BillingRunService service;
        private final Forecast forecast;

        Runs(BillingRunService service, Forecast forecast) {
            this.service = service;
            this.forecast = forecast;
        }

        @Operation(summary = "Run billing for a date (admin)", description = "Bills every period due up to the date"
                + " that is not billed yet, each as its own document, and answers the run when it is done. Running"
                + " again for the same date bills nothing new.")
        @PostMapping("/api/v1/billing/runs")
        ResponseEntity<BillingRun> run(@Valid @RequestBody RunRequest request) {
            BillingRun run = service.run(request.date(), BillingRun.Trigger.MANUAL);
            return ResponseEntity.created(URI.create("/api/v1/billing/runs/" + run.id())).body(run);
        }

        @GetMapping("/api/v1/billing/runs")
        Page<BillingRun> list(@ParameterObject PageQuery query) {
            return service.list(query);
        }

        @GetMapping("/api/v1/billing/runs/{id}")
        BillingRun get(@PathVariable long id) {
            return service.get(id);
        }

        @Operation(summary = "What the runs from one date to another will bill, unsaved and unnumbered",
                description = "The billing run's own calculation, day by day; at most 366 days.")
        @GetMapping("/api/v1/billing/forecast")
        Forecast.Result forecast(@RequestParam(required = false) LocalDate from,
                @RequestParam(required = false) LocalDate to) {
            return forecast.between(from, to);
        }

        @Operation(summary = "The subscribers the run did not bill, and why")
        @GetMapping("/api/v1/billing/runs/{id}/skips")
        Page<Skip> skips(@PathVariable long id) {
            List<Skip> skips = service.skips(id);
            return Page.of(skips, PageQuery.firstPage(Math.max(1, skips.size())), skips.size());
        }
    }

    @RestController
    @Tag(name = "Documents")
    static class Documents {

        private final DocumentRepository documents;
        private final CreditNotes creditNotes;

        Documents(DocumentRepository documents, CreditNotes creditNotes) {
            this.documents = documents;
            this.creditNotes = creditNotes;
        }

        @Operation(summary = "Credit an invoice, in full or by lines", description = "Without lines (or without a"
                + " body) everything not credited yet is credited. A line is credited whole, by a quantity or by an"
                + " amount excl. VAT; never beyond what it billed. Answers the credit note, numbered in its own"
                + " series; the invoice's openAmount goes down. 409 for documents that are not invoices and for"
                + " invoices credited in full already.")
        @PostMapping("/api/v1/documents/{id}/credit-note")
        ResponseEntity<Document> credit(@PathVariable long id,
                @Valid @RequestBody(required = false) CreditNotes.Request request) {
            Document note = creditNotes.credit(id, request == null ? CreditNotes.Request.ALL : request);
            return ResponseEntity.created(URI.create("/api/v1/documents/" + note.id())).body(note);
        }

        @GetMapping("/api/v1/documents")
        Page<Document> list(@ParameterObject PageQuery query, @RequestParam(required = false) Document.Type type,
                @RequestParam(required = false) Long customerId, @RequestParam(required = false) Long subscriptionId,
                @RequestParam(required = false) Long subscriberId, @RequestParam(required = false) Long runId,
                @RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to,
                @RequestParam(required = false) Long creditsDocumentId) {
            return documents.list(new DocumentRepository.Filter(type, customerId, subscriptionId, subscriberId, runId,
                    from, to, creditsDocumentId), query);
        }

        @GetMapping("/api/v1/documents/{id}")
        Document get(@PathVariable long id) {
            return documents.find(id).orElseThrow(() -> new NotFoundException("document", id));
        }
    }
}
