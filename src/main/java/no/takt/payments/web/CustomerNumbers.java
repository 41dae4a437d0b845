package no.takt.payments.web;

import no.takt.customers.CustomerService;
import no.takt.platform.errors.BadInputException;
import no.takt.platform.web.PageQuery;

/** The customer a form names by number (as a clerk knows them), or a problem at the field {@code customerNumber}. */
final class CustomerNumbers {

    private CustomerNumbers() {
    }

    static long id(CustomerService customers, long number) {
        return customers.list(new PageQuery(0, 50, null, Long.toString(number)), CustomerService.Filter.NONE).items()
                .stream().filter(c -> c.customerNumber() == number).map(c -> c.id()).findFirst()
                .orElseThrow(() -> BadInputException.field("customerNumber", "error.payment-no-such-customer"));
    }
}
