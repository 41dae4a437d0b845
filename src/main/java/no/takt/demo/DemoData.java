package no.takt.demo;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.takt.catalog.FreightTermsInput;
import no.takt.catalog.FreightTermsService;
import no.takt.catalog.PaymentForm;
import no.takt.catalog.PaymentTermsInput;
import no.takt.catalog.PaymentTermsService;
import no.takt.catalog.ProductInput;
import no.takt.catalog.ProductService;
import no.takt.customers.ContactInput;
import no.takt.customers.ContactService;
import no.takt.customers.CustomerGroupInput;
import no.takt.customers.CustomerGroupService;
import no.takt.customers.CustomerInput;
import no.takt.customers.CustomerService;
import no.takt.organisation.BankAccountInput;
import no.takt.organisation.BankAccountService;
import no.takt.organisation.EmployeeInput;
import no.takt.organisation.EmployeeService;
import no.takt.organisation.OrganisationInput;
import no.takt.organisation.OrganisationService;
import no.takt.platform.Address;
import no.takt.platform.TaktProperties;
import no.takt.platform.web.PageQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the demo data set when {@code takt.demo=true} and there are no customers yet: the
 * organisation facts, 3 employees, 2 bank accounts, 15 products across the four VAT rates, payment
 * and freight terms, 4 customer groups, 25 customers with contacts, and three subscriptions.
 */
@Component
@Order(10)
class DemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final TaktProperties properties;
    private final OrganisationService organisation;
    private final EmployeeService employees;
    private final BankAccountService bankAccounts;
    private final ProductService products;
    private final PaymentTermsService paymentTerms;
    private final FreightTermsService freightTerms;
    private final CustomerGroupService groups;
    private final CustomerService customers;
    private final ContactService contacts;
    private final TransactionTemplate transaction;
    private final DemoSubscriptions demoSubscriptions;

    DemoData(TaktProperties properties, OrganisationService organisation, EmployeeService employees,
            BankAccountService bankAccounts, ProductService products, PaymentTermsService paymentTerms,
            FreightTermsService freightTerms, CustomerGroupService groups, CustomerService customers,
            ContactService contacts, DemoSubscriptions demoSubscriptions, PlatformTransactionManager transactions) {
        this.properties = properties;
        this.organisation = organisation;
        this.employees = employees;
        this.bankAccounts = bankAccounts;
        this.products = products;
        this.paymentTerms = paymentTerms;
        this.freightTerms = freightTerms;
        this.groups = groups;
        this.customers = customers;
        this.contacts = contacts;
        this.demoSubscriptions = demoSubscriptions;
        this.transaction = new TransactionTemplate(transactions);
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!properties.demo()) {
            return;
        }
        if (customers.list(PageQuery.firstPage(1), CustomerService.Filter.NONE).totalItems() > 0) {
            log.info("Demo data not loaded: the database already has customers");
            return;
        }
        transaction.executeWithoutResult(status -> load());
        log.info("Demo data loaded: {} customers, {} products", DemoCustomers.ALL.size(), PRODUCTS.size());
    }

    /** All or nothing: one transaction, so a failure leaves no half-loaded demo. */
    void load() {
        long operating = bankAccounts.create(new BankAccountInput("Driftskonto", "NO", "1503.12.34562", null, null,
                null, "NOK", true, null)).id();
        bankAccounts.create(new BankAccountInput("Valutakonto EUR", "NO", "8601.11.17947", "NO9386011117947",
                "DNBANOKK", null, "EUR", true, null));
        organisation.update(new OrganisationInput("Fjordtakt AS", "922 301 956", true, true,
                new Address("Storgata 1", "0155", "Oslo", "NO"), "NO", "NOK", "faktura@fjordtakt.no",
                "+47 22 00 10 00", "https://fjordtakt.no", operating, null, false, null));
        employees.create(new EmployeeInput("Kari Nordmann", "KN", "Daglig leder", "kari@fjordtakt.no",
                "+47 900 00 001", true, null));
        employees.create(new EmployeeInput("Ola Hansen", "OH", "Selger", "ola@fjordtakt.no", "+47 900 00 002",
                true, null));
        employees.create(new EmployeeInput("Ingrid Berg", "IB", "Regnskapsfører", "ingrid@fjordtakt.no",
                "+47 900 00 003", true, null));

        Map<String, Long> productIds = new HashMap<>();
        PRODUCTS.forEach(p -> productIds.put(p.productNumber(), products.create(p).id()));
        Map<String, Long> terms = Map.of(
                "14", paymentTerms.create(new PaymentTermsInput("14 dager", 14, PaymentForm.BANK_TRANSFER,
                        productIds.get("9001"), true, null)).id(),
                "30", paymentTerms.create(new PaymentTermsInput("30 dager", 30, PaymentForm.BANK_TRANSFER, null,
                        true, null)).id(),
                "AG", paymentTerms.create(new PaymentTermsInput("AvtaleGiro 10 dager", 10, PaymentForm.DIRECT_DEBIT,
                        null, true, null)).id());
        long freeDelivery = freightTerms.create(new FreightTermsInput("Fritt levert", "Ingen frakt faktureres", null,
                true, null)).id();
        long freight = freightTerms.create(new FreightTermsInput("Frakt etter vekt", "Frakt faktureres som egen linje",
                productIds.get("9002"), true, null)).id();

        Map<String, Long> groupIds = new HashMap<>();
        for (String[] g : new String[][] {{"Bedrift", "Bedriftskunder med organisasjonsnummer"},
                {"Privat", "Privatpersoner"}, {"Nord-Norge", "Kunder i Nordland, Troms og Finnmark og på Svalbard"},
                {"Norden", "Kunder i Danmark og Sverige"}}) {
            groupIds.put(g[0], groups.create(new CustomerGroupInput(g[0], g[1], null)).id());
        }

        List<Long> customerIds = new java.util.ArrayList<>();
        for (DemoCustomers.Spec spec : DemoCustomers.ALL) {
            long id = customers.create(new CustomerInput(null, spec.name(), spec.organizationNumber(), true,
                    spec.country(), null, null, spec.email(), spec.peppol() ? "0192:" + spec.organizationNumber() : null,
                    new Address(spec.street(), spec.postcode(), spec.city(), null), null, null,
                    terms.get(spec.terms()), spec.freight() ? freight : freeDelivery,
                    spec.groups().stream().map(groupIds::get).toList(), null)).id();
            customerIds.add(id);
            for (int i = 0; i < spec.contacts().size(); i++) {
                DemoCustomers.Person c = spec.contacts().get(i);
                contacts.create(id, new ContactInput(c.name(), c.email(), c.phone(), i == 0, null));
            }
        }
        demoSubscriptions.load(productIds, terms.get("14"), groupIds.get("Privat"), customerIds);
    }

    private static ProductInput product(String number, String name, String unit, String price, String cost,
            String vatCode) {
        return new ProductInput(number, name, null, unit, new BigDecimal(price), new BigDecimal(cost), vatCode,
                salesAccount(vatCode), false, null, null, true, null);
    }

    private static String salesAccount(String vatCode) {
        return switch (vatCode) {
            case "3", "31", "33" -> "3000";
            case "5" -> "3100";
            default -> "3200";
        };
    }

    /** Fifteen products over the four Norwegian VAT rates (25, 15, 12 and 0 %). */
    static final List<ProductInput> PRODUCTS = List.of(
            product("1001", "Programvarelisens Standard", "mnd", "499", "120", "3"),
            product("1002", "Programvarelisens Pro", "mnd", "899", "210", "3"),
            product("1003", "Ekstra bruker", "stk", "99", "10", "3"),
            product("1004", "Supportavtale", "mnd", "1500", "600", "3"),
            product("1005", "Oppstartshjelp", "time", "1200", "650", "3"),
            new ProductInput("1006", "Velkomstpakke", "Skriveblokk, kopp og brukerveiledning", "stk",
                    new BigDecimal("250"), new BigDecimal("95"), "3", "3000", true, new BigDecimal("120"), null, true, null),
            product("2001", "Matkasse Familie", "uke", "899", "610", "31"),
            product("2002", "Fruktkurv kontor", "uke", "349", "220", "31"),
            product("3001", "Månedskort kollektivtransport", "mnd", "750", "700", "33"),
            product("3002", "Hotellovernatting", "natt", "1290", "800", "33"),
            product("4001", "Avisabonnement papir", "mnd", "449", "180", "5"),
            product("4002", "Avisabonnement digitalt", "mnd", "249", "30", "5"),
            product("4003", "Medlemskontingent", "år", "600", "0", "6"),
            product("9001", "Fakturagebyr", "stk", "49", "0", "3"),
            product("9002", "Frakt", "stk", "99", "60", "3"));
}
