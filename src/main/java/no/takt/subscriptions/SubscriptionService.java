package no.takt.subscriptions;

import no.takt.documents.OrderStatistics;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import no.takt.catalog.FreightTermsService;
import no.takt.catalog.PaymentTermsService;
import no.takt.organisation.BankAccountService;
import no.takt.organisation.EmployeeService;
import no.takt.platform.audit.AuditLog;
import no.takt.platform.errors.BadInputException;
import no.takt.platform.errors.FieldProblems;
import no.takt.platform.errors.NotFoundException;
import no.takt.platform.errors.UnprocessableException;
import no.takt.platform.web.CrudService;
import no.takt.platform.web.Page;
import no.takt.platform.web.PageQuery;
import no.takt.time.Recurrence;
import org.springframework.context.event.EventListener;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Subscriptions: their order basis and settings, list, and next run dates. */
@Service
public class SubscriptionService implements CrudService<Subscription, SubscriptionInput> {

    static final String ENTITY = "subscription";

    private final SubscriptionRepository repository;
    private final FrequencyService frequencies;
    private final EmployeeService employees;
    private final BankAccountService bankAccounts;
    private final PaymentTermsService paymentTerms;
    private final FreightTermsService freightTerms;
    private final AuditLog audit;
    private final Clock clock;
    private final OrderStatistics statistics;
    private final ApplicationEventPublisher events;

    SubscriptionService(SubscriptionRepository repository, FrequencyService frequencies, EmployeeService employees,
            BankAccountService bankAccounts, PaymentTermsService paymentTerms, FreightTermsService freightTerms,
            AuditLog audit, Clock clock, OrderStatistics statistics, ApplicationEventPublisher events) {
        this.statistics = statistics;
        this.events = events;
        this.repository = repository;
        this.frequencies = frequencies;
        this.employees = employees;
        this.bankAccounts = bankAccounts;
        this.paymentTerms = paymentTerms;
        this.freightTerms = freightTerms;
        this.audit = audit;
        this.clock = clock;
    }

    /** The audit scope of a subscription: itself, its lines and its subscribers. */
    public static String scope(long subscriptionId) {
        return ENTITY + ":" + subscriptionId;
    }

    public Page<Subscription> list(PageQuery query, Subscription.Status status) {
        refreshNextDates(repository.needingNextDate(today(), null));
        return repository.list(query, status, summaries());
    }

    /** Every subscription of the list, in its order, one by one, a page of 500 at a time (an export). */
    public void each(PageQuery query, Subscription.Status status, java.util.function.Consumer<Subscription> each) {
        Page.each(p -> list(new PageQuery(p, 500, query.sort(), query.q()), status), each);
    }

    /** The next date a run bills an active subscription, if any will. */
    public Optional<LocalDate> nextRunDate() {
        refreshNextDates(repository.needingNextDate(today(), null));
        return repository.nextRunDate();
    }

    /** The ids of the subscriptions a billing run bills: started, not templates, with an active frequency. */
    public java.util.List<Long> billableIds() {
        return repository.billableIds();
    }

    @Override
    public Subscription get(long id) {
        return find(id).orElseThrow(() -> new NotFoundException(ENTITY, id));
    }

    public Optional<Subscription> find(long id) {
        return repository.find(id, summaries());
    }

    /**
     * Adds the orders and invoices a billing run made to its subscriptions' counts, once per run
     * (a second call for the same run changes nothing), when the run has ended, however it ended.
     */
    @Transactional
    public void countOrders(long runId) {
        repository.countOrders(runId, statistics.ofRun(runId));
    }

    @Override
    @Transactional
    public Subscription create(SubscriptionInput input) {
        SubscriptionInput settings = check(input);
        long id = repository.insert(settings, nextDate(settings, null), audit.stamp());
        Subscription created = get(id);
        audit.changed(scope(id), ENTITY, id, null, created.settings());
        return created;
    }

    @Override
    @Transactional
    public Subscription update(long id, SubscriptionInput input) {
        Subscription before = get(id);
        SubscriptionInput settings = check(input);
        repository.update(id, settings, nextDate(settings, repository.lastRunDate(id)), audit.stamp(),
                before.version());
        events.publishEvent(new SettingsChanged(id));
        Subscription after = get(id);
        audit.changed(scope(id), ENTITY, id, before.settings(), after.settings());
        return after;
    }

    /** Published in the transaction that changes a subscription's settings (its currency may price its lines anew). */
    record SettingsChanged(long subscriptionId) {
    }

    /** Sets the standard order sum the list shows and sorts by (worked out by the line service). */
    void setStandardSum(long id, BigDecimal sumExclVat) {
        repository.setStandardSum(id, sumExclVat);
    }

    /** A changed frequency moves the next date of every subscription that uses it. */
    @EventListener
    void frequencyChanged(FrequencyService.Changed event) {
        refreshNextDates(repository.needingNextDate(today(), event.frequencyId()));
    }

    /**
     * A completed billing run of the date has billed these subscriptions: their next date moves past
     * it. In bulk (a run may bill thousands): one read, the dates worked out once per frequency and
     * day, one batch of updates.
     */
    @Transactional
    public void billedOn(java.util.Collection<Long> ids, LocalDate date) {
        repository.setLastRunDate(ids, date);
        Map<String, Optional<LocalDate>> byRule = new HashMap<>();
        Map<Long, LocalDate> next = new HashMap<>();
        for (SubscriptionRepository.Dated s : repository.dated(ids)) {
            LocalDate from = s.lastRunDate() != null && !s.lastRunDate().isBefore(today()) ? s.lastRunDate().plusDays(1)
                    : today();
            LocalDate day = byRule.computeIfAbsent(s.frequencyId() + "@" + from, k -> frequencies.find(s.frequencyId())
                    .flatMap(f -> Recurrence.next(f.rule(), from))).orElse(null);
            next.put(s.id(), day != null && s.endDate() != null && day.isAfter(s.endDate()) ? null : day);
        }
        repository.setNextDates(next);
    }

    /**
     * The next run date on or after today and after the last run that billed the subscription: the
     * frequency's, unless the subscription's own end date comes first. Runs per subscriber
     * (AFTER_RUNS) end subscribers, not the subscription.
     */
    LocalDate nextDate(SubscriptionInput settings, LocalDate lastRunDate) {
        if (settings.basis().frequencyId() == null) {
            return null;
        }
        LocalDate from = lastRunDate != null && !lastRunDate.isBefore(today()) ? lastRunDate.plusDays(1) : today();
        LocalDate next = frequencies.find(settings.basis().frequencyId())
                .flatMap(f -> Recurrence.next(f.rule(), from)).orElse(null);
        EndCriterion end = settings.billing().endCriterion();
        if (next != null && end.type() == Settings.EndType.DATE && next.isAfter(end.date())) {
            return null;
        }
        return next;
    }

    private void refreshNextDates(Map<Long, Long> subscriptions) {
        subscriptions.keySet().forEach(id -> repository.find(id, f -> null)
                .ifPresent(s -> repository.setNextDate(id, nextDate(s.settings(), repository.lastRunDate(id)))));
    }

    /** Frequency summaries for one listing, each computed once. */
    private Function<Long, String> summaries() {
        Map<Long, String> cache = new HashMap<>();
        return id -> cache.computeIfAbsent(id, f -> frequencies.find(f).map(Frequency::summary).orElse(null));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Fills in the defaults and checks what the annotations cannot: rules between fields, and references. */
    private SubscriptionInput check(SubscriptionInput input) {
        SubscriptionInput s = input.withDefaults();
        DiscountExpiry expiry = s.billing().specialDiscountExpiry();
        EndCriterion end = s.billing().endCriterion();
        new FieldProblems()
                .check(s.payment().kidFormat() == null || KidFormat.isValid(s.payment().kidFormat()), "kidFormat",
                        "error.kid-format")
                .check(!s.payment().useKid() || s.payment().kidFormat() != null, "kidFormat",
                        "error.kid-format-required")
                .check(expiry.type() != Settings.DiscountExpiryType.DATE || expiry.date() != null,
                        "specialDiscountExpiry.date", "error.required-for-type")
                .check(expiry.type() != Settings.DiscountExpiryType.AFTER_RUNS || expiry.runs() != null,
                        "specialDiscountExpiry.runs", "error.required-for-type")
                .check(end.type() != Settings.EndType.DATE || end.date() != null, "endCriterion.date",
                        "error.required-for-type")
                .check(end.type() != Settings.EndType.AFTER_RUNS || end.runs() != null, "endCriterion.runs",
                        "error.required-for-type")
                .throwIfAny(BadInputException::new);
        new FieldProblems()
                .check(s.basis().frequencyId() == null || frequencies.find(s.basis().frequencyId()).isPresent(),
                        "frequencyId",
                        "error.unknown-reference", s.basis().frequencyId())
                .check(s.basis().ourReferenceId() == null || employees.find(s.basis().ourReferenceId()).isPresent(),
                        "ourReferenceId",
                        "error.unknown-reference", s.basis().ourReferenceId())
                .check(s.basis().sellerId() == null || employees.find(s.basis().sellerId()).isPresent(), "sellerId",
                        "error.unknown-reference", s.basis().sellerId())
                .check(s.terms().bankAccountId() == null || bankAccounts.find(s.terms().bankAccountId()).isPresent(),
                        "bankAccountId",
                        "error.unknown-reference", s.terms().bankAccountId())
                .check(s.terms().paymentTermsId() == null || paymentTerms.find(s.terms().paymentTermsId()).isPresent(),
                        "paymentTermsId", "error.unknown-reference", s.terms().paymentTermsId())
                .check(s.terms().freightTermsId() == null || freightTerms.find(s.terms().freightTermsId()).isPresent(),
                        "freightTermsId", "error.unknown-reference", s.terms().freightTermsId())
                .throwIfAny(UnprocessableException::new);
        return s;
    }
}
