package no.takt.payments.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import no.takt.payments.Ledger;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The customer ledger and balance, refunds, and the aged receivables. */
@RestController
@Tag(name = "Receivables")
class LedgerApi {

    private final Ledger ledger;
    private final Clock clock;

    LedgerApi(Ledger ledger, Clock clock) {
        this.ledger = ledger;
        this.clock = clock;
    }

    @Operation(summary = "The customer's ledger", description = "Every invoice, credit note, payment and refund"
            + " in date order with the running balance; amount positive: the customer owes more.")
    @GetMapping("/api/v1/customers/{id}/ledger")
    Ledger.Entries entries(@PathVariable long id) {
        return ledger.entries(id);
    }

    @Operation(summary = "The customer's balance", description = "balance = open − credit; overdue is the part of"
            + " open past its due date; credit is payments booked as credit (less refunds) and overpaid invoices.")
    @GetMapping("/api/v1/customers/{id}/balance")
    Ledger.Balance balance(@PathVariable long id) {
        return ledger.balance(id);
    }

    @Operation(summary = "Refund credit to the customer", description = "At most the customer's credit; entered on"
            + " the ledger as REFUND.")
    @PostMapping("/api/v1/customers/{id}/refunds")
    Ledger.Balance refund(@PathVariable long id, @Valid @RequestBody Ledger.NewRefund refund) {
        return ledger.refund(id, refund);
    }

    @Operation(summary = "Aged receivables", description = "Every customer's open invoices by days past due on"
            + " asOf (default today): not due, 1–30, 31–60, 61–90, over 90 days; format=csv for a spreadsheet.")
    @GetMapping("/api/v1/reports/aged-receivables")
    ResponseEntity<?> aged(@RequestParam(required = false) LocalDate asOf,
            @RequestParam(required = false) String format) {
        Ledger.AgedReport report = ledger.aged(asOf == null ? LocalDate.now(clock) : asOf);
        if (!"csv".equalsIgnoreCase(format)) {
            return ResponseEntity.ok(report);
        }
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"aged-receivables-" + report.asOf()
                        + ".csv\"").body(Csv.aged(report));
    }
}
