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

    /** The forecast form's fields: the range (empty: from today, 30 days) and, from a subscription's page, its id. */
    record ForecastForm(LocalDate from, LocalDate to, Long subscriptionId) {
    }

    /** The forecast of the range; a range refused (reversed, too long, not a date) stays in the form, marked. */
    @GetMapping("/forecast")
    String forecast(@RequestParam MultiValueMap<String, String> params, PageQuery query, Model model) {
        MultiValueMap<String, String> form = new org.springframework.util.LinkedMultiValueMap<>();
        for (String field : java.util.List.of("from", "to", "subscriptionId")) {
            if (params.containsKey(field)) {
                form.put(field, params.get(field));
            }
        }
        model.addAttribute("query", query);
        model.addAttribute("subscriptionId", params.getFirst("subscriptionId"));
        model.addAttribute("errors", Map.of());
        return forms.submit(form, ForecastForm.class, model, "billing/forecast", input -> {
            Forecast.Result result = forecast.orDefault(input.from(), input.to(), input.subscriptionId(), query);
            model.addAttribute("page", new no.takt.platform.web.Page<>(result.items(), result.page(), result.size(),
                    result.totalItems(), result.totalPages(), true));
            model.addAttribute("values", Map.of("from", result.from().toString(), "to", result.to().toString()));
            model.addAttribute("from", result.from());
            model.addAttribute("to", result.to());
            model.addAttribute("forecast", result);
            return "billing/forecast";
        });
    }

    @PostMapping("/billing-runs/{id}/release")
    String release(@PathVariable long id, RedirectAttributes flash) {
        approval.release(id);
        flash.addFlashAttribute("flash", "flash.released");
        return "redirect:/billing-runs/" + id;
    }
}
