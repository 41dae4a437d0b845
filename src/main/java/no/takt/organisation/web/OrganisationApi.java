package no.takt.organisation.web;

import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import no.takt.organisation.BankAccount;
import no.takt.organisation.BankAccountInput;
import no.takt.organisation.BankAccountService;
import no.takt.organisation.Employee;
import no.takt.organisation.EmployeeInput;
import no.takt.organisation.EmployeeService;
import no.takt.organisation.Organisation;
import no.takt.organisation.OrganisationInput;
import no.takt.organisation.OrganisationService;
import no.takt.platform.web.CrudApiController;
import no.takt.platform.web.Page;
import no.takt.platform.web.PageQuery;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/organisation} (one, GET/PUT), {@code /employees} and {@code /bank-accounts}. */
final class OrganisationApi {

    private OrganisationApi() {
    }

    @RestController
    @RequestMapping("/api/v1/organisation")
    @Tag(name = "Organisation")
    static class Facts {

        private final OrganisationService service;

        Facts(OrganisationService service) {
            this.service = service;
        }

        @GetMapping
        Organisation get() {
            return service.get();
        }

        @PutMapping
        Organisation update(@Valid @RequestBody OrganisationInput input) {
            return service.update(input);
        }
    }

    @RestController
    @RequestMapping("/api/v1/employees")
    @Tag(name = "Employees")
    static class Employees extends CrudApiController<Employee, EmployeeInput> {

        private final EmployeeService service;

        Employees(EmployeeService service) {
            super(service);
            this.service = service;
        }

        @GetMapping
        Page<Employee> list(@ParameterObject PageQuery query, @RequestParam(required = false) Boolean active) {
            return service.list(query, active);
        }
    }

    @RestController
    @RequestMapping("/api/v1/bank-accounts")
    @Tag(name = "Bank accounts")
    static class BankAccounts extends CrudApiController<BankAccount, BankAccountInput> {

        private final BankAccountService service;

        BankAccounts(BankAccountService service) {
            super(service);
            this.service = service;
        }

        @GetMapping
        Page<BankAccount> list(@ParameterObject PageQuery query, @RequestParam(required = false) Boolean active) {
            return service.list(query, active);
        }
    }
}
