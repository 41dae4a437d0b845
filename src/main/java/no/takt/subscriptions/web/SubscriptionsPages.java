package no.takt.subscriptions.web;

import no.takt.documents.core.Layout;
import no.takt.documents.core.Kid;
import no.takt.documents.core.AddressRules;
import java.time.Clock;
import java.time.LocalDate;
import no.takt.catalog.FreightTermsService;
import no.takt.catalog.PaymentTermsService;
import no.takt.money.CashRounding;
import no.takt.organisation.BankAccountService;
import no.takt.organisation.EmployeeService;
import no.takt.platform.audit.AuditLog;
import no.takt.platform.web.CrudPageController;
import no.takt.platform.web.Forms;
import no.takt.platform.web.PageQuery;
import no.takt.subscriptions.Frequency;
import no.takt.subscriptions.FrequencyInput;
import no.takt.subscriptions.FrequencyService;
import no.takt.subscriptions.Settings;
import no.takt.subscriptions.Subscription;
import no.takt.subscriptions.SubscriptionInput;
import no.takt.subscriptions.SubscriptionLifecycle;
import no.takt.subscriptions.SubscriptionLineService;
import no.takt.subscriptions.SubscriptionService;
import no.takt.time.Recurrence;
import no.takt.time.RecurrenceUnit;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The subscription pages: list, the subscription (order basis, settings, lines), history, start, and frequencies. */
final class SubscriptionsPages {

    private SubscriptionsPages() {
    }

    @Controller
    @RequestMapping("/frequencies")
    static class Frequencies extends CrudPageController<Frequency, FrequencyInput> {

        private final FrequencyService service;
        private final Clock clock;

        Frequencies(FrequencyService service, Forms forms, Clock clock) {
            super(service, forms, FrequencyInput.class, "/frequencies");
            this.service = service;
            this.clock = clock;
        }

        @GetMapping
        String list(PageQuery query, Model model) {
            return list(query, service.list(query, null), model);
        }

        @Override
        protected void prepare(Model model, Frequency entity) {
            model.addAttribute("units", RecurrenceUnit.values());
            model.addAttribute("weekdays", java.time.DayOfWeek.values());
            if (entity != null) {
                LocalDate today = LocalDate.now(clock);
                model.addAttribute("upcoming", Recurrence.between(entity.rule(), today, today.plusYears(3)).stream()
                        .limit(6).toList());
            }
        }

        @Override
        protected Object defaults() {
            return new FrequencyInput(null, RecurrenceUnit.MONTH, 1, 1, null, null, LocalDate.now(clock)
                    .withDayOfMonth(1), null, null, true, null);
        }
    }

    @Controller
    @RequestMapping("/subscriptions")
    static class Subscriptions extends CrudPageController<Subscription, SubscriptionInput> {

        private final SubscriptionService service;
        private final SubscriptionLineService lines;
        private final SubscriptionLifecycle lifecycle;
        private final FrequencyService frequencies;
        private final EmployeeService employees;
        private final BankAccountService bankAccounts;
        private final PaymentTermsService paymentTerms;
        private final FreightTermsService freightTerms;
        private final AuditLog audit;
        private final no.takt.platform.errors.Problems messages;

        Subscriptions(SubscriptionService service, SubscriptionLineService lines, SubscriptionLifecycle lifecycle,
                FrequencyService frequencies, EmployeeService employees, BankAccountService bankAccounts,
                PaymentTermsService paymentTerms, FreightTermsService freightTerms, AuditLog audit, Forms forms,
                no.takt.platform.errors.Problems messages) {
            super(service, forms, SubscriptionInput.class, "/subscriptions");
            this.messages = messages;
            this.service = service;
            this.lines = lines;
            this.lifecycle = lifecycle;
            this.frequencies = frequencies;
            this.employees = employees;
            this.bankAccounts = bankAccounts;
            this.paymentTerms = paymentTerms;
            this.freightTerms = freightTerms;
            this.audit = audit;
        }

        /** The list as the page shows it (its status, search and order), as a CSV or Excel file. */
        @GetMapping("/export")
        void export(PageQuery query, @RequestParam(required = false) Subscription.Status status,
                @RequestParam String format, jakarta.servlet.http.HttpServletResponse response)
                throws java.io.IOException {
            no.takt.platform.web.Exports.download(format, response, "subscriptions",
                    SubscriptionExport.columns(messages), each -> service.each(query, status, each));
        }

        @GetMapping
        String list(PageQuery query, @RequestParam(required = false) Subscription.Status status, Model model) {
            model.addAttribute("status", status);
            model.addAttribute("statuses", Subscription.Status.values());
            return list(query, service.list(query, status), model);
        }

        @Override
        protected void prepare(Model model, Subscription entity) {
            model.addAttribute("frequencies", frequencies.all());
            model.addAttribute("employees", employees.active());
            model.addAttribute("bankAccounts", bankAccounts.active());
            model.addAttribute("paymentTerms", paymentTerms.active());
            model.addAttribute("freightTerms", freightTerms.active());
            model.addAttribute("processingSteps", Settings.ProcessingStep.values());
            model.addAttribute("prorationModes", Settings.ProrationMode.values());
            model.addAttribute("invoiceAddressFormats", AddressRules.InvoiceAddressFormat.values());
            model.addAttribute("deliveryAddressFormats", AddressRules.DeliveryAddressFormat.values());
            model.addAttribute("giroFormats", Layout.GiroFormat.values());
            model.addAttribute("lineDetails", Layout.LineDetail.values());
            model.addAttribute("vatModes", Settings.VatMode.values());
            model.addAttribute("cashRoundings", CashRounding.values());
            model.addAttribute("kidAlgorithms", Kid.Algorithm.values());
            model.addAttribute("endTypes", Settings.EndType.values());
            model.addAttribute("lateUsages", Settings.LateUsage.values());
            model.addAttribute("discountExpiryTypes", Settings.DiscountExpiryType.values());
            model.addAttribute("tab", "basis");
            if (entity != null) {
                model.addAttribute("lines", lines.list(entity.id()));
            }
        }

        @Override
        protected Object defaults() {
            return SubscriptionInput.named("").withDefaults();
        }

        @GetMapping("/{id}/history")
        String history(@PathVariable long id, PageQuery query, Model model) {
            model.addAttribute("entity", service.get(id));
            model.addAttribute("page", audit.scope(SubscriptionService.scope(id), query));
            model.addAttribute("query", query);
            model.addAttribute("tab", "history");
            return "subscriptions/history";
        }

        @GetMapping("/{id}/start")
        String startSummary(@PathVariable long id, Model model) {
            model.addAttribute("entity", service.get(id));
            model.addAttribute("summary", lifecycle.summary(id));
            model.addAttribute("tab", "basis");
            return "subscriptions/start";
        }

        @PostMapping("/{id}/start")
        String start(@PathVariable long id, RedirectAttributes flash) {
            lifecycle.start(id);
            flash.addFlashAttribute("flash", "flash.started");
            return "redirect:/subscriptions/" + id;
        }

        @PostMapping("/{id}/deactivate")
        String deactivate(@PathVariable long id, RedirectAttributes flash) {
            lifecycle.deactivate(id);
            flash.addFlashAttribute("flash", "flash.deactivated");
            return "redirect:/subscriptions/" + id;
        }

        @PostMapping("/{id}/copy")
        String copy(@PathVariable long id, RedirectAttributes flash) {
            flash.addFlashAttribute("flash", "flash.copied");
            return "redirect:/subscriptions/" + lifecycle.copy(id).id();
        }

        @PostMapping("/{id}/create-from-template")
        String fromTemplate(@PathVariable long id, RedirectAttributes flash) {
            flash.addFlashAttribute("flash", "flash.saved");
            return "redirect:/subscriptions/" + lifecycle.fromTemplate(id).id();
        }
    }
}
