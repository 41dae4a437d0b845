package no.takt.payments.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import no.takt.customers.CustomerService;
import no.takt.payments.RateSettings;
import no.takt.payments.Reminders;
import no.takt.payments.core.RateKind;
import no.takt.platform.errors.ProblemException;
import no.takt.platform.errors.Problems;
import no.takt.platform.web.Forms;
import no.takt.platform.web.PageQuery;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The reminders page (a run by hand, or a dry run that shows what it would send, the reminders sent
 * and the invoices ready for collection), the rates page for administrators, and a customer's hold.
 */
@Controller
class ReminderPages {

    private final Reminders reminders;
    private final RateSettings rates;
    private final CustomerService customers;
    private final Forms forms;
    private final Problems problems;
    private final Clock clock;

    ReminderPages(Reminders reminders, RateSettings rates, CustomerService customers, Forms forms, Problems problems,
            Clock clock) {
        this.customers = customers;
        this.reminders = reminders;
        this.rates = rates;
        this.forms = forms;
        this.problems = problems;
        this.clock = clock;
    }

    @GetMapping("/reminders")
    String list(PageQuery query, @RequestParam(required = false) Long documentId,
            @RequestParam(required = false, defaultValue = "false") boolean embed, Model model) {
        model.addAttribute("page", reminders.list(null, documentId, query));
        if (embed) {
            return "payments/reminders :: reminder-table";
        }
        model.addAttribute("query", query);
        model.addAttribute("ready", reminders.readyForCollection(LocalDate.now(clock)).size());
        model.addAttribute("date", model.containsAttribute("date") ? model.getAttribute("date") : LocalDate.now(clock));
        return "payments/reminders";
    }

    /** Runs reminders for the day, or (dry) shows what the run would send; a missing rate is said on the page. */
    @PostMapping("/reminders/runs")
    String run(@RequestParam LocalDate date, @RequestParam(defaultValue = "false") boolean dryRun,
            @RequestParam(required = false) Long customerNumber, Model model) {
        model.addAttribute("date", date);
        model.addAttribute("customerNumber", customerNumber);
        try {
            Long customerId = customerNumber == null ? null : CustomerNumbers.id(customers, customerNumber);
            Reminders.Run run = reminders.run(date, dryRun, customerId);
            model.addAttribute("run", run);
            model.addAttribute("runText", problems.message(dryRun ? "reminders.would-send" : "reminders.sent",
                    List.of(run.remindersCreated())));
        } catch (ProblemException e) {
            model.addAttribute("runError", problems.messages(e).getFirst());
        }
        return list(PageQuery.firstPage(25), null, false, model);
    }

    @GetMapping("/reminders/collection.csv")
    ResponseEntity<String> collection() {
        return Csv.download("collection.csv", Csv.collection(reminders.readyForCollection(LocalDate.now(clock))));
    }

    @PostMapping("/customers/{id}/hold")
    String hold(@PathVariable long id, @RequestParam boolean onHold) {
        reminders.hold(id, onHold);
        return "redirect:/customers/" + id;
    }

    @GetMapping("/rates")
    String rates(Model model) {
        model.addAttribute("rates", rates.list());
        model.addAttribute("kinds", RateKind.values());
        if (!model.containsAttribute("values")) {
            model.addAttribute("values", Map.of("validFrom", LocalDate.now(clock).withDayOfMonth(1).toString()));
            model.addAttribute("errors", Map.of());
        }
        return "payments/rates";
    }

    @PostMapping("/rates")
    String addRate(@RequestParam MultiValueMap<String, String> form, Model model, RedirectAttributes flash) {
        String view = forms.submit(form, RateSettings.Rate.class, model,
                "payments/rates", input -> {
                    rates.add(input);
                    flash.addFlashAttribute("flash", "rates.added");
                    return "redirect:/rates";
                });
        return view.startsWith("redirect:") ? view : rates(model);
    }

    @PostMapping("/rates/{id}/delete")
    String deleteRate(@PathVariable long id) {
        rates.delete(id);
        return "redirect:/rates";
    }

}
