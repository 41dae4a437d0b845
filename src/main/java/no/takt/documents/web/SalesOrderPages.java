package no.takt.documents.web;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.takt.catalog.ProductService;
import no.takt.catalog.VatCodeService;
import no.takt.documents.Document;
import no.takt.documents.DocumentService;
import no.takt.documents.SalesOrders;
import no.takt.platform.errors.ProblemException;
import no.takt.platform.errors.Problems;
import no.takt.platform.web.Forms;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The sales order pages: the edit form (header, addresses, lines), invoicing one order or many,
 * cancelling.
 */
@Controller
class SalesOrderPages {

    private static final Pattern LINE_FIELD = Pattern.compile("lines\\[(\\d+)]\\.(.+)");
    /** The fields of the new line row that say a line is wanted at all. */
    private static final List<String> NAMING = List.of("productId", "name", "quantity", "unitPrice");

    private final SalesOrders orders;
    private final DocumentService documents;
    private final ProductService products;
    private final VatCodeService vatCodes;
    private final Forms forms;
    private final Problems problems;

    SalesOrderPages(SalesOrders orders, DocumentService documents, ProductService products,
            VatCodeService vatCodes, Forms forms, Problems problems) {
        this.orders = orders;
        this.documents = documents;
        this.products = products;
        this.vatCodes = vatCodes;
        this.forms = forms;
        this.problems = problems;
    }

    @GetMapping("/documents/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        Document order = order(id);
        forms.fill(model, order);
        return form(order, order.lines().size(), model);
    }

    /**
     * Saves the edit. Rows ticked for removal are left out, as is the new row when it names neither
     * a product nor a line; what is wrong is shown at its field, and the form comes back with the
     * lines as they were posted and a new empty row.
     */
    @PostMapping("/documents/{id}/edit")
    String edit(@PathVariable long id, @RequestParam MultiValueMap<String, String> params, Model model,
            RedirectAttributes flash) {
        Document order = order(id);
        Rows lines = keptLines(params);
        String view = forms.submit(lines.params(), SalesOrders.Edit.class, model, "documents/order-form", edit -> {
            orders.edit(id, edit);
            flash.addFlashAttribute("flash", "flash.saved");
            return "redirect:/documents/" + id;
        });
        return view.startsWith("redirect:") ? view : form(order, lines.count(), model);
    }

    @PostMapping("/documents/{id}/invoice")
    String invoice(@PathVariable long id, RedirectAttributes flash) {
        try {
            Document invoice = orders.invoice(id);
            flash.addFlashAttribute("flash", "flash.saved");
            return "redirect:/documents/" + invoice.id();
        } catch (ProblemException e) {
            flash.addFlashAttribute("orderProblems", List.of(problems.describe(e)));
            return "redirect:/documents/" + id;
        }
    }

    @PostMapping("/documents/{id}/cancel")
    String cancel(@PathVariable long id, RedirectAttributes flash) {
        orders.cancel(id);
        flash.addFlashAttribute("flash", "flash.cancelled");
        return "redirect:/documents/" + id;
    }

    /** Invoices the ticked orders of a list, or every open order of a run; says how many and which failed. */
    @PostMapping("/documents/invoice-orders")
    String invoiceAll(@RequestParam(name = "documentId", required = false) List<Long> ids,
            @RequestParam(required = false) Long runId, RedirectAttributes flash) {
        SalesOrders.Invoiced done = runId != null ? orders.invoiceRun(runId)
                : orders.invoiceAll(ids == null ? List.of() : ids);
        flash.addFlashAttribute("flashText", problems.message("flash.invoiced", List.of(done.items().size())));
        if (!done.failures().isEmpty()) {
            flash.addFlashAttribute("orderProblems", done.failures().stream()
                    .map(f -> problems.message("flash.not-invoiced", List.of(f.documentId() + " – " + f.detail())))
                    .toList());
        }
        return runId != null ? "redirect:/billing-runs/" + runId : "redirect:/documents?type=SALES_ORDER";
    }

    private Document order(long id) {
        return documents.get(id);
    }

    private String form(Document order, int rows, Model model) {
        model.addAttribute("order", order);
        model.addAttribute("rows", rows);
        model.addAttribute("products", products.active());
        model.addAttribute("vatCodes", vatCodes.active());
        return "documents/order-form";
    }

    /** The highest line row index the form posted (the new line's row). */
    private static int lastRow(MultiValueMap<String, String> params) {
        return params.keySet().stream().map(LINE_FIELD::matcher).filter(Matcher::matches)
                .mapToInt(m -> Integer.parseInt(m.group(1))).max().orElse(0);
    }

    /** The posted line rows that become lines, numbered from 0 without gaps, so an error's index is its row's. */
    private record Rows(MultiValueMap<String, String> params, int count) {
    }

    private static Rows keptLines(MultiValueMap<String, String> params) {
        int newRow = lastRow(params);
        SortedSet<Integer> kept = new TreeSet<>();
        Set<Integer> removed = new HashSet<>();
        boolean newRowNamed = false;
        for (Map.Entry<String, List<String>> e : params.entrySet()) {
            Matcher m = LINE_FIELD.matcher(e.getKey());
            if (m.matches()) {
                int row = Integer.parseInt(m.group(1));
                kept.add(row);
                if (m.group(2).equals("remove")) {
                    removed.add(row);
                }
                if (row == newRow && NAMING.contains(m.group(2))) {
                    newRowNamed |= e.getValue().stream().anyMatch(v -> v != null && !v.isBlank());
                }
            }
        }
        kept.removeAll(removed);
        if (!newRowNamed && params.containsKey("lines[" + newRow + "].new")) {
            kept.remove(newRow);
        }
        Map<Integer, Integer> renumbered = new HashMap<>();
        for (int row : kept) {
            renumbered.put(row, renumbered.size());
        }
        MultiValueMap<String, String> out = new LinkedMultiValueMap<>();
        for (Map.Entry<String, List<String>> e : params.entrySet()) {
            // A checkbox's fallback (_lines[2].freeText) goes with its row.
            boolean fallback = e.getKey().startsWith("_");
            Matcher m = LINE_FIELD.matcher(fallback ? e.getKey().substring(1) : e.getKey());
            if (!m.matches()) {
                out.put(e.getKey(), e.getValue());
            } else if (renumbered.containsKey(Integer.parseInt(m.group(1)))
                    && !m.group(2).equals("remove") && !m.group(2).equals("new")) {
                out.put((fallback ? "_" : "") + "lines[" + renumbered.get(Integer.parseInt(m.group(1))) + "]."
                        + m.group(2), e.getValue());
            }
        }
        return new Rows(out, kept.size());
    }
}
