package no.takt.customers.web;

import no.takt.catalog.FreightTermsService;
import no.takt.catalog.PaymentTermsService;
import no.takt.customers.Contact;
import no.takt.customers.ContactInput;
import no.takt.customers.ContactService;
import no.takt.customers.Customer;
import no.takt.customers.CustomerGroup;
import no.takt.customers.CustomerGroupInput;
import no.takt.customers.CustomerGroupService;
import no.takt.customers.CustomerInput;
import no.takt.customers.CustomerService;
import no.takt.platform.web.CrudPageController;
import no.takt.platform.web.Forms;
import no.takt.platform.web.PageQuery;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The customer pages: list, customer card with its contacts, contact form, and customer groups. */
final class CustomersPages {

    private CustomersPages() {
    }

    @Controller
    @RequestMapping("/customers")
    static class Customers extends CrudPageController<Customer, CustomerInput> {

        private final CustomerService service;
        private final ContactService contacts;
        private final CustomerGroupService groups;
        private final PaymentTermsService paymentTerms;
        private final FreightTermsService freightTerms;

        private final no.takt.platform.errors.Problems messages;

        Customers(CustomerService service, ContactService contacts, CustomerGroupService groups,
                PaymentTermsService paymentTerms, FreightTermsService freightTerms, Forms forms,
                no.takt.platform.errors.Problems messages) {
            super(service, forms, CustomerInput.class, "/customers");
            this.messages = messages;
            this.service = service;
            this.contacts = contacts;
            this.groups = groups;
            this.paymentTerms = paymentTerms;
            this.freightTerms = freightTerms;
        }

        @GetMapping
        String list(PageQuery query, @RequestParam(required = false) Boolean active,
                @RequestParam(required = false) Long groupId, Model model) {
            model.addAttribute("active", active);
            model.addAttribute("groupId", groupId);
            model.addAttribute("groups", groups.all());
            return list(query, service.list(query, new CustomerService.Filter(active, groupId, null)), model);
        }

        /** The list as the page shows it (its filters, search and order), as a CSV or Excel file. */
        @GetMapping("/export")
        void export(PageQuery query, @RequestParam(required = false) Boolean active,
                @RequestParam(required = false) Long groupId, @RequestParam String format,
                jakarta.servlet.http.HttpServletResponse response) throws java.io.IOException {
            CustomerService.Filter filter = new CustomerService.Filter(active, groupId, null);
            no.takt.platform.web.Exports.download(format, response, "customers", CustomerExport.columns(messages),
                    each -> service.each(query, filter, each));
        }

        /** The active customers matching a search, as options of a select (for choosing a customer elsewhere). */
        @GetMapping("/options")
        String options(@RequestParam(required = false) String q, @RequestParam(required = false) String customerSearch,
                @RequestParam(required = false) Long selected,
                @RequestParam(required = false, defaultValue = "false") boolean all, Model model) {
            String search = q != null ? q : customerSearch;
            java.util.List<Customer> found = new java.util.ArrayList<>(service.list(new PageQuery(0, 50, "name",
                    search == null || search.isBlank() ? null : search.trim()), new CustomerService.Filter(true, null,
                    null)).items());
            model.addAttribute("all", all);
            if (selected != null && found.stream().noneMatch(c -> c.id() == selected)) {
                service.find(selected).ifPresent(c -> found.addFirst(c));
            }
            model.addAttribute("customers", found);
            model.addAttribute("selected", selected != null ? selected : found.isEmpty() ? null : found.getFirst().id());
            return "customers/options :: options";
        }

        @Override
        protected void prepare(Model model, Customer entity) {
            model.addAttribute("groups", groups.all());
            model.addAttribute("paymentTerms", paymentTerms.active());
            model.addAttribute("freightTerms", freightTerms.active());
            if (entity != null) {
                model.addAttribute("contacts", contacts.list(entity.id()));
            }
        }

        @Override
        protected Object defaults() {
            return new CustomerInput(null, null, null, true, "NO", "nb", "NOK", null, null, null, null, null, null,
                    null, null, null);
        }
    }

    @Controller
    @RequestMapping("/customers/{customerId}/contacts")
    static class Contacts {

        private final ContactService service;
        private final CustomerService customers;
        private final Forms forms;

        Contacts(ContactService service, CustomerService customers, Forms forms) {
            this.service = service;
            this.customers = customers;
            this.forms = forms;
        }

        @GetMapping("/new")
        String newForm(@PathVariable long customerId, Model model) {
            model.addAttribute("customer", customers.get(customerId));
            forms.fill(model, new ContactInput(null, null, null, false, null));
            return "customers/contact-form";
        }

        @GetMapping("/{id}")
        String edit(@PathVariable long customerId, @PathVariable long id, Model model) {
            model.addAttribute("customer", customers.get(customerId));
            Contact contact = service.get(customerId, id);
            model.addAttribute("entity", contact);
            forms.fill(model, contact);
            return "customers/contact-form";
        }

        @PostMapping("/new")
        String create(@PathVariable long customerId, @RequestParam MultiValueMap<String, String> params, Model model,
                RedirectAttributes flash) {
            model.addAttribute("customer", customers.get(customerId));
            return forms.submit(params, ContactInput.class, model, "customers/contact-form", input -> {
                service.create(customerId, input);
                return backToCustomer(customerId, flash);
            });
        }

        @PostMapping("/{id}")
        String update(@PathVariable long customerId, @PathVariable long id,
                @RequestParam MultiValueMap<String, String> params, Model model, RedirectAttributes flash) {
            model.addAttribute("customer", customers.get(customerId));
            model.addAttribute("entity", service.get(customerId, id));
            return forms.submit(params, ContactInput.class, model, "customers/contact-form", input -> {
                service.update(customerId, id, input);
                return backToCustomer(customerId, flash);
            });
        }

        @PostMapping("/{id}/delete")
        String delete(@PathVariable long customerId, @PathVariable long id, RedirectAttributes flash) {
            service.delete(customerId, id);
            flash.addFlashAttribute("flash", "flash.deleted");
            return "redirect:/customers/" + customerId;
        }

        private static String backToCustomer(long customerId, RedirectAttributes flash) {
            flash.addFlashAttribute("flash", "flash.saved");
            return "redirect:/customers/" + customerId;
        }
    }

    @Controller
    @RequestMapping("/customer-groups")
    static class Groups extends CrudPageController<CustomerGroup, CustomerGroupInput> {

        private final CustomerGroupService service;

        Groups(CustomerGroupService service, Forms forms) {
            super(service, forms, CustomerGroupInput.class, "/customer-groups");
            this.service = service;
        }

        @GetMapping
        String list(PageQuery query, Model model) {
            return list(query, service.list(query), model);
        }

        @PostMapping("/{id}/delete")
        String delete(@PathVariable long id, RedirectAttributes flash) {
            service.delete(id);
            flash.addFlashAttribute("flash", "flash.deleted");
            return "redirect:/customer-groups";
        }
    }
}
