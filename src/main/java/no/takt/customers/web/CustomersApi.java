package no.takt.customers.web;

import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import no.takt.customers.Contact;
import no.takt.customers.ContactInput;
import no.takt.customers.ContactService;
import no.takt.customers.Customer;
import no.takt.customers.CustomerGroup;
import no.takt.customers.CustomerGroupInput;
import no.takt.customers.CustomerGroupService;
import no.takt.customers.CustomerInput;
import no.takt.customers.CustomerService;
import no.takt.platform.web.Created;
import no.takt.platform.web.CrudApiController;
import no.takt.platform.web.Page;
import no.takt.platform.web.PageQuery;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/customers} with nested {@code /contacts}, and {@code /api/v1/customer-groups}. */
final class CustomersApi {

    private CustomersApi() {
    }

    @RestController
    @RequestMapping("/api/v1/customers")
    @Tag(name = "Customers")
    static class Customers extends CrudApiController<Customer, CustomerInput> {

        private final CustomerService service;
        private final no.takt.platform.errors.Problems messages;

        Customers(CustomerService service, no.takt.platform.errors.Problems messages) {
            super(service);
            this.service = service;
            this.messages = messages;
        }

        @GetMapping
        ResponseEntity<Page<Customer>> list(@ParameterObject PageQuery query,
                @RequestParam(required = false) Boolean active, @RequestParam(required = false) Long groupId,
                @RequestParam(required = false) String country, @RequestParam(required = false) String format,
                jakarta.servlet.http.HttpServletResponse response) throws java.io.IOException {
            CustomerService.Filter filter = new CustomerService.Filter(active, groupId, country);
            return no.takt.platform.web.Exports.answer(format, response, () -> service.list(query, filter), "customers",
                    CustomerExport.columns(messages), each -> service.each(query, filter, each));
        }
    }

    @RestController
    @RequestMapping("/api/v1/customers/{customerId}/contacts")
    @Tag(name = "Customers")
    static class Contacts {

        private final ContactService service;

        Contacts(ContactService service) {
            this.service = service;
        }

        /** All contacts of the customer (a handful; not paged). */
        @GetMapping
        Page<Contact> list(@PathVariable long customerId) {
            List<Contact> contacts = service.list(customerId);
            return Page.of(contacts, PageQuery.firstPage(Math.max(1, contacts.size())), contacts.size());
        }

        @GetMapping("/{id}")
        Contact get(@PathVariable long customerId, @PathVariable long id) {
            return service.get(customerId, id);
        }

        @PostMapping
        ResponseEntity<Contact> create(@PathVariable long customerId, @Valid @RequestBody ContactInput input) {
            Contact contact = service.create(customerId, input);
            return Created.at(contact.id(), contact);
        }

        @PutMapping("/{id}")
        Contact update(@PathVariable long customerId, @PathVariable long id, @Valid @RequestBody ContactInput input) {
            return service.update(customerId, id, input);
        }

        @DeleteMapping("/{id}")
        @ResponseStatus(org.springframework.http.HttpStatus.NO_CONTENT)
        void delete(@PathVariable long customerId, @PathVariable long id) {
            service.delete(customerId, id);
        }
    }

    @RestController
    @RequestMapping("/api/v1/customer-groups")
    @Tag(name = "Customer groups")
    static class Groups extends CrudApiController<CustomerGroup, CustomerGroupInput> {

        private final CustomerGroupService service;

        Groups(CustomerGroupService service) {
            super(service);
            this.service = service;
        }

        @GetMapping
        Page<CustomerGroup> list(@ParameterObject PageQuery query) {
            return service.list(query);
        }

        @DeleteMapping("/{id}")
        @ResponseStatus(org.springframework.http.HttpStatus.NO_CONTENT)
        void delete(@PathVariable long id) {
            service.delete(id);
        }
    }
}
