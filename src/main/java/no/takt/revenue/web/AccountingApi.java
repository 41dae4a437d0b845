package no.takt.revenue.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import no.takt.platform.errors.Problems;
import no.takt.platform.web.Exports;
import no.takt.revenue.AccountMapping;
import no.takt.revenue.JournalExport;
import no.takt.revenue.core.Journal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/account-mapping} and {@code /api/v1/exports/journal}: the accounts, and the journal of a period. */
@RestController
@Tag(name = "Reports")
class AccountingApi {

    private final AccountMapping mapping;
    private final JournalExport journal;
    private final no.takt.revenue.SaftExport saft;
    private final Problems messages;

    AccountingApi(AccountMapping mapping, JournalExport journal, no.takt.revenue.SaftExport saft, Problems messages) {
        this.saft = saft;
        this.mapping = mapping;
        this.journal = journal;
        this.messages = messages;
    }

    @Operation(summary = "The organisation's accounts for the journal, by what they hold",
            description = "Defaults from the Norwegian standard chart (NS 4102): receivables 1500, bank 1920, sales"
                    + " 3000 (a line's product account comes first), output VAT 2700 (25 %), 2701 (15 %), 2703 (12 %),"
                    + " deferred revenue 2965, reminder fees 3900, interest 8050, rounding 7770.")
    @GetMapping("/api/v1/account-mapping")
    Map<AccountMapping.Key, String> get() {
        return mapping.get();
    }

    @Operation(summary = "Set accounts (admin)", description = "The keys given are set; blank: back to the standard."
            + " An account is 2–20 digits; 400 at the key otherwise.")
    @PutMapping("/api/v1/account-mapping")
    Map<AccountMapping.Key, String> set(@RequestBody Map<AccountMapping.Key, String> accounts) {
        return mapping.set(accounts);
    }

    /** One posting of an entry: a row of the journal file. */
    record Row(Journal.Entry entry, Journal.Posting posting) {
    }

    @Operation(summary = "The journal of a period as CSV (or Excel)",
            description = "Every invoice and credit note dated from–to, then every payment, then the reminders' fees,"
                    + " compensation and interest, write-offs and refunds, as balanced entries: a row per posting (entry,"
                    + " date, description, account, debit, credit). deferrals=true adds a deferral entry at each month's"
                    + " end inside from–to (the change in deferred revenue per sales account). format=xlsx for Excel.")
    @GetMapping({"/api/v1/exports/journal", "/accounting/journal"})
    void journal(@RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to,
            @RequestParam(required = false) String format, @RequestParam(defaultValue = "false") boolean deferrals,
            jakarta.servlet.http.HttpServletResponse response) throws java.io.IOException {
        Exports.Format as = Exports.Format.of(format);
        journal.check(from, to, deferrals);
        Exports.write(response, as == Exports.Format.XLSX ? as : Exports.Format.CSV, "journal-" + from + "-" + to,
                columns(messages), each -> journal.each(from, to, deferrals, e -> e.postings()
                        .forEach(p -> each.accept(new Row(e, p)))));
    }

    @Operation(summary = "The journal of a period as SAF-T Financial 1.30 XML",
            description = "Skatteetaten's Norwegian schema: the company, the accounts posted to with opening and"
                    + " closing balances, the customers, the VAT codes (standard codes 3, 31, 33, 5) and every invoice,"
                    + " credit note, payment, reminder charge, write-off and refund of from–to (and with deferrals=true"
                    + " the months' deferral entries) as a balanced transaction.")
    @GetMapping(value = {"/api/v1/exports/saft", "/accounting/saft"}, produces = "application/xml")
    void saft(@RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to,
            @RequestParam(defaultValue = "false") boolean deferrals, jakarta.servlet.http.HttpServletResponse response)
            throws java.io.IOException {
        journal.check(from, to, deferrals);
        response.setContentType("application/xml");
        response.setHeader("Content-Disposition", "attachment; filename=\"SAF-T_" + from + "_" + to + ".xml\"");
        saft.write(from, to, deferrals, response.getOutputStream());
    }

    static List<Exports.Column<Row>> columns(Problems m) {
        return List.of(
                new Exports.Column<>(m.message("journal.entry", List.of()), Exports.Kind.TEXT, r -> r.entry().id()),
                new Exports.Column<>(m.message("runs.date", List.of()), Exports.Kind.DATE, r -> r.entry().date()),
                new Exports.Column<>(m.message("field.description", List.of()), Exports.Kind.TEXT,
                        r -> r.entry().description()),
                new Exports.Column<>(m.message("journal.account", List.of()), Exports.Kind.TEXT, r -> r.posting().account()),
                new Exports.Column<>(m.message("journal.debit", List.of()), Exports.Kind.AMOUNT, r -> r.posting().debit()),
                new Exports.Column<>(m.message("journal.credit", List.of()), Exports.Kind.AMOUNT, r -> r.posting().credit()));
    }
}
