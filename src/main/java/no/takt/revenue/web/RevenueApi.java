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
    private final no.takt.revenue.MrrReports mrr;
    private final Problems messages;

    RevenueApi(RevenueReports reports, no.takt.revenue.MrrReports mrr, Problems messages) {
        this.reports = reports;
        this.mrr = mrr;
        this.messages = messages;
    }

    @Operation(summary = "Monthly recurring revenue, its movements, active subscribers and churn",
            description = "Per month of from–to (YYYY-MM, at most 60 months): mrr (each subscriber's recurring amount"
                    + " excl. VAT of the invoice covering the month's last day, one-time lines left out, made monthly by"
                    + " the subscription's frequency: yearly ÷ 12, quarterly ÷ 3, weekly × 52 ÷ 12, daily × 365 ÷ 12;"
                    + " a part period by its days), arr = 12 × mrr, newMrr, expansionMrr, contractionMrr, churnedMrr"
                    + " against the month before, activeSubscribers, churnRate (churned ÷ active at the start)."
                    + " subscriptionId: of one subscription. format=csv or xlsx: as a file.")
    @GetMapping({"/api/v1/reports/mrr", "/revenue/mrr-export"})
    ResponseEntity<no.takt.revenue.MrrReports.Result> mrr(@RequestParam(required = false) YearMonth from,
            @RequestParam(required = false) YearMonth to, @RequestParam(required = false) Long subscriptionId,
            @RequestParam(required = false) String format, jakarta.servlet.http.HttpServletResponse response)
            throws java.io.IOException {
        Exports.Format.of(format); // an unknown format is refused before the report is worked out
        no.takt.revenue.MrrReports.Result result = mrr.report(from, to, subscriptionId);
        return Exports.answer(format, response, () -> result, "mrr-" + from + "-" + to, mrrColumns(messages),
                each -> result.items().forEach(each));
    }

    static List<Exports.Column<no.takt.revenue.core.Mrr.Item>> mrrColumns(Problems m) {
        return List.of(
                new Exports.Column<>(m.message("revenue.month", List.of()), Exports.Kind.MONTH,
                        no.takt.revenue.core.Mrr.Item::month),
                new Exports.Column<>("MRR", Exports.Kind.AMOUNT, no.takt.revenue.core.Mrr.Item::mrr),
                new Exports.Column<>("ARR", Exports.Kind.AMOUNT, no.takt.revenue.core.Mrr.Item::arr),
                new Exports.Column<>(m.message("mrr.new", List.of()), Exports.Kind.AMOUNT,
                        no.takt.revenue.core.Mrr.Item::newMrr),
                new Exports.Column<>(m.message("mrr.expansion", List.of()), Exports.Kind.AMOUNT,
                        no.takt.revenue.core.Mrr.Item::expansionMrr),
                new Exports.Column<>(m.message("mrr.contraction", List.of()), Exports.Kind.AMOUNT,
                        no.takt.revenue.core.Mrr.Item::contractionMrr),
                new Exports.Column<>(m.message("mrr.churned", List.of()), Exports.Kind.AMOUNT,
                        no.takt.revenue.core.Mrr.Item::churnedMrr),
                new Exports.Column<>(m.message("mrr.active", List.of()), Exports.Kind.INTEGER,
                        no.takt.revenue.core.Mrr.Item::activeSubscribers),
                new Exports.Column<>(m.message("mrr.churn-rate", List.of()), Exports.Kind.AMOUNT,
                        no.takt.revenue.core.Mrr.Item::churnRate));
    }

    @Operation(summary = "Revenue recognised per month and sales account, with the deferred revenue",
            description = "Each invoice and credit-note line excl. VAT spread over the days of its service period"
                    + " (without one: on its date; a credit note over what is left of its period from its date),"
                    + " to the øre with the rounding remainder in a line's last month. Per month of from–to"
                    + " (YYYY-MM, at most 60 months) and sales account: billed (by document date), recognised,"
                    + " deferredOpening + billed − recognised = deferredClosing; and the waterfall. In the"
                    + " organisation's currency unless currency says otherwise. format=csv or xlsx: the items as a file.")
    @GetMapping({"/api/v1/reports/revenue", "/revenue/export"})
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
