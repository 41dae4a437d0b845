package no.takt.payments.web;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.takt.customers.CustomerService;
import no.takt.documents.Receivables;
import no.takt.payments.Ledger;
import no.takt.payments.Payment;
import no.takt.payments.PaymentFile;
import no.takt.payments.PaymentFiles;
import no.takt.payments.Payments;
import no.takt.payments.core.Ageing;
import no.takt.platform.errors.BadInputException;
import no.takt.platform.errors.Problems;
import no.takt.platform.errors.ProblemException;
import no.takt.platform.web.Forms;
import no.takt.platform.web.PageQuery;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The payments pages: the list (unmatched first to hand), a bank file dropped or chosen, a payment
 * entered by hand; a payment's page, where a person matches it with the suggestions, books it as
 * credit, or undoes a placement; the customer's ledger (shown on the customer's page) and the aged
 * receivables.
 */
@Controller
class PaymentPages {

    private final Payments payments;
    private final PaymentFiles files;
    private final Ledger ledger;
    private final no.takt.payments.Reminders reminders;
    private final Receivables receivables;
    private final CustomerService customers;
    private final Forms forms;
    private final Problems problems;
    private final Clock clock;

    PaymentPages(Payments payments, PaymentFiles files, Ledger ledger, no.takt.payments.Reminders reminders,
            Receivables receivables, CustomerService customers, Forms forms, Problems problems, Clock clock) {
        this.reminders = reminders;
        this.payments = payments;
        this.files = files;
        this.ledger = ledger;
        this.receivables = receivables;
        this.customers = customers;
        this.forms = forms;
        this.problems = problems;
        this.clock = clock;
    }

    @GetMapping("/payments")
    String list(PageQuery query, @RequestParam(required = false) Payment.Status status,
            @RequestParam(required = false) Long fileId, @RequestParam(required = false) Long documentId,
            @RequestParam(required = false, defaultValue = "false") boolean embed, Model model) {
        model.addAttribute("page", payments.list(new Payments.Filter(status, null, documentId, null, null, fileId),
                query));
        model.addAttribute("query", query);
        model.addAttribute("status", status);
        model.addAttribute("statuses", Payment.Status.values());
        model.addAttribute("fileId", fileId);
        if (embed) {
            return "payments/list :: payment-table";
        }
        model.addAttribute("files", files.list(new PageQuery(0, 5, null, null)).items());
        if (!model.containsAttribute("values")) {
            model.addAttribute("values", Map.of("date", LocalDate.now(clock).toString()));
            model.addAttribute("errors", Map.of());
        }
        return "payments/list";
    }

    /** A bank file chosen or dropped: imported, or refused with its line and reason on the page. */
    @PostMapping("/payments/files")
    String upload(@RequestParam("file") MultipartFile file, RedirectAttributes flash, Model model,
            PageQuery query) throws IOException {
        try {
            PaymentFile imported = files.importFile(file.getBytes(), file.getOriginalFilename());
            flash.addFlashAttribute("flashText", imported.repeated()
                    ? problems.message("payments.repeated", List.of(imported.importedAt().toLocalDate()))
                    : problems.message("payments.imported", List.of(imported.transactions(), imported.matched(),
                            imported.unmatched(), imported.duplicates())));
            return "redirect:/payments?fileId=" + imported.id();
        } catch (ProblemException e) {
            model.addAttribute("uploadError", problems.messages(e).getFirst());
            return list(query, null, null, null, false, model);
        }
    }

    @PostMapping("/payments")
    String register(@RequestParam MultiValueMap<String, String> form, Model model, RedirectAttributes flash) {
        model.addAttribute("registerOpen", true);
        String view = forms.submit(form, Payments.NewPayment.class, model,
                "payments/list", input -> {
                    Payment payment = payments.register(input);
                    flash.addFlashAttribute("flash", "payments.registered");
                    return "redirect:/payments/" + payment.id();
                });
        return view.startsWith("redirect:") ? view : list(PageQuery.firstPage(25), null, null, null, false, model);
    }

    @GetMapping("/payments/{id}")
    String show(@PathVariable long id, Model model) {
        Payment payment = payments.get(id);
        model.addAttribute("payment", payment);
        Map<Long, Receivables.Item> documents = new LinkedHashMap<>();
        payment.allocations().forEach(a -> document(a.documentId(), documents));
        payment.undoneAllocations().forEach(a -> document(a.documentId(), documents));
        model.addAttribute("documents", documents);
        if (payment.unallocated().signum() > 0 && payment.status() != Payment.Status.REVERSED) {
            model.addAttribute("suggestions", payments.suggestions(id));
        }
        if (!model.containsAttribute("values")) {
            model.addAttribute("values", Map.of("amount", payment.unallocated().toPlainString().replace('.', ',')));
            model.addAttribute("errors", Map.of());
        }
        return "payments/payment";
    }

    /** What a person places: on an invoice, by its number, or as a customer's credit, by the customer number. */
    record Placing(Long invoiceNumber, Long customerNumber, BigDecimal amount) {
    }

    @PostMapping("/payments/{id}/allocations")
    String allocate(@PathVariable long id, @RequestParam MultiValueMap<String, String> form, Model model,
            RedirectAttributes flash) {
        String view = forms.submit(form, Placing.class, model,
                "payments/payment", input -> {
                    payments.allocate(id, new Payments.NewAllocation(invoiceId(input), customerId(input),
                            input.amount()));
                    flash.addFlashAttribute("flash", "payments.matched");
                    return "redirect:/payments/" + id;
                });
        return view.startsWith("redirect:") ? view : show(id, model);
    }

    @PostMapping("/payments/{id}/allocations/{allocationId}/undo")
    String undo(@PathVariable long id, @PathVariable long allocationId, RedirectAttributes flash) {
        payments.undo(id, allocationId);
        flash.addFlashAttribute("flash", "payments.undone-flash");
        return "redirect:/payments/" + id;
    }

    /** The customer's ledger, balance and open invoices, shown on the customer's page. */
    @GetMapping("/customers/{id}/ledger")
    String customerLedger(@PathVariable long id, Model model) {
        model.addAttribute("customerId", id);
        Ledger.Statement statement = ledger.statement(id);
        model.addAttribute("ledger", statement.entries());
        model.addAttribute("balance", statement.balance());
        List<Receivables.Item> documents = statement.documents();
        model.addAttribute("openItems", documents.stream().filter(i -> i.open().signum() != 0).toList());
        model.addAttribute("subscriptionIds", documents.stream().map(Receivables.Item::subscriptionId)
                .filter(java.util.Objects::nonNull).distinct().sorted().toList());
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("onHold", reminders.onHold(id));
        return "payments/ledger :: ledger";
    }

    /** Writes off what is open of an invoice (from its page). */
    @PostMapping("/documents/{id}/write-off")
    String writeOff(@PathVariable long id, RedirectAttributes flash) {
        ledger.writeOff(id, new Ledger.NewWriteOff(LocalDate.now(clock), null, null));
        flash.addFlashAttribute("flash", "ledger.written-off");
        return "redirect:/documents/" + id;
    }

    @GetMapping("/receivables")
    String aged(@RequestParam(required = false) LocalDate asOf, Model model) {
        model.addAttribute("report", ledger.aged(asOf == null ? LocalDate.now(clock) : asOf));
        model.addAttribute("buckets", Ageing.values());
        return "payments/receivables";
    }

    @GetMapping("/receivables.csv")
    ResponseEntity<String> agedCsv(@RequestParam(required = false) LocalDate asOf) {
        Ledger.AgedReport report = ledger.aged(asOf == null ? LocalDate.now(clock) : asOf);
        return Csv.download("aged-receivables-" + report.asOf() + ".csv", Csv.aged(report));
    }

    @GetMapping("/receivables.xlsx")
    ResponseEntity<org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody> agedXlsx(
            @RequestParam(required = false) LocalDate asOf) {
        Ledger.AgedReport report = ledger.aged(asOf == null ? LocalDate.now(clock) : asOf);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(AgedWorkbook.CONTENT_TYPE))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"aged-receivables-" + report.asOf()
                        + ".xlsx\"").body(out -> AgedWorkbook.write(report, problems, out));
    }

    private Long invoiceId(Placing input) {
        if (input.invoiceNumber() == null) {
            return null;
        }
        return receivables.invoice(input.invoiceNumber()).map(Receivables.Item::documentId)
                .orElseThrow(() -> BadInputException.field("invoiceNumber", "error.payment-no-such-invoice"));
    }

    private Long customerId(Placing input) {
        if (input.customerNumber() == null) {
            if (input.invoiceNumber() == null) {
                throw BadInputException.field("invoiceNumber", "error.payment-allocation-target");
            }
            return null;
        }
        return CustomerNumbers.id(customers, input.customerNumber());
    }

    private void document(Long documentId, Map<Long, Receivables.Item> documents) {
        if (documentId != null && !documents.containsKey(documentId)) {
            receivables.find(documentId).ifPresent(d -> documents.put(documentId, d));
        }
    }
}
