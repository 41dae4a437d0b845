package no.takt.billing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.takt.billing.core.Drafting;
import no.takt.billing.core.Entry;
import no.takt.billing.core.Skip;
import no.takt.billing.core.SubscriptionTerms;
import no.takt.customers.CustomerSummary;
import no.takt.documents.BilledState;
import no.takt.documents.Channel;
import no.takt.documents.Document;
import no.takt.documents.Draft;
import no.takt.documents.Issuing;
import no.takt.money.Amounts;
import no.takt.subscriptions.StartPreview;
import no.takt.subscriptions.StartSummary;
import no.takt.subscriptions.Subscriber;
import no.takt.subscriptions.SubscriberService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the subscriptions module asks of billing: the start summary's entries, from the run's own
 * calculation on the date — one entry per subscriber's customer, with the documents it gets (several
 * when missed periods are caught up) or why it gets none.
 */
@Component
class BillingForSubscriptions implements StartPreview {

    private final BillingInputs inputs;
    private final SubscriberService subscribers;
    private final Issuing issuing;
    private final RunRepository runs;

    BillingForSubscriptions(BillingInputs inputs, SubscriberService subscribers, Issuing issuing, RunRepository runs) {
        this.inputs = inputs;
        this.subscribers = subscribers;
        this.issuing = issuing;
        this.runs = runs;
    }

    @Override
    @Transactional(readOnly = true)
    public List<StartSummary.Entry> entries(long subscriptionId, LocalDate date) {
        SubscriptionTerms terms = inputs.terms(subscriptionId);
        List<Subscriber> all = subscribers.list(subscriptionId);
        Drafting.Slice slice = inputs.slice(terms, all, keys -> issuing.billed(keys, date.getYear()),
                runs::history);
        Drafting.Result result = inputs.draft(terms, slice, date, null);
        Map<BilledState.Key, List<Document>> drafts = new LinkedHashMap<>();
        for (Draft draft : result.drafts()) {
            Document d = draft.document();
            drafts.computeIfAbsent(new BilledState.Key(d.origin().subscriberId(), d.customer().customerId()),
                    k -> new ArrayList<>()).add(d);
        }
        Map<BilledState.Key, Skip> skipped = new LinkedHashMap<>();
        result.skips().forEach(s -> skipped.put(new BilledState.Key(s.subscriberId(), s.customerId()), s));
        result.idle().forEach(s -> skipped.put(new BilledState.Key(s.subscriberId(), s.customerId()), s));
        List<StartSummary.Entry> entries = new ArrayList<>();
        for (Entry entry : slice.entries()) {
            for (long customerId : entry.customerIds()) {
                BilledState.Key key = new BilledState.Key(entry.subscriberId(), customerId);
                CustomerSummary customer = slice.customers().get(customerId);
                List<Document> documents = drafts.getOrDefault(key, List.of());
                boolean invoice = customer != null && Drafting.invoiceAllowed(terms.output(), customer);
                Document first = documents.isEmpty() ? null : documents.getFirst();
                Channel channel = first == null ? null : Channel.of(first.type(), first.customer().peppolId(),
                        first.delivery().byEmail(), first.customer().email());
                entries.add(new StartSummary.Entry(entry.subscriberId(), customerId,
                        customer == null ? null : customer.customerNumber(), customer == null ? null : customer.name(),
                        invoice ? StartSummary.DocumentType.INVOICE : StartSummary.DocumentType.SALES_ORDER,
                        channel, channel == Channel.EHF ? first.customer().peppolId()
                                : channel == Channel.EMAIL ? first.customer().email() : null, documents.size(),
                        Amounts.sum(documents, d -> d.totals().totalExclVat()),
                        Amounts.sum(documents, d -> d.totals().totalInclVat()),
                        Optional.ofNullable(skipped.get(key)).map(s -> s.reason().name()).orElse(null)));
            }
        }
        return entries;
    }
}
