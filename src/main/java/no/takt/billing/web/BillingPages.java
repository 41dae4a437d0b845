package no.takt.billing.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import no.takt.billing.BillingRun;
import no.takt.billing.BillingRunService;
import no.takt.billing.Forecast;
import no.takt.billing.RunApproval;
import no.takt.documents.SalesOrders;
import no.takt.organisation.OrganisationService;
import no.takt.platform.web.Forms;
import no.takt.platform.web.PageQuery;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The billing pages: runs (with "run now" for admins), a run with its progress, skips and release, the forecast. */
@Controller
class BillingPages {

    private final BillingRunService runs;
    private final Forecast forecast;
    private final RunApproval approval;
    private final SalesOrders orders;
    private final OrganisationService organisation;
    private final Clock clock;
    private final Forms forms;

    BillingPages(BillingRunService runs, Forecast forecast, RunApproval approval, SalesOrders orders,
            OrganisationService organisation, Clock clock, Forms forms) {
        this.forms = forms;
        this.runs = runs;
        this.forecast = forecast;
        this.approval = approval;
        this.orders = orders;
        this.organisation = organisation;
        this.clock = clock;
    }

    @GetMapping("/billing-runs")
    String runs(PageQuery query, Model model) {
        model.addAttribute("page", runs.list(query));
        model.addAttribute("query", query);
        model.addAttribute("values", Map.of("date", LocalDate.now(clock).toString(),
                "holdForApproval", String.valueOf(organisation.get().approveBeforeSending())));
        model.addAttribute("errors", Map.of());
        return "billing/runs";
    }

    /** Runs billing for the date, here and now, and shows the run when it is done; a date refused stays in the form. */
    @PostMapping("/billing-runs")
    String run(@RequestParam MultiValueMap<String, String> form, PageQuery query, Model model,
            RedirectAttributes flash) {
        String view = runs(query, model);
        return forms.submit(form, BillingApi.RunRequest.class, model, view, input -> {
            BillingRun run = runs.run(input.date(), BillingRun.Trigger.MANUAL, input.holdForApproval());
            flash.addFlashAttribute("flash", "flash.run-done");
            return "redirect:/billing-runs/" + run.id();
        });
    }

    @GetMapping("/billing-runs/{id}")
    String run(@PathVariable long id, Model model) {
        model.addAttribute("run", runs.get(id));
        model.addAttribute("skips", runs.skips(id));
        model.addAttribute("openOrders", orders.openOrderCount(id));
        return "billing/run";
    }

    @GetMapping("/forecast")
    String forecast(@RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to,
            @RequestParam(required = false) Long subscriptionId, PageQuery query, Model model) {
        Forecast.Result result = forecast.orDefault(from, to, subscriptionId, query);
        model.addAttribute("subscriptionId", subscriptionId);
        model.addAttribute("query", query);
        model.addAttribute("page", new no.takt.platform.web.Page<>(result.items(), result.page(), result.size(),
                result.totalItems(), result.totalPages()));
        model.addAttribute("from", result.from());
        model.addAttribute("to", result.to());
        model.addAttribute("forecast", result);
        return "billing/forecast";
    }

    @PostMapping("/billing-runs/{id}/release")
    String release(@PathVariable long id, RedirectAttributes flash) {
        approval.release(id);
        flash.addFlashAttribute("flash", "flash.released");
        return "redirect:/billing-runs/" + id;
    }
}
