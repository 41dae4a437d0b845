package no.takt.billing;

import java.util.Optional;
import no.takt.billing.core.Drafting;
import no.takt.documents.Document;
import no.takt.documents.SalesOrderTerms;
import no.takt.platform.errors.NotFoundException;
import no.takt.subscriptions.Settings;
import no.takt.subscriptions.SubscriberService;
import no.takt.subscriptions.Subscription;
import no.takt.subscriptions.SubscriptionService;
import org.springframework.stereotype.Component;

/** What the documents module asks of billing: the terms a sales order's subscription sets for it. */
@Component
class BillingForDocuments implements SalesOrderTerms {

    private final SubscriptionService subscriptions;
    private final SubscriberService subscribers;
    private final BillingInputs inputs;

    BillingForDocuments(SubscriptionService subscriptions, SubscriberService subscribers, BillingInputs inputs) {
        this.subscriptions = subscriptions;
        this.subscribers = subscribers;
        this.inputs = inputs;
    }

    @Override
    public Optional<Terms> of(Document order) {
        return Optional.ofNullable(order.origin().subscriptionId()).flatMap(subscriptions::find)
                .map(Subscription::settings)
                .map(s -> new Terms(s.terms().cashRounding(),
                        Drafting.vatFree(s.terms().vatMode() == Settings.VatMode.EXPORT, subscriberExempt(order)),
                        BillingInputs.addresses(s), inputs.finishing(s), s.mail().emailSubject(),
                        s.mail().emailText()));
    }

    private boolean subscriberExempt(Document order) {
        try {
            return order.origin().subscriberId() != null
                    && subscribers.get(order.origin().subscriptionId(),
                            order.origin().subscriberId()).special().vatOverride() != null;
        } catch (NotFoundException gone) {
            return false;
        }
    }
}
