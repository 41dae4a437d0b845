package no.takt.billing;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import no.takt.customers.CustomerService;
import no.takt.customers.CustomerSummary;
import no.takt.organisation.OrganisationService;
import no.takt.platform.Address;
import no.takt.platform.errors.UnprocessableException;
import no.takt.subscriptions.Subscriber;
import no.takt.subscriptions.SubscriberService;
import no.takt.subscriptions.SubscriptionService;
import no.takt.time.Recurrence;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Previews (PRODUCT.md §5): the next document a subscriber would get — on the date, or on the
 * first run date after it when nothing is due then — or the document of a made-up customer, worked
 * out exactly as the run does, and neither numbered nor stored.
 */
@Service
public class Previews {

    /** How far ahead a preview looks for the subscriber's next document. */
    private static final int RUN_DATES_AHEAD = 36;

    private final BillingCalculator calculator;
    private final DocumentRepository documents;
    private final SubscriptionService subscriptions;
    private final SubscriberService subscribers;
    private final CustomerService customers;
    private final OrganisationService organisation;
    private final Clock clock;

    Previews(BillingCalculator calculator, DocumentRepository documents, SubscriptionService subscriptions,
            SubscriberService subscribers, CustomerService customers, OrganisationService organisation,
            Clock clock) {
        this.clock = clock;
        this.calculator = calculator;
        this.documents = documents;
        this.subscriptions = subscriptions;
        this.subscribers = subscribers;
        this.customers = customers;
        this.organisation = organisation;
    }

    /** The next document of the subscriber (its customer; the first member for a customer group). */
    @Transactional(readOnly = true)
    public Document forSubscriber(long subscriptionId, long subscriberId, LocalDate date) {
        Subscriber subscriber = subscribers.get(subscriptionId, subscriberId);
        Long customerId = subscriber.customerId() != null ? subscriber.customerId()
                : customers.memberIds(subscriber.customerGroupId()).stream().findFirst().orElse(null);
        CustomerSummary customer = customerId == null ? null : customers.summaries(List.of(customerId)).get(customerId);
        if (customer == null) {
            throw UnprocessableException.field("subscriberId", "error.preview-no-customer");
        }
        BilledState.Key key = new BilledState.Key(subscriberId, customerId);
        BilledState state = documents.billed(List.of(key), date.getYear()).getOrDefault(key, BilledState.NOTHING);
        return next(context(subscriptionId), subscriber, customer, state, date);
    }

    /** The document a made-up customer ("Ola Nordmann AS") starting on the date would get. */
    @Transactional(readOnly = true)
    public Document fictive(long subscriptionId, LocalDate date) {
        BillingCalculator.SubscriptionContext ctx = context(subscriptionId);
        String country = organisation.get().country();
        Address address = new Address("Storgata 1", "0150", "Oslo", country);
        CustomerSummary customer = new CustomerSummary(0, 10001, "Ola Nordmann AS", true, country,
                ctx.subscription().settings().language(), "ola@example.no", address, Address.EMPTY, Address.EMPTY,
                "999999999", null, "Ola Nordmann");
        Subscriber subscriber = new Subscriber(0, subscriptionId, 0L, null, null, date, null, BigDecimal.ONE, null,
                null, null, null, null, null, null, true, customer.name(), customer.customerNumber(), null,
                customer.email(), false, 0, OffsetDateTime.now(clock), null, null, null);
        return next(ctx, subscriber, customer, BilledState.NOTHING, date);
    }

    private BillingCalculator.SubscriptionContext context(long subscriptionId) {
        if (subscriptions.get(subscriptionId).settings().frequencyId() == null) {
            throw UnprocessableException.field("frequencyId", "error.preview-no-frequency");
        }
        return calculator.context(subscriptionId);
    }

    private Document next(BillingCalculator.SubscriptionContext ctx, Subscriber subscriber, CustomerSummary customer,
            BilledState state, LocalDate date) {
        LocalDate day = date;
        for (int i = 0; i < RUN_DATES_AHEAD; i++) {
            BillingCalculator.Result result = calculator.draftOne(ctx, subscriber, customer, state, day);
            if (!result.drafts().isEmpty()) {
                return DocumentFinisher.unnumbered(result.drafts().getFirst());
            }
            if (!result.skips().isEmpty()) {
                throw UnprocessableException.field("subscriberId", "error.preview-skipped",
                        result.skips().getFirst().reason());
            }
            Optional<LocalDate> nextRun = Recurrence.next(ctx.terms().frequency(), day.plusDays(1));
            if (nextRun.isEmpty()) {
                break;
            }
            day = nextRun.get();
        }
        throw UnprocessableException.field("date", "error.preview-nothing-due");
    }
}
