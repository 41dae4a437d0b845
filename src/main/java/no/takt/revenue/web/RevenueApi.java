package no.takt.revenue.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.YearMonth;
import java.util.List;
import no.takt.platform.errors.Problems;
import no.takt.platform.web.Exports;
import no.takt.revenue.RevenueReports;
import no.takt.revenue.core.RevenueReport;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/reports/revenue}: the revenue report as JSON, CSV or Excel. */
@RestController
@Tag(name = "Reports")
class RevenueApi {

    private final RevenueReports reports;
    private final Problems messages;

    RevenueApi(RevenueReports reports, Problems messages) {
        this.reports = reports;
        this.messages = messages;
    }

    @Operation(summary = "Revenue recognised per month and sales account, with the deferred revenue",
            description = "Each invoice and credit-note line excl. VAT spread over the days of its service period"
                    + " (without one: on its date; a credit note over what is left of its period from its date),"
                    + " to the øre with the rounding remainder in a line's last month. Per month of from–to"
                    + " (YYYY-MM, at most 60 months) and sales account: billed (by document date), recognised,"
                    + " deferredOpening + billed − recognised = deferredClosing; and the waterfall. In the"
                    + " organisation's currency unless currency says otherwise. format=csv or xlsx: the items as a file.")
    @GetMapping("/api/v1/reports/revenue")
    ResponseEntity<RevenueReports.Result> revenue(@RequestParam(required = false) YearMonth from,
            @RequestParam(required = false) YearMonth to, @RequestParam(required = false) String currency,
            @RequestParam(required = false) String format, jakarta.servlet.http.HttpServletResponse response)
            throws java.io.IOException {
        Exports.Format.of(format); // an unknown format is refused before the report is worked out
        RevenueReports.Result result = reports.report(from, to, currency);
        return Exports.answer(format, response, () -> result, "revenue-" + from + "-" + to, columns(messages),
                each -> result.items().forEach(each));
    }

    /** The report's columns, headed in the user's language (the page's downloads use them too). */
    static List<Exports.Column<RevenueReport.Item>> columns(Problems messages) {
        return List.of(
                new Exports.Column<>(messages.message("revenue.month", List.of()), Exports.Kind.MONTH,
                        RevenueReport.Item::month),
                new Exports.Column<>(messages.message("field.salesAccount", List.of()), Exports.Kind.TEXT,
                        RevenueReport.Item::salesAccount),
                new Exports.Column<>(messages.message("revenue.opening", List.of()), Exports.Kind.AMOUNT,
                        RevenueReport.Item::deferredOpening),
                new Exports.Column<>(messages.message("revenue.billed", List.of()), Exports.Kind.AMOUNT,
                        RevenueReport.Item::billed),
                new Exports.Column<>(messages.message("revenue.recognised", List.of()), Exports.Kind.AMOUNT,
                        RevenueReport.Item::recognised),
                new Exports.Column<>(messages.message("revenue.closing", List.of()), Exports.Kind.AMOUNT,
                        RevenueReport.Item::deferredClosing));
    }
}
