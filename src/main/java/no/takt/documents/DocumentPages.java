package no.takt.documents;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import no.takt.platform.errors.ProblemException;
import no.takt.platform.errors.Problems;
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
    private final CreditNotes creditNotes;
    private final Problems problems;

    DocumentPages(DocumentService documents, CreditNotes creditNotes, Problems problems) {
        this.documents = documents;
        this.creditNotes = creditNotes;
        this.problems = problems;
    }

    @GetMapping("/documents")
    String documents(PageQuery query, @RequestParam(required = false) Document.Type type,
            @RequestParam(required = false) Long subscriptionId, @RequestParam(required = false) Long subscriberId,
            @RequestParam(required = false) Long runId, @RequestParam(required = false) Long customerId,
            @RequestParam(required = false, defaultValue = "false") boolean embed, Model model) {
        model.addAttribute("page", documents.list(new DocumentService.Filter(type, customerId, subscriptionId,
                subscriberId, runId, null, null, null), query));
        model.addAttribute("query", query);
        model.addAttribute("type", type);
        model.addAttribute("types", Document.Type.values());
        model.addAttribute("filters", new Filters(subscriptionId, subscriberId, runId, customerId));
        return embed ? "documents/list :: table" : "documents/list";
    }

    /** The filters that came with the list, kept in its links. */
    record Filters(Long subscriptionId, Long subscriberId, Long runId, Long customerId) {
    }

    @GetMapping("/documents/{id}")
    String document(@PathVariable long id, Model model) {
        Document document = documents.get(id);
        model.addAttribute("document", document);
        if (document.type() == Document.Type.INVOICE) {
            model.addAttribute("creditNotes", documents.list(DocumentService.Filter.creditNotesOf(id), new PageQuery(0, 100, null, null)).items());
        }
        return "documents/document";
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
