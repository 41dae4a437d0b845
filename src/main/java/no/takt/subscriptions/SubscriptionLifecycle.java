package no.takt.subscriptions;

import java.util.List;
import no.takt.platform.audit.AuditLog;
import no.takt.platform.errors.FieldProblem;
import no.takt.platform.errors.UnprocessableException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The lifecycle (seed 003): a new subscription is inactive; starting it needs a frequency, our
 * reference, a seller, at least one order line and one active subscriber; it can be deactivated,
 * copied ("Kopi av …", inactive, no link to the original), and new ones can be made from templates.
 */
@Service
public class SubscriptionLifecycle {

    /** Stands for the active flag in the audit trail. */
    private record Activation(boolean active) {
    }

    private final SubscriptionService subscriptions;
    private final SubscriptionRepository repository;
    private final SubscriptionLineService lines;
    private final SubscriberService subscribers;
    private final StartSummaries summaries;
    private final AuditLog audit;

    SubscriptionLifecycle(SubscriptionService subscriptions, SubscriptionRepository repository,
            SubscriptionLineService lines, SubscriberService subscribers, StartSummaries summaries, AuditLog audit) {
        this.subscriptions = subscriptions;
        this.repository = repository;
        this.lines = lines;
        this.subscribers = subscribers;
        this.summaries = summaries;
        this.audit = audit;
    }

    /** What starting would do, and what blocks it; nothing is changed. */
    public StartSummary summary(long id) {
        return summaries.of(id);
    }

    /** Starts the subscription, or answers 422 listing everything that is missing. */
    @Transactional
    public StartSummary start(long id) {
        Subscription subscription = subscriptions.get(id);
        List<FieldProblem> missing = summaries.blockers(subscription,
                lines.list(id).stream().filter(l -> !l.definition().text().freeText()).toList(), subscribers.list(id));
        if (!missing.isEmpty()) {
            throw new UnprocessableException(missing);
        }
        setActive(subscription, true);
        return summaries.of(id);
    }

    @Transactional
    public Subscription deactivate(long id) {
        setActive(subscriptions.get(id), false);
        return subscriptions.get(id);
    }

    /** An exact, inactive copy with every line and subscriber and the subject prefixed in the subscription's language. */
    @Transactional
    public Subscription copy(long id) {
        Subscription original = subscriptions.get(id);
        SubscriptionInput settings = original.settings();
        Subscription copy = subscriptions.create(settings.withSubject(copyPrefix(settings.print().language())
                + settings.basis().subject(), settings.basis().template()));
        lines.copyAll(id, copy.id());
        subscribers.copyAll(id, copy.id());
        return subscriptions.get(copy.id());
    }

    /** A new, inactive subscription with a template's settings and lines (and none of its subscribers). */
    @Transactional
    public Subscription fromTemplate(long templateId) {
        Subscription template = subscriptions.get(templateId);
        if (!template.settings().basis().template()) {
            throw UnprocessableException.field("templateId", "error.not-a-template", templateId);
        }
        Subscription created = subscriptions.create(template.settings().withSubject(template.subject(), false));
        lines.copyAll(templateId, created.id());
        return subscriptions.get(created.id());
    }

    static String copyPrefix(String language) {
        return switch (language) {
            case "nb" -> "Kopi av ";
            case "da" -> "Kopi af ";
            default -> "Copy of ";
        };
    }

    private void setActive(Subscription subscription, boolean active) {
        if (subscription.active() != active) {
            repository.setActive(subscription.id(), active, audit.stamp());
            audit.changed(SubscriptionService.scope(subscription.id()), SubscriptionService.ENTITY, subscription.id(),
                    new Activation(subscription.active()), new Activation(active));
        }
    }
}
