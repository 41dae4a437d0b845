package no.takt.billing;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import no.takt.organisation.OrganisationService;
import no.takt.platform.errors.ProblemException;
import no.takt.platform.errors.Problems;
import org.springframework.util.MultiValueMap;
import java.time.LocalDate;
import no.takt.platform.errors.NotFoundException;
import no.takt.platform.web.PageQuery;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The billing pages: runs (with "run now" for admins), a run with its progress and skips, the forecast, documents. */
@Controller
class BillingPages {

    private final BillingRunService runs;
    private final Forecast forecast;
    private final DocumentRepository documents;
    private final CreditNotes creditNotes;
    private final SalesOrderRepository orders;
    private final OrganisationService organisation;
    private final Problems problems;
    private final Clock clock;

    BillingPages(BillingRunService runs, Forecast forecast, DocumentRepository documents, CreditNotes creditNotes,
            SalesOrderRepository orders, OrganisationService organisation, Problems problems, Clock clock) {
        this.orders = orders;
        this.organisation = organisation;
        this.runs = runs;
        this.forecast = forecast;
        this.documents = documents;
        this.creditNotes = creditNotes;
        this.problems = problems;
        this.clock = clock;
    }

    @GetMapping("/billing-runs")
    String runs(PageQuery query, Model model) {
        model.addAttribute("page", runs.list(query));
        model.addAttribute("query", query);
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("holdByDefault", organisation.get().approveBeforeSending());
        return "billing/runs";
    }

    /** Runs billing for the date, here and now, and shows the run when it is done. */
    @PostMapping("/billing-runs")
    String run(@RequestParam(required = false) LocalDate date, @RequestParam(defaultValue = "false") boolean hold,
            RedirectAttributes flash) {
        BillingRun run = runs.run(date == null ? LocalDate.now(clock) : date, BillingRun.Trigger.MANUAL, hold);
        flash.addFlashAttribute("flash", "flash.run-done");
        return "redirect:/billing-runs/" + run.id();
    }

    @GetMapping("/billing-runs/{id}")
    String run(@PathVariable long id, Model model) {
        model.addAttribute("run", runs.get(id));
        model.addAttribute("skips", runs.skips(id));
        model.addAttribute("openOrders", orders.openOrders(id).size());
        return "billing/run";
    }

    @GetMapping("/forecast")
    String forecast(@RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to,
            Model model) {
        LocalDate start = from == null ? LocalDate.now(clock) : from;
        LocalDate end = to == null ? start.plusDays(30) : to;
        model.addAttribute("from", start);
        model.addAttribute("to", end);
        model.addAttribute("forecast", forecast.between(start, end));
        return "billing/forecast";
    }

    @GetMapping("/documents")
    String documents(PageQuery query, @RequestParam(required = false) Document.Type type,
            @RequestParam(required = false) Long subscriptionId, @RequestParam(required = false) Long subscriberId,
            @RequestParam(required = false) Long runId, @RequestParam(required = false) Long customerId,
            @RequestParam(required = false, defaultValue = "false") boolean embed, Model model) {
        model.addAttribute("page", documents.list(new DocumentRepository.Filter(type, customerId, subscriptionId,
                subscriberId, runId, null, null, null), query));
        model.addAttribute("query", query);
        model.addAttribute("type", type);
        model.addAttribute("types", Document.Type.values());
        model.addAttribute("filters", new Filters(subscriptionId, subscriberId, runId, customerId));
        return embed ? "billing/documents :: table" : "billing/documents";
    }

    /** The filters that came with the list, kept in its links. */
    record Filters(Long subscriptionId, Long subscriberId, Long runId, Long customerId) {
    }

    @GetMapping("/documents/{id}")
    String document(@PathVariable long id, Model model) {
        Document document = documents.find(id).orElseThrow(() -> new NotFoundException("document", id));
        model.addAttribute("document", document);
        if (document.type() == Document.Type.INVOICE) {
            model.addAttribute("creditNotes", documents.list(new DocumentRepository.Filter(Document.Type.CREDIT_NOTE,
                    null, null, null, null, null, null, id), new PageQuery(0, 100, null, null)).items());
        }
        return "billing/document";
    }

    /**
     * Credits the invoice: the lines given an amount, or, with none, all of it; then shows the credit
     * note. What cannot be credited is said on the invoice's page.
     */
    @PostMapping("/documents/{id}/credit-note")
    String credit(@PathVariable long id, @RequestParam MultiValueMap<String, String> form, RedirectAttributes flash) {
        List<CreditNotes.LineCredit> lines = new ArrayList<>();
        form.forEach((name, values) -> {
            if (name.startsWith("amount-") && !values.getFirst().isBlank()) {
                lines.add(new CreditNotes.LineCredit(Integer.valueOf(name.substring(7)), null,
                        new BigDecimal(values.getFirst().trim().replace(" ", "").replace(',', '.'))));
            }
        });
        try {
            Document note = creditNotes.credit(id, new CreditNotes.Request(lines, form.getFirst("reason")));
            flash.addFlashAttribute("flash", "flash.saved");
            return "redirect:/documents/" + note.id();
        } catch (ProblemException e) {
            flash.addFlashAttribute("creditProblems", problems.messages(e));
            return "redirect:/documents/" + id;
        } catch (NumberFormatException e) {
            flash.addFlashAttribute("creditProblems", List.of(problems.message("error.credit-amount", List.of())));
            return "redirect:/documents/" + id;
        }
    }
}
