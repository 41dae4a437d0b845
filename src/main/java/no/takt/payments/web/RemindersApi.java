package no.takt.payments.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import no.takt.payments.RateSettings;
import no.takt.payments.Reminder;
import no.takt.payments.Reminders;
import no.takt.platform.web.Page;
import no.takt.platform.web.PageQuery;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/reminders} and {@code /api/v1/rates}: the reminder run, reminders, holds and the dated rates. */
@RestController
@Tag(name = "Reminders")
class RemindersApi {

    /**
     * A run for a day (default today), for every customer or one; a dry run answers what it would send
     * and writes nothing.
     */
    record RunRequest(LocalDate date, boolean dryRun, Long customerId) {
    }

    private final Reminders reminders;
    private final RateSettings rates;
    private final Clock clock;

    RemindersApi(Reminders reminders, RateSettings rates, Clock clock) {
        this.reminders = reminders;
        this.rates = rates;
        this.clock = clock;
    }

    @Operation(summary = "Run reminders", description = "Reminds every open invoice past due whose next step the"
            + " law of the organisation's country allows on the day (Norway: the first 14 days after the due date,"
            + " the second step after the first deadline; Denmark: three, 10 days apart), with fee, late interest"
            + " and compensation; invoices and customers on hold are left out. Exactly once per invoice and step,"
            + " also run twice. dryRun: what it would send, nothing written. 422 naming a rate the law needs that is"
            + " not known for a day.")
    @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "201", description = "The reminders made")
    @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "200", description = "dryRun: what it would make, nothing written")
    @PostMapping("/api/v1/reminders/runs")
    ResponseEntity<Reminders.Run> run(@RequestBody(required = false) RunRequest request) {
        LocalDate date = request == null || request.date() == null ? LocalDate.now(clock) : request.date();
        Reminders.Run run = reminders.run(date, request != null && request.dryRun(),
                request == null ? null : request.customerId());
        return ResponseEntity.status(run.dryRun() ? HttpStatus.OK : HttpStatus.CREATED).body(run);
    }

    @GetMapping("/api/v1/reminders")
    Page<Reminder> list(@ParameterObject PageQuery query, @RequestParam(required = false) Long customerId,
            @RequestParam(required = false) Long documentId) {
        return reminders.list(customerId, documentId, query);
    }

    @GetMapping("/api/v1/reminders/{id}")
    Reminder get(@PathVariable long id) {
        return reminders.get(id);
    }

    @Operation(summary = "The reminder's PDF", description = "The reminder document's PDF (see documentId).")
    @GetMapping("/api/v1/reminders/{id}/pdf")
    ResponseEntity<Void> pdf(@PathVariable long id) {
        return ResponseEntity.status(HttpStatus.SEE_OTHER)
                .location(URI.create("/api/v1/documents/" + reminders.get(id).documentId() + "/pdf")).build();
    }

    @Operation(summary = "Invoices ready for collection", description = "Reminded to the last step, its deadline"
            + " passed, still open; format=csv for the collection agency.")
    @GetMapping("/api/v1/reminders/collection")
    ResponseEntity<?> collection(@RequestParam(required = false) LocalDate date,
            @RequestParam(required = false) String format) {
        List<Reminder> ready = reminders.readyForCollection(date == null ? LocalDate.now(clock) : date);
        if (!"csv".equalsIgnoreCase(format)) {
            return ResponseEntity.ok(Map.of("items", ready));
        }
        return Csv.download("collection.csv", Csv.collection(ready));
    }

    @Operation(summary = "Put a customer on hold", description = "Disputed: none of the customer's invoices is"
            + " reminded, no fees, until taken off hold.")
    @PostMapping("/api/v1/customers/{id}/hold")
    Map<String, Boolean> hold(@PathVariable long id) {
        reminders.hold(id, true);
        return Map.of("onHold", true);
    }

    @DeleteMapping("/api/v1/customers/{id}/hold")
    Map<String, Boolean> release(@PathVariable long id) {
        reminders.hold(id, false);
        return Map.of("onHold", false);
    }

    @GetMapping("/api/v1/rates")
    Map<String, List<RateSettings.Rate>> rates() {
        return Map.of("items", rates.list());
    }

    @Operation(summary = "Add a dated rate (admin)", description = "In force from validFrom (while it holds: the"
            + " Norwegian late interest and standard compensation for their half-year, the inkassosats for its"
            + " year). Name the source.")
    @PostMapping("/api/v1/rates")
    ResponseEntity<RateSettings.Rate> addRate(@Valid @RequestBody RateSettings.Rate rate) {
        RateSettings.Rate saved = rates.add(rate);
        return ResponseEntity.created(URI.create("/api/v1/rates/" + saved.id())).body(saved);
    }

    @DeleteMapping("/api/v1/rates/{id}")
    ResponseEntity<Void> deleteRate(@PathVariable long id) {
        rates.delete(id);
        return ResponseEntity.noContent().build();
    }
}
