package no.takt.organisation.web;

import no.takt.organisation.BankAccount;
import no.takt.organisation.BankAccountInput;
import no.takt.organisation.BankAccountService;
import no.takt.organisation.Employee;
import no.takt.organisation.EmployeeInput;
import no.takt.organisation.EmployeeService;
import no.takt.organisation.Organisation;
import no.takt.organisation.OrganisationInput;
import no.takt.organisation.OrganisationService;
import no.takt.platform.web.CrudPageController;
import no.takt.platform.web.Forms;
import no.takt.platform.web.PageQuery;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The organisation's pages: the facts form, employees and bank accounts. */
final class OrganisationPages {

    private OrganisationPages() {
    }

    @Controller
    @RequestMapping("/organisation")
    static class Facts {

        private final OrganisationService service;
        private final BankAccountService bankAccounts;
        private final Forms forms;

        Facts(OrganisationService service, BankAccountService bankAccounts, Forms forms) {
            this.service = service;
            this.bankAccounts = bankAccounts;
            this.forms = forms;
        }

        @GetMapping
        String show(Model model) {
            Organisation organisation = service.get();
            forms.fill(model, organisation);
            prepare(model, organisation);
            return "organisation/form";
        }

        @PostMapping
        String save(@RequestParam MultiValueMap<String, String> params, Model model, RedirectAttributes flash) {
            prepare(model, service.get());
            return forms.submit(params, OrganisationInput.class, model, "organisation/form", input -> {
                service.update(input);
                flash.addFlashAttribute("flash", "flash.saved");
                return "redirect:/organisation";
            });
        }

        private void prepare(Model model, Organisation organisation) {
            model.addAttribute("entity", organisation);
            model.addAttribute("bankAccounts", bankAccounts.active());
        }
    }

    @Controller
    @RequestMapping("/employees")
    static class Employees extends CrudPageController<Employee, EmployeeInput> {

        private final EmployeeService service;

        Employees(EmployeeService service, Forms forms) {
            super(service, forms, EmployeeInput.class, "/employees");
            this.service = service;
        }

        @GetMapping
        String list(PageQuery query, Model model) {
            return list(query, service.list(query, null), model);
        }

        @Override
        protected Object defaults() {
            return new EmployeeInput(null, null, null, null, null, true, null);
        }
    }

    @Controller
    @RequestMapping("/bank-accounts")
    static class BankAccounts extends CrudPageController<BankAccount, BankAccountInput> {

        private final BankAccountService service;

        BankAccounts(BankAccountService service, Forms forms) {
            super(service, forms, BankAccountInput.class, "/bank-accounts");
            this.service = service;
        }

        @GetMapping
        String list(PageQuery query, Model model) {
            return list(query, service.list(query, null), model);
        }

        @Override
        protected Object defaults() {
            return new BankAccountInput(null, "NO", null, null, null, null, "NOK", true, null);
        }
    }
}
