package no.takt.billing;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import no.takt.billing.core.BillingTerms;
import no.takt.billing.core.Drafting;
import no.takt.billing.core.Entry;
import no.takt.billing.core.OrderLine;
import no.takt.billing.core.SubscriptionTerms;
import no.takt.catalog.VatCodeService;
import no.takt.customers.ContactService;
import no.takt.customers.CustomerService;
import no.takt.documents.BilledState;
import no.takt.documents.Document;
import no.takt.documents.Draft;
import no.takt.documents.Issuer;
import no.takt.documents.core.AddressRules;
import no.takt.organisation.BankAccount;
import no.takt.organisation.BankAccountService;
import no.takt.organisation.Employee;
import no.takt.organisation.EmployeeService;
import no.takt.organisation.Organisation;
import no.takt.organisation.OrganisationService;
import no.takt.subscriptions.DiscountExpiry;
import no.takt.subscriptions.EndCriterion;
import no.takt.subscriptions.FrequencyService;
import no.takt.subscriptions.PriceChangeService;
import no.takt.subscriptions.Settings;
import no.takt.subscriptions.Subscriber;
import no.takt.subscriptions.SubscriberService;
import no.takt.subscriptions.SubscriptionInput;
import no.takt.subscriptions.SubscriptionLine;
import no.takt.subscriptions.SubscriptionLineService;
import no.takt.subscriptions.SubscriptionService;
import no.takt.usage.UsageEvents;
import no.takt.usage.UsageWindow;
import org.springframework.stereotype.Component;

/**
 * The translator between the subscriptions module and the billing core: the one place that reads
 * subscriptions' types. It builds a subscription's {@link SubscriptionTerms} (read once for all its
 * slices) and a slice's {@link Drafting.Slice} — its subscribers' entries and customers, and what
 * they have been billed — in a few bulk queries, nothing per subscriber.
 */
@Component
class BillingInputs {

    private final SubscriptionService subscriptions;
    private final SubscriptionLineService lines;
    private final SubscriberService subscribers;
    private final FrequencyService frequencies;
    private final CustomerService customers;
    private final ContactService contacts;
    private final EmployeeService employees;
    private final OrganisationService organisation;
    private final BankAccountService bankAccounts;
    private final VatCodeService vatCodes;
    private final UsageEvents usageEvents;
    private final PriceChangeService priceChanges;
    private final Clock clock;
    private final int catchUpLimit;

    BillingInputs(SubscriptionService subscriptions, SubscriptionLineService lines, SubscriberService subscribers,
            FrequencyService frequencies, CustomerService customers, ContactService contacts,
            EmployeeService employees, OrganisationService organisation, BankAccountService bankAccounts,
            VatCodeService vatCodes, UsageEvents usageEvents, PriceChangeService priceChanges, Clock clock,
            @org.springframework.beans.factory.annotation.Value("${takt.billing.max-catch-up-periods:36}")
            int catchUpLimit) {
        this.subscriptions = subscriptions;
        this.lines = lines;
        this.subscribers = subscribers;
        this.frequencies = frequencies;
        this.customers = customers;
        this.contacts = contacts;
        this.employees = employees;
        this.organisation = organisation;
        this.bankAccounts = bankAccounts;
        this.vatCodes = vatCodes;
        this.usageEvents = usageEvents;
        this.priceChanges = priceChanges;
        this.clock = clock;
        this.catchUpLimit = catchUpLimit;
    }

    /**
     * The drafting rule as the run, the forecast and the previews all apply it: at most
     * {@code takt.billing.max-catch-up-periods} periods per subscriber on one date; a subscription's
     * metered lines with the usage of the windows they bill.
     */
    Drafting.Result draft(SubscriptionTerms terms, Drafting.Slice slice, LocalDate date, Long runId) {
        if (!terms.metered()) {
            return Drafting.draft(terms, slice, date, runId, catchUpLimit);
        }
        // the drafts once to learn which usage they bill, that usage in a few queries, the drafts with it
        Set<UsageWindow> windows = new HashSet<>();
        Drafting.draft(terms, slice.withUsage(w -> {
            windows.add(w);
            return BigDecimal.ZERO;
        }), date, runId, catchUpLimit);
        Map<UsageWindow, BigDecimal> usage = usageEvents.usage(windows);
        return Drafting.draft(terms, slice.withUsage(w -> usage.getOrDefault(w, BigDecimal.ZERO)), date, runId, catchUpLimit);
    }

    SubscriptionTerms terms(long subscriptionId) {
        SubscriptionInput s = subscriptions.get(subscriptionId).settings();
        Map<String, BigDecimal> rates = vatCodes.rates();
        List<SubscriptionLine> subscriptionLines = lines.list(subscriptionId);
        Map<Long, List<no.takt.money.PriceSchedule.Step>> steps = priceChanges.steps(subscriptionLines);
        List<OrderLine> orderLines = subscriptionLines.stream().map(l -> line(l, rates, steps.get(l.id()))).toList();
        return new SubscriptionTerms(subscriptionId, periods(s), charging(s), output(s), texts(s, finishing(s)),
                orderLines, s.billing().sameCustomerMoreThanOnce() ? Map.of() : firstEntries(subscriptionId),
                new SubscriptionTerms.LateUsage(s.billing().usageGraceDays(),
                        s.billing().lateUsage() == Settings.LateUsage.CORRECT));
    }

    /**
     * The slice's entries and their customers, with what they have been billed so far (by key) and
     * what billing recorded for them (by subscriber; asked only when the subscription has one-time or
     * metered lines).
     */
    Drafting.Slice slice(SubscriptionTerms terms, List<Subscriber> slice,
            Function<Collection<BilledState.Key>, Map<BilledState.Key, BilledState>> billed,
            Function<Collection<Long>, Drafting.History> history) {
        Map<Long, List<Long>> members = new HashMap<>();
        Map<Long, String> contactNames = contacts.names(slice.stream().map(s -> s.party().contactId())
                .filter(Objects::nonNull).toList());
        List<Entry> entries = new ArrayList<>();
        List<BilledState.Key> keys = new ArrayList<>();
        for (Subscriber s : slice) {
            List<Long> customerIds = s.party().customerId() != null ? List.of(s.party().customerId())
                    : members.computeIfAbsent(s.party().customerGroupId(), customers::memberIds);
            entries.add(entry(s, customerIds, contactNames.get(s.party().contactId())));
            customerIds.forEach(c -> keys.add(new BilledState.Key(s.id(), c)));
        }
        boolean recorded = terms.metered() || terms.lines().stream().anyMatch(OrderLine::oneTime);
        return new Drafting.Slice(entries, customers.summaries(keys.stream().map(BilledState.Key::customerId)
                .distinct().toList()), billed.apply(keys),
                recorded ? history.apply(slice.stream().map(Subscriber::id).toList()) : Drafting.History.NONE);
    }

    private Entry entry(Subscriber s, List<Long> customerIds, String contactName) {
        LocalDate start = s.dates().startDate() != null ? s.dates().startDate()
                : s.stamps().createdAt().atZoneSameInstant(clock.getZone()).toLocalDate();
        return new Entry(s.id(), customerIds, s.active(), start, s.dates().endDate(),
                new Entry.Special(s.special().quantityFactor(),
                s.special().specialUnitPrice(), s.special().specialPercentDiscount(),
                s.special().specialCashDiscount(), s.special().specialDiscountEndDate(),
                s.special().vatOverride() != null), s.preferences().language(), s.preferences().sendByEmail(),
                contactName);
    }

    private Map<Long, Long> firstEntries(long subscriptionId) {
        Map<Long, List<Long>> reach = new LinkedHashMap<>();
        for (SubscriberService.EntryHead head : subscribers.firstEntries(subscriptionId)) {
            List<Long> ids = head.customerId() != null ? List.of(head.customerId())
                    : customers.memberIds(head.customerGroupId());
            reach.merge(head.subscriberId(), ids, (a, b) -> a);
        }
        return Drafting.firstEntries(reach);
    }

    private BillingTerms periods(SubscriptionInput s) {
        EndCriterion end = s.billing().endCriterion();
        BillingTerms.Proration proration = switch (s.billing().prorationMode()) {
            case ADJUST_QUANTITY -> BillingTerms.Proration.ADJUST_QUANTITY;
            case ADJUST_PRICE -> BillingTerms.Proration.ADJUST_PRICE;
            case FULL_PERIOD -> BillingTerms.Proration.FULL_PERIOD;
            case NONE -> BillingTerms.Proration.NONE;
        };
        BillingTerms.End until = switch (end.type()) {
            case FREQUENCY -> BillingTerms.End.FREQUENCY;
            case DATE -> BillingTerms.End.DATE;
            case AFTER_RUNS -> BillingTerms.End.AFTER_RUNS;
        };
        return new BillingTerms(frequencies.get(s.basis().frequencyId()).rule(), proration,
                s.billing().minimumInvoiceDays(), until, end.date(), end.runs());
    }

    private static SubscriptionTerms.Charging charging(SubscriptionInput s) {
        DiscountExpiry expiry = s.billing().specialDiscountExpiry();
        return new SubscriptionTerms.Charging(s.terms().currency(), s.terms().cashRounding(),
                s.terms().vatMode() == Settings.VatMode.EXPORT,
                expiry.type() == Settings.DiscountExpiryType.DATE ? expiry.date() : null,
                expiry.type() == Settings.DiscountExpiryType.AFTER_RUNS ? expiry.runs() : null,
                s.billing().updateStock());
    }

    private SubscriptionTerms.Output output(SubscriptionInput s) {
        Organisation org = organisation.get();
        Optional<BankAccount> account = Optional.ofNullable(s.terms().bankAccountId() != null ? s.terms().bankAccountId()
                : org.bankAccountId()).flatMap(bankAccounts::find);
        SubscriptionTerms.PaidTo paidTo = new SubscriptionTerms.PaidTo(
                account.map(BankAccount::accountNumber).orElse(org.bankAccount()),
                account.map(BankAccount::iban).orElse(null), account.map(BankAccount::bic).orElse(null),
                account.map(BankAccount::fiCreditorNumber).orElse(null), org.country());
        return new SubscriptionTerms.Output(s.billing().processingStep() == Settings.ProcessingStep.SALES_ORDER,
                addresses(s), s.payment().useKid(), s.payment().kidFormat(), s.terms().creditDays(),
                s.print().deliveryDateDays(), s.mail().sendByEmail(), s.print().language(),
                s.print().domesticGiroFormat(), s.print().foreignGiroFormat(), s.print().lineDetail(), paidTo,
                Issuer.of(org));
    }

    static AddressRules addresses(SubscriptionInput s) {
        return new AddressRules(s.print().invoiceAddressFormat(), s.print().deliveryAddressFormat());
    }

    private SubscriptionTerms.Texts texts(SubscriptionInput s, Draft.Finishing finishing) {
        return new SubscriptionTerms.Texts(s.basis().subject(), s.basis().orderText(), s.basis().referenceText(),
                employeeName(s.basis().ourReferenceId()), employeeName(s.basis().sellerId()),
                new Document.Delivery(false, s.mail().senderEmail(), s.mail().senderName(), s.mail().cc(),
                s.mail().bcc(), s.mail().emailSubject(), s.mail().emailText()), finishing);
    }

    /** How the subscription's documents are finished, with the VAT codes' rate classes as they are now. */
    Draft.Finishing finishing(SubscriptionInput s) {
        return new Draft.Finishing(s.payment().useKid(), s.payment().kidFormat(), s.payment().kidAlgorithm(),
                s.payment().paymentInfoFormat(), s.billing().appendPeriodToSubject(),
                s.billing().appendPeriodToOrderText(), s.sales().projectId(), s.sales().projectCode(),
                s.sales().projectName(), vatCodes.rateClasses());
    }

    private static OrderLine line(SubscriptionLine l, Map<String, BigDecimal> rates,
            List<no.takt.money.PriceSchedule.Step> steps) {
        SubscriptionLine.Definition d = l.definition();
        return new OrderLine(l.id(), d.text(), d.item().productId(), d.item().vatCode(), d.item().salesAccount(),
                d.terms(rates.getOrDefault(d.item().vatCode(), BigDecimal.ZERO)),
                d.kind() == SubscriptionLine.Kind.PRODUCT, d.oneTime(), d.priceModel(), d.item().meterId(), steps);
    }

    private String employeeName(Long id) {
        return id == null ? null : employees.find(id).map(Employee::name).orElse(null);
    }
}
