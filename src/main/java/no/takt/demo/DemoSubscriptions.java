package no.takt.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import no.takt.organisation.EmployeeService;
import no.takt.subscriptions.FrequencyInput;
import no.takt.subscriptions.FrequencyService;
import no.takt.subscriptions.LineInput;
import no.takt.subscriptions.Settings;
import no.takt.subscriptions.SubscriberInput;
import no.takt.subscriptions.SubscriptionInput;
import no.takt.subscriptions.SubscriptionLifecycle;
import no.takt.subscriptions.SubscriptionLine;
import no.takt.subscriptions.SubscriptionLineService;
import no.takt.subscriptions.SubscriptionService;
import no.takt.subscriptions.SubscriberService;
import no.takt.time.RecurrenceUnit;
import org.springframework.stereotype.Component;

/**
 * The demo's frequencies and subscriptions: a monthly software licence for the business customers
 * (one with five users, one on Svalbard without VAT), a yearly newspaper for the private group, a
 * monthly operations agreement billed as sales orders (to be adjusted for the month's extra work and
 * then invoiced), and an inactive support agreement still being set up.
 */
@Component
class DemoSubscriptions {

    private final FrequencyService frequencies;
    private final SubscriptionService subscriptions;
    private final SubscriptionLineService lines;
    private final SubscriberService subscribers;
    private final SubscriptionLifecycle lifecycle;
    private final EmployeeService employees;
    private final Clock clock;

    DemoSubscriptions(FrequencyService frequencies, SubscriptionService subscriptions, SubscriptionLineService lines,
            SubscriberService subscribers, SubscriptionLifecycle lifecycle, EmployeeService employees, Clock clock) {
        this.frequencies = frequencies;
        this.subscriptions = subscriptions;
        this.lines = lines;
        this.subscribers = subscribers;
        this.lifecycle = lifecycle;
        this.employees = employees;
        this.clock = clock;
    }

    void load(Map<String, Long> products, long paymentTerms, long privateGroup, List<Long> customers) {
        LocalDate yearStart = LocalDate.now(clock).withDayOfYear(1);
        long monthly = frequencies.create(new FrequencyInput("Månedlig den 1.", RecurrenceUnit.MONTH, 1, 1, null, null,
                yearStart, null, null, true, null)).id();
        long yearly = frequencies.create(new FrequencyInput("Årlig 1. januar", RecurrenceUnit.YEAR, 1, 1, null, 1,
                yearStart, null, null, true, null)).id();
        frequencies.create(new FrequencyInput("Hver 3. måned, siste dag", RecurrenceUnit.MONTH, 3, -1, null, null,
                yearStart, null, null, true, null));
        long seller = employees.active().stream().filter(e -> "OH".equals(e.initials())).findFirst().orElseThrow().id();
        long reference = employees.active().stream().filter(e -> "KN".equals(e.initials())).findFirst().orElseThrow().id();

        long licence = subscription("Programvarelisens @MONTHSTRING@", monthly, reference, seller, paymentTerms);
        lines.create(licence, product(products.get("1002"), "1"));
        lines.create(licence, product(products.get("1003"), "1"));
        lines.create(licence, LineInput.of(SubscriptionLine.Kind.INVOICE_FEE));
        for (long customer : customers.subList(0, 8)) {
            subscribers.create(licence, subscriber(customer, customer == customers.get(2) ? "5" : null, null));
        }
        subscribers.create(licence, subscriber(customers.get(13), null, "EXPORT"));
        lifecycle.start(licence);

        long newspaper = subscription("Avisabonnement @YEAR@", yearly, reference, seller, paymentTerms);
        lines.create(newspaper, product(products.get("4001"), "12"));
        subscribers.create(newspaper, new SubscriberInput(null, privateGroup, null, null, null, null, null, null, null,
                null, null, null, null, true, null));
        lifecycle.start(newspaper);

        long operations = subscription("Driftsavtale @MONTHSTRING@", monthly, reference, seller, paymentTerms,
                Settings.ProcessingStep.SALES_ORDER);
        lines.create(operations, product(products.get("1004"), "1"));
        for (long customer : customers.subList(8, 11)) {
            subscribers.create(operations, subscriber(customer, null, null));
        }
        lifecycle.start(operations);

        long support = subscription("Supportavtale", monthly, reference, seller, paymentTerms);
        lines.create(support, product(products.get("1004"), "1"));
    }

    private long subscription(String subject, long frequency, long reference, long seller, long paymentTerms) {
        return subscription(subject, frequency, reference, seller, paymentTerms, Settings.ProcessingStep.INVOICE);
    }

    private long subscription(String subject, long frequency, long reference, long seller, long paymentTerms,
            Settings.ProcessingStep step) {
        return subscriptions.create(new SubscriptionInput(
                new SubscriptionInput.Basis(subject, false, frequency, reference, seller, null,
                        "Takk for at du abonnerer hos oss.", null),
                new SubscriptionInput.Sales(null, null, null, null, null, null, null),
                new SubscriptionInput.Terms(null, null, null, "NOK", paymentTerms, null, 14),
                new SubscriptionInput.Print(null, "nb", null, null, null, null, null, null, null),
                new SubscriptionInput.Billing(step, null, null, null, null, null, null, null, null, null, null),
                new SubscriptionInput.Mail(true, "Faktura @ID@: @SUBJECT@", "Du har mottatt en faktura på @SUMTOTAL@.",
                "faktura@fjordtakt.no", "Fjordtakt AS", null, null),
                new SubscriptionInput.PaymentReference(true, "cccccciiiiii", null, null), null)).id();
    }

    private static LineInput product(long productId, String quantity) {
        return LineInput.of(productId, new BigDecimal(quantity));
    }

    private static SubscriberInput subscriber(long customer, String factor, String vatOverride) {
        return new SubscriberInput(customer, null, null, null, null, factor, null, null, null, null,
                vatOverride == null ? null : no.takt.subscriptions.Subscriber.VatOverride.valueOf(vatOverride), null,
                null, true, null);
    }
}
