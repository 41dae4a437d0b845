package no.takt.documents.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.takt.documents.CreditNotes;
import no.takt.documents.Document;
import no.takt.documents.DocumentService;
import no.takt.documents.Receivables;
import no.takt.platform.errors.BadInputException;
import no.takt.platform.errors.FieldProblem;
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

/** The document pages: the list with its filters, a document with its credit notes, and crediting an invoice. */
@Controller
class DocumentPages {

    private final DocumentService documents;
    private final Receivables receivables;
    private final CreditNotes creditNotes;
    private final Forms forms;

    DocumentPages(DocumentService documents, CreditNotes creditNotes, Receivables receivables, Forms forms) {
        this.receivables = receivables;
        this.documents = documents;
        this.creditNotes = creditNotes;
        this.forms = forms;
    }

    @GetMapping("/documents")
    String documents(PageQuery query, @RequestParam(required = false) Document.Type type,
            @RequestParam(required = false) Document.Status status,
            @RequestParam(required = false) java.time.LocalDate from, @RequestParam(required = false) java.time.LocalDate to,
            @RequestParam(required = false) Long subscriptionId, @RequestParam(required = false) Long subscriberId,
            @RequestParam(required = false) Long runId, @RequestParam(required = false) Long customerId,
            @RequestParam(required = false, defaultValue = "false") boolean embed, Model model) {
        DocumentService.Filter filter = new DocumentService.Filter(type, status, customerId, subscriptionId,
                subscriberId, runId, from, to, null);
        model.addAttribute("page", documents.list(filter, query));
        model.addAttribute("totals", documents.totals(filter, query.q()));
        model.addAttribute("query", query);
        model.addAttribute("type", type);
        model.addAttribute("status", status);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        model.addAttribute("customerId", customerId);
        model.addAttribute("types", Document.Type.values());
        model.addAttribute("statuses", Document.Status.values());
        model.addAttribute("filters", new Filters(subscriptionId, subscriberId, runId, customerId));
        return embed ? "documents/list :: table" : "documents/list";
    }

    /** The filters that came with the list, kept in its links. */
    record Filters(Long subscriptionId, Long subscriberId, Long runId, Long customerId) {
    }

    @GetMapping("/documents/{id}")
    String document(@PathVariable long id, Model model) {
        show(documents.get(id), model);
        model.addAttribute("values", Map.of());
        model.addAttribute("errors", Map.of());
        return "documents/document";
    }

    private void show(Document document, Model model) {
        model.addAttribute("document", document);
        if (document.type() == Document.Type.INVOICE) {
            model.addAttribute("creditNotes", documents.list(DocumentService.Filter.creditNotesOf(document.id()),
                    new PageQuery(0, 100, null, null)).items());
        }
    }

    /** The credit form: a row per invoice line (its position, and the amount to credit, or blank), and why. */
    record CreditForm(@Valid List<Row> lines, @Size(max = 4000) String reason) {

        record Row(@NotNull Integer position, @DecimalMin(value = "0", inclusive = false) BigDecimal amount) {
        }
    }

    /** Puts the invoice on hold (disputed: no reminders, no fees). */
    @PostMapping("/documents/{id}/hold")
    String hold(@PathVariable long id) {
        receivables.hold(id, true);
        return "redirect:/documents/" + id;
    }

    @PostMapping("/documents/{id}/release")
    String release(@PathVariable long id) {
        receivables.hold(id, false);
        return "redirect:/documents/" + id;
    }

    /**
     * Credits the invoice: the lines given an amount, or, with none, all of it; then shows the credit
     * note. Bad input is answered on the invoice's page at the row it concerns, with what was typed.
     * Amounts may be written the Nordic way ("1 250,50").
     */
    @PostMapping("/documents/{id}/credit-note")
    String credit(@PathVariable long id, @RequestParam MultiValueMap<String, String> form, Model model,
            RedirectAttributes flash) {
        show(documents.get(id), model);
        return forms.submit(form, CreditForm.class,
                model, "documents/document", input -> {
            List<Integer> rows = new ArrayList<>();
            List<CreditNotes.LineCredit> lines = new ArrayList<>();
            List<CreditForm.Row> posted = input.lines() == null ? List.of() : input.lines();
            for (int i = 0; i < posted.size(); i++) {
                if (posted.get(i).amount() != null) {
                    rows.add(i);
                    lines.add(new CreditNotes.LineCredit(posted.get(i).position(), null, posted.get(i).amount()));
                }
            }
            Document note;
            try {
                note = creditNotes.credit(id, new CreditNotes.Request(lines, input.reason()));
            } catch (BadInputException e) {
                throw new BadInputException(e.fieldProblems().stream().map(p -> atRow(p, rows)).toList());
            }
            flash.addFlashAttribute("flash", "flash.saved");
            return "redirect:/documents/" + note.id();
        });
    }

    private static final Pattern REQUEST_LINE = Pattern.compile("lines\\[(\\d+)](.*)");

    /** A problem at the request's i-th line, shown at the amount of the form row that line came from. */
    private static FieldProblem atRow(FieldProblem p, List<Integer> rows) {
        Matcher m = REQUEST_LINE.matcher(p.field());
        if (!m.matches()) {
            return p;
        }
        int row = rows.get(Integer.parseInt(m.group(1)));
        return new FieldProblem("lines[" + row + "].amount", p.code(), p.args());
    }
}
