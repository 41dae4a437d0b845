package no.takt.billing.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import no.takt.billing.BillingRun;
import no.takt.billing.BillingRunService;
import no.takt.billing.Forecast;
import no.takt.documents.Document;
import no.takt.billing.RunApproval;
import no.takt.billing.core.Skip;
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

/** {@code /api/v1/billing/runs} and {@code /api/v1/billing/forecast}. */
final class BillingApi {

    private BillingApi() {
    }

    /**
     * The forecast as the API answers it: its documents without what only an issued document has
     * (issue 10: these were a fake id 0, number 0 and ISSUED).
     */
    record ForecastAnswer(LocalDate from, LocalDate to,
                          @io.swagger.v3.oas.annotations.media.ArraySchema(schema = @io.swagger.v3.oas.annotations.media.Schema(
                                  implementation = Document.class, description = "A document the runs will make, without"
                                  + " id, number, status, KID or payment state")) List<tools.jackson.databind.node.ObjectNode> items,
                          int page, int size, long totalItems, long totalPages, List<Forecast.SubscriptionTotal> totals,
                          java.math.BigDecimal totalExclVat, java.math.BigDecimal totalInclVat) {
    }

    /** What a document has only once it is issued. */
    static final List<String> ISSUED_ONLY = List.of("id", "number", "status", "runId", "kid", "paymentInfo",
            "openAmount", "paymentStatus", "overdue", "onHold", "prepaidAmount", "creditsDocumentId", "creditsNumber",
            "salesOrderId", "invoiceId", "remindsNumber", "createdAt", "createdBy");

    /** The date to bill for; {@code holdForApproval} overrides the organisation's approval setting. */
    record RunRequest(@NotNull LocalDate date, Boolean holdForApproval) {
    }

    @RestController
    @Tag(name = "Billing runs")
    static class Runs {

        private final BillingRunService service;
        private final Forecast forecast;
        private final RunApproval approval;

        private final tools.jackson.databind.json.JsonMapper json;

        Runs(BillingRunService service, Forecast forecast, RunApproval approval,
                tools.jackson.databind.json.JsonMapper json) {
            this.json = json;
            this.service = service;
            this.forecast = forecast;
            this.approval = approval;
        }

        @Operation(summary = "Run billing for a date (admin)", description = "Bills every period due up to the date"
                + " that is not billed yet, each as its own document, and answers the run when it is done. Running"
                + " again for the same date bills nothing new.")
        @PostMapping("/api/v1/billing/runs")
        ResponseEntity<BillingRun> run(@Valid @RequestBody RunRequest request) {
            BillingRun run = service.run(request.date(), BillingRun.Trigger.MANUAL, request.holdForApproval());
            return ResponseEntity.created(URI.create("/api/v1/billing/runs/" + run.id())).body(run);
        }

        @Operation(summary = "Release a run that waits for approval (admin)", description = "Its documents' e-mail"
                + " and EHF deliveries, held so far, are sent; its print batch can be fetched. 409 unless the run is"
                + " finished (completed, or failed with what it made) and waiting.")
        @PostMapping("/api/v1/billing/runs/{id}/release")
        BillingRun release(@PathVariable long id) {
            return approval.release(id);
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
                description = "The billing run's own calculation, day by day; at most 366 days. The sums cover"
                        + " every document; items are one page of them (page, size), by date and customer;"
                        + " subscriptionId keeps to one subscription.")
        @GetMapping("/api/v1/billing/forecast")
        ForecastAnswer forecast(@RequestParam(required = false) LocalDate from,
                @RequestParam(required = false) LocalDate to, @RequestParam(required = false) Long subscriptionId,
                @ParameterObject PageQuery query) {
            Forecast.Result r = forecast.between(from, to, subscriptionId, query);
            return new ForecastAnswer(r.from(), r.to(), r.items().stream().map(d -> {
                tools.jackson.databind.node.ObjectNode node = json.valueToTree(d);
                node.remove(ISSUED_ONLY);
                return node;
            }).toList(),
                    r.page(), r.size(), r.totalItems(), r.totalPages(), r.totals(), r.totalExclVat(),
                    r.totalInclVat());
        }

        @Operation(summary = "The subscribers the run did not bill, and why")
        @GetMapping("/api/v1/billing/runs/{id}/skips")
        Page<Skip> skips(@PathVariable long id) {
            List<Skip> skips = service.skips(id);
            return Page.of(skips, PageQuery.firstPage(Math.max(1, skips.size())), skips.size());
        }
    }
}
