package no.takt.revenue.web;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.takt.platform.web.Charts;
import no.takt.platform.web.Forms;
import no.takt.revenue.RevenueReports;
import no.takt.revenue.core.RevenueReport;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The revenue page ("Inntekter"): the months chosen (the last twelve by default), a chart of billed
 * and recognised per month, the table per month and sales account with the deferred revenue, the
 * waterfall, and the report as CSV or Excel; then the MRR of the same months with its movements
 * (the downloads are {@link RevenueApi}'s).
 */
@Controller
class RevenuePages {

    private final RevenueReports reports;
    private final no.takt.revenue.MrrReports mrr;
    private final Forms forms;
    private final Clock clock;

    RevenuePages(RevenueReports reports, no.takt.revenue.MrrReports mrr, Forms forms, Clock clock) {
        this.reports = reports;
        this.mrr = mrr;
        this.forms = forms;
        this.clock = clock;
    }

    /** The form's fields: the first and last month, and the currency (empty: the organisation's). */
    record RevenueForm(YearMonth from, YearMonth to, String currency) {
    }

    /** A month of the page: its sums over the accounts, and its bars' heights. */
    record Month(YearMonth month, BigDecimal billed, BigDecimal recognised, BigDecimal deferredClosing,
                 int billedHeight, int recognisedHeight) {
    }

    @GetMapping("/revenue")
    String revenue(@RequestParam MultiValueMap<String, String> params, Model model) {
        YearMonth now = YearMonth.now(clock);
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("from", params.containsKey("from") ? params.getFirst("from") : now.minusMonths(11).toString());
        form.add("to", params.containsKey("to") ? params.getFirst("to") : now.toString());
        form.add("currency", params.getFirst("currency"));
        model.addAttribute("errors", Map.of());
        model.addAttribute("values", form.toSingleValueMap());
        return forms.submit(form, RevenueForm.class, model, "revenue/revenue", input -> {
            RevenueReports.Result result = reports.report(input.from(), input.to(), input.currency());
            model.addAttribute("report", result);
            model.addAttribute("months", months(result));
            model.addAttribute("waterfallMonths", result.waterfall().isEmpty() ? List.of()
                    : monthsOf(result.from(), result.to()));
            List<no.takt.revenue.core.Mrr.Item> recurring = mrr.report(input.from(), input.to()).items();
            BigDecimal top = recurring.stream().map(no.takt.revenue.core.Mrr.Item::mrr).reduce(BigDecimal.ZERO,
                    BigDecimal::max);
            model.addAttribute("mrr", recurring);
            model.addAttribute("mrrHeights", recurring.stream().map(i -> Charts.height(i.mrr(), top)).toList());
            return "revenue/revenue";
        });
    }

    private static List<Month> months(RevenueReports.Result result) {
        Map<YearMonth, BigDecimal[]> sums = new LinkedHashMap<>();
        for (YearMonth m : monthsOf(result.from(), result.to())) {
            sums.put(m, new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO});
        }
        for (RevenueReport.Item i : result.items()) {
            BigDecimal[] s = sums.get(i.month());
            s[0] = s[0].add(i.billed());
            s[1] = s[1].add(i.recognised());
            s[2] = s[2].add(i.deferredClosing());
        }
        BigDecimal max = sums.values().stream().flatMap(s -> java.util.stream.Stream.of(s[0], s[1]))
                .reduce(BigDecimal.ZERO, BigDecimal::max);
        List<Month> months = new ArrayList<>();
        sums.forEach((m, s) -> months.add(new Month(m, s[0].setScale(2), s[1].setScale(2), s[2].setScale(2),
                Charts.height(s[0], max), Charts.height(s[1], max))));
        return months;
    }

    private static List<YearMonth> monthsOf(YearMonth from, YearMonth to) {
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            months.add(m);
        }
        return months;
    }
}
