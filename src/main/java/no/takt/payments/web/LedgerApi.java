package no.takt.payments.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
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
    private final no.takt.platform.errors.Problems problems;
    private final Clock clock;

    LedgerApi(Ledger ledger, no.takt.platform.errors.Problems problems, Clock clock) {
        this.ledger = ledger;
        this.problems = problems;
        this.clock = clock;
    }

    @Operation(summary = "The customer's ledger", description = "Every invoice, credit note, payment and refund"
            + " in date order with the running balance; amount positive: the customer owes more.")
    @GetMapping("/api/v1/customers/{id}/ledger")
    org.springframework.http.ResponseEntity<Ledger.Entries> entries(@PathVariable long id,
            @org.springframework.web.bind.annotation.RequestParam(required = false) String format,
            jakarta.servlet.http.HttpServletResponse response) throws java.io.IOException {
        Ledger.Entries entries = ledger.entries(id);
        var m = problems;
        return no.takt.platform.web.Exports.answer(format, response, () -> entries, "ledger-" + id, java.util.List.of(
                new no.takt.platform.web.Exports.Column<Ledger.Entry>(m.message("payments.date", java.util.List.of()),
                        no.takt.platform.web.Exports.Kind.DATE, Ledger.Entry::date),
                new no.takt.platform.web.Exports.Column<Ledger.Entry>(m.message("documents.type", java.util.List.of()),
                        no.takt.platform.web.Exports.Kind.TEXT, e -> m.message("enum.EntryType." + e.type(), java.util.List.of())),
                new no.takt.platform.web.Exports.Column<Ledger.Entry>(m.message("documents.number", java.util.List.of()),
                        no.takt.platform.web.Exports.Kind.INTEGER, Ledger.Entry::documentNumber),
                new no.takt.platform.web.Exports.Column<Ledger.Entry>(m.message("payments.amount", java.util.List.of()),
                        no.takt.platform.web.Exports.Kind.AMOUNT, Ledger.Entry::amount),
                new no.takt.platform.web.Exports.Column<Ledger.Entry>(m.message("ledger.balance", java.util.List.of()),
                        no.takt.platform.web.Exports.Kind.AMOUNT, Ledger.Entry::balance)),
                each -> entries.items().forEach(each));
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

    @Operation(summary = "Write off an invoice", description = "What will not be paid (all that is open, or an"
            + " amount): a WRITE_OFF entry on the ledger; the invoice counts it as settled and is reminded no more."
            + " Answers the customer's balance.")
    @PostMapping("/api/v1/documents/{id}/write-off")
    Ledger.Balance writeOff(@PathVariable long id, @Valid @RequestBody Ledger.NewWriteOff writeOff) {
        return ledger.writeOff(id, writeOff);
    }

    @Operation(summary = "Refunds", description = "Credit paid back to customers; format=csv for the bank.")
    @GetMapping("/api/v1/refunds")
    ResponseEntity<?> refunds(@RequestParam(required = false) Long customerId,
            @RequestParam(required = false) String format) {
        java.util.List<Ledger.Refund> refunds = ledger.refunds(customerId);
        if (!"csv".equalsIgnoreCase(format)) {
            return ResponseEntity.ok(java.util.Map.of("items", refunds));
        }
        return Csv.download("refunds.csv", Csv.refunds(refunds));
    }

    @Operation(summary = "Aged receivables", description = "Every customer's open invoices by days past due on"
            + " asOf (default today): not due, 1–30, 31–60, 61–90, over 90 days; format=xlsx (Excel) or format=csv.")
    @GetMapping("/api/v1/reports/aged-receivables")
    ResponseEntity<?> aged(@RequestParam(required = false) LocalDate asOf,
            @RequestParam(required = false) String format) {
        Ledger.AgedReport report = ledger.aged(asOf == null ? LocalDate.now(clock) : asOf);
        if ("xlsx".equalsIgnoreCase(format)) {
            return ResponseEntity.ok().contentType(MediaType.parseMediaType(AgedWorkbook.CONTENT_TYPE))
                    .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"aged-receivables-" + report.asOf()
                            + ".xlsx\"").body(AgedWorkbook.bytes(report, problems));
        }
        if (!"csv".equalsIgnoreCase(format)) {
            return ResponseEntity.ok(report);
        }
        return Csv.download("aged-receivables-" + report.asOf() + ".csv", Csv.aged(report));
    }
}
