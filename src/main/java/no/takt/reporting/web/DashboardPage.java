package no.takt.reporting.web;

import java.math.BigDecimal;
import java.util.List;
import no.takt.platform.web.Charts;
import no.takt.reporting.Dashboard;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The start page: the clerk's dashboard. The counts come with the page; the next run and the chart,
 * which the forecast works out, are fetched by the page once it is shown.
 */
@Controller
class DashboardPage {

    private final Dashboard dashboard;

    DashboardPage(Dashboard dashboard) {
        this.dashboard = dashboard;
    }

    @GetMapping("/")
    String home(Model model) {
        model.addAttribute("waiting", dashboard.waiting());
        return "home";
    }

    @GetMapping("/dashboard/next-run")
    String nextRun(Model model) {
        model.addAttribute("next", dashboard.nextRun().orElse(null));
        return "home :: next-run";
    }

    /** One month's bars: the month, and the heights of what was billed and recognised (none below zero). */
    record Bar(Dashboard.Month month, int height, int recognisedHeight, int mrrHeight) {
    }

    @GetMapping("/dashboard/chart")
    String chart(Model model) {
        List<Dashboard.Month> months = dashboard.months();
        BigDecimal max = months.stream().flatMap(m -> java.util.stream.Stream.of(m.amount(), m.recognised(), m.mrr()))
                .filter(java.util.Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::max);
        List<Bar> bars = months.stream().map(m -> new Bar(m, Charts.height(m.amount(), max),
                Charts.height(m.recognised(), max), Charts.height(m.mrr(), max))).toList();
        model.addAttribute("bars", bars);
        // MRR as a line over the months that have it (the past), at each month's middle
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < bars.size(); i++) {
            if (!bars.get(i).month().forecast()) {
                line.append(i * 48 + 24).append(',').append(170 - bars.get(i).mrrHeight()).append(' ');
            }
        }
        model.addAttribute("mrrLine", line.toString().trim());
        model.addAttribute("max", max);
        return "home :: chart";
    }
}
