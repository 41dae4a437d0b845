package no.takt.customers.web;

import java.util.List;
import no.takt.customers.Customer;
import no.takt.platform.Address;
import no.takt.platform.errors.Problems;
import no.takt.platform.web.Exports;

/** The customer list's columns in a file, headed in the user's language. */
final class CustomerExport {

    private CustomerExport() {
    }

    static List<Exports.Column<Customer>> columns(Problems m) {
        return List.of(
                new Exports.Column<>(m.message("field.customerNumber", List.of()), Exports.Kind.INTEGER,
                        Customer::customerNumber),
                new Exports.Column<>(m.message("field.name", List.of()), Exports.Kind.TEXT, Customer::name),
                new Exports.Column<>(m.message("field.organizationNumber", List.of()), Exports.Kind.TEXT,
                        Customer::organizationNumber),
                new Exports.Column<>(m.message("field.active", List.of()), Exports.Kind.TEXT,
                        c -> m.message(c.active() ? "form.yes" : "form.no", List.of())),
                new Exports.Column<>(m.message("field.invoiceEmail", List.of()), Exports.Kind.TEXT, Customer::invoiceEmail),
                new Exports.Column<>(m.message("field.peppolId", List.of()), Exports.Kind.TEXT, Customer::peppolId),
                new Exports.Column<>(m.message("field.street", List.of()), Exports.Kind.TEXT,
                        c -> part(c.addresses().invoiceAddress(), Address::street)),
                new Exports.Column<>(m.message("field.postcode", List.of()), Exports.Kind.TEXT,
                        c -> part(c.addresses().invoiceAddress(), Address::postcode)),
                new Exports.Column<>(m.message("field.city", List.of()), Exports.Kind.TEXT,
                        c -> part(c.addresses().invoiceAddress(), Address::city)),
                new Exports.Column<>(m.message("field.country", List.of()), Exports.Kind.TEXT, Customer::country),
                new Exports.Column<>(m.message("field.language", List.of()), Exports.Kind.TEXT, Customer::language),
                new Exports.Column<>(m.message("field.currency", List.of()), Exports.Kind.TEXT, Customer::currency));
    }

    private static String part(Address address, java.util.function.Function<Address, String> part) {
        return address == null ? null : part.apply(address);
    }
}
