package no.takt.billing;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import no.takt.billing.core.Drafting;
import no.takt.billing.core.Entry;
import no.takt.billing.core.Skip;
import no.takt.billing.core.SkipReason;
import no.takt.billing.core.SubscriptionTerms;
import no.takt.customers.CustomerService;
import no.takt.customers.CustomerSummary;
import no.takt.documents.Document;
import no.takt.documents.Draft;
import no.takt.documents.Issuing;
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
 * out by the run's own calculation, and neither numbered nor stored.
 */
@Service
public class Previews {

    /** How far ahead a preview looks for the subscriber's next document. */
    private static final int RUN_DATES_AHEAD = 36;
    /** The made-up customer's number: 0, which no real customer has (their numbers are positive). */
    private static final long FICTIVE_CUSTOMER_NUMBER = 0;

    private final BillingInputs inputs;
    private final Issuing issuing;
    private final RunRepository runs;
    private final SubscriptionService subscriptions;
    private final SubscriberService subscribers;
    private final CustomerService customers;
    private final OrganisationService organisation;

    Previews(BillingInputs inputs, Issuing issuing, RunRepository runs, SubscriptionService subscriptions,
            SubscriberService subscribers, CustomerService customers, OrganisationService organisation) {
        this.inputs = inputs;
        this.issuing = issuing;
        this.runs = runs;
        this.subscriptions = subscriptions;
        this.subscribers = subscribers;
        this.customers = customers;
        this.organisation = organisation;
    }

    /** The next document of the subscriber (its customer; the first member for a customer group). */
    @Transactional(readOnly = true)
    public Document forSubscriber(long subscriptionId, long subscriberId, LocalDate date) {
        Subscriber subscriber = subscribers.get(subscriptionId, subscriberId);
        Long customerId = subscriber.party().customerId() != null ? subscriber.party().customerId()
                : customers.memberIds(subscriber.party().customerGroupId()).stream().findFirst().orElse(null);
        if (customerId == null || customers.summaries(List.of(customerId)).isEmpty()) {
            throw UnprocessableException.field("subscriberId", "error.preview-no-customer");
        }
        SubscriptionTerms terms = terms(subscriptionId);
        return next(terms, day -> inputs.slice(terms, List.of(subscriber), keys -> issuing.billed(keys, day.getYear()),
                runs::history), customerId, date);
    }

    /** The document a made-up customer ("Ola Nordmann AS") starting on the date would get. */
    @Transactional(readOnly = true)
    public Document fictive(long subscriptionId, LocalDate date) {
        SubscriptionTerms terms = terms(subscriptionId);
        String country = organisation.get().country();
        Address address = new Address("Storgata 1", "0150", "Oslo", country);
        CustomerSummary customer = new CustomerSummary(0, FICTIVE_CUSTOMER_NUMBER, "Ola Nordmann AS", true, country,
                terms.output().language(), "ola@example.no", address, Address.EMPTY, Address.EMPTY, "999999999",
                null, "Ola Nordmann");
        Entry entry = new Entry(0, List.of(0L), true, date, null, Entry.Special.NONE, null, null, null);
        Drafting.Slice slice = new Drafting.Slice(List.of(entry), Map.of(0L, customer), Map.of(), Drafting.History.NONE);
        return next(terms, day -> slice, 0L, date);
    }

    private SubscriptionTerms terms(long subscriptionId) {
        if (subscriptions.get(subscriptionId).settings().basis().frequencyId() == null) {
            throw UnprocessableException.field("frequencyId", "error.preview-no-frequency");
        }
        return inputs.terms(subscriptionId);
    }

    private Document next(SubscriptionTerms terms, Function<LocalDate, Drafting.Slice> slice,
            long customerId, LocalDate date) {
        LocalDate day = date;
        for (int i = 0; i < RUN_DATES_AHEAD; i++) {
            Drafting.Result result = inputs.draft(terms, slice.apply(day), day, null);
            Optional<Document> first = result.drafts().stream().filter(d -> d.document().customer().customerId() == customerId)
                    .findFirst().map(Draft::unnumbered);
            if (first.isPresent()) {
                return first.get();
            }
            Optional<SkipReason> skipped = result.skips().stream().filter(s -> s.customerId() == customerId)
                    .map(Skip::reason).findFirst();
            if (skipped.isPresent()) {
                throw UnprocessableException.field("subscriberId", "error.preview-skipped", skipped.get());
            }
            Optional<LocalDate> nextRun = Recurrence.next(terms.periods().frequency(), day.plusDays(1));
            if (nextRun.isEmpty()) {
                break;
            }
            day = nextRun.get();
        }
        throw UnprocessableException.field("date", "error.preview-nothing-due");
    }
}
