package no.takt.billing;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import no.takt.billing.core.BillingTerms;
import no.takt.billing.core.DuePeriods;
import no.takt.billing.core.Kid;
import no.takt.billing.core.Period;
import no.takt.billing.core.ProratedLine;
import no.takt.catalog.VatCodeService;
import no.takt.customers.ContactService;
import no.takt.customers.CustomerService;
import no.takt.customers.CustomerSummary;
import no.takt.money.Amounts;
import no.takt.money.DocumentTotals;
import no.takt.money.PricedLine;
import no.takt.money.Pricing;
import no.takt.money.SubscriberTerms;
import no.takt.organisation.BankAccount;
import no.takt.organisation.BankAccountService;
import no.takt.organisation.Employee;
import no.takt.organisation.EmployeeService;
import no.takt.organisation.Organisation;
import no.takt.organisation.OrganisationService;
import no.takt.platform.Address;
import no.takt.subscriptions.EndCriterion;
import no.takt.subscriptions.FrequencyService;
import no.takt.subscriptions.Subscriber;
import no.takt.subscriptions.SubscriberService;
import no.takt.subscriptions.Subscription;
import no.takt.subscriptions.SubscriptionInput;
import no.takt.subscriptions.SubscriptionLine;
import no.takt.subscriptions.SubscriptionLineService;
import no.takt.subscriptions.SubscriptionRules;
import no.takt.subscriptions.SubscriptionService;
import org.springframework.stereotype.Component;

/**
 * Works out the documents due for a slice of one subscription's subscribers on a run date, without
 * writing anything: the billing run saves them, the forecast shows them. Reads in bulk — the
 * subscription, its lines and the customers of the slice each once — so nothing is queried per line.
 */
@Component
class BillingCalculator {

    /** What a run needs of one subscription, read once for all its slices. */
    record SubscriptionContext(Subscription subscription, BillingTerms terms, List<SubscriptionLine> lines,
                               Map<String, BigDecimal> vatRates, String ourReference, String seller,
                               PaidTo paidTo, Map<Long, Long> firstEntries) {
    }

    /** The account customers pay to, and the organisation's country (which decides the giro format). */
    record PaidTo(String accountNumber, String iban, String bic, String fiCreditorNumber, String country) {
    }

    /** The drafts and skips of a slice, and the quantities taken from stock. */
    record Result(List<Draft> drafts, List<Skip> skips, Map<Long, BigDecimal> stock) {
    }

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
    private final Clock clock;

    BillingCalculator(SubscriptionService subscriptions, SubscriptionLineService lines, SubscriberService subscribers,
            FrequencyService frequencies, CustomerService customers, ContactService contacts,
            EmployeeService employees, OrganisationService organisation, BankAccountService bankAccounts,
            VatCodeService vatCodes, Clock clock) {
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
        this.clock = clock;
    }

    SubscriptionContext context(long subscriptionId) {
        Subscription subscription = subscriptions.get(subscriptionId);
        SubscriptionInput s = subscription.settings();
        EndCriterion end = s.endCriterion();
        BillingTerms terms = new BillingTerms(frequencies.get(s.frequencyId()).rule(),
                BillingTerms.Proration.valueOf(s.prorationMode().name()), s.minimumInvoiceDays(),
                BillingTerms.End.valueOf(end.type().name()), end.date(), end.runs());
        Organisation org = organisation.get();
        Optional<BankAccount> account = Optional.ofNullable(s.bankAccountId() != null ? s.bankAccountId()
                : org.bankAccountId()).flatMap(bankAccounts::find);
        PaidTo paidTo = new PaidTo(account.map(BankAccount::accountNumber).orElse(org.bankAccount()),
                account.map(BankAccount::iban).orElse(null), account.map(BankAccount::bic).orElse(null),
                account.map(BankAccount::fiCreditorNumber).orElse(null), org.country());
        return new SubscriptionContext(subscription, terms, lines.list(subscriptionId), vatCodes.rates(),
                employeeName(s.ourReferenceId()), employeeName(s.sellerId()), paidTo,
                s.sameCustomerMoreThanOnce() ? Map.of() : subscribers.firstEntries(subscriptionId));
    }

    /** The documents due on the date for these subscribers, given what is billed (looked up for all at once). */
    Result draft(SubscriptionContext ctx, List<Subscriber> slice, LocalDate date, Long runId,
            Function<Collection<BilledState.Key>, Map<BilledState.Key, BilledState>> billed) {
        Map<Long, List<Long>> customersOf = new HashMap<>();
        Map<Long, List<Long>> groupMembers = new HashMap<>();
        for (Subscriber s : slice) {
            customersOf.put(s.id(), s.customerId() != null ? List.of(s.customerId())
                    : groupMembers.computeIfAbsent(s.customerGroupId(), customers::memberIds));
        }
        Map<Long, CustomerSummary> summaries = customers.summaries(customersOf.values().stream()
                .flatMap(List::stream).distinct().toList());
        Map<Long, String> contactNames = contacts.names(slice.stream().map(Subscriber::contactId)
                .filter(java.util.Objects::nonNull).toList());
        List<BilledState.Key> keys = new ArrayList<>();
        customersOf.forEach((subscriber, ids) -> ids.forEach(c -> keys.add(new BilledState.Key(subscriber, c))));
        Map<BilledState.Key, BilledState> states = billed.apply(keys);

        List<Draft> drafts = new ArrayList<>();
        List<Skip> skips = new ArrayList<>();
        Map<Long, BigDecimal> stock = new HashMap<>();
        for (Subscriber subscriber : slice) {
            for (long customerId : customersOf.get(subscriber.id())) {
                CustomerSummary customer = summaries.get(customerId);
                Long first = ctx.firstEntries().get(customerId);
                boolean laterEntry = first != null && first != subscriber.id();
                String reason = SubscriptionRules.skipReason(ctx.subscription().settings(), subscriber, customer,
                        laterEntry ? Set.of(customerId) : Set.of());
                if (reason != null) {
                    skips.add(new Skip(ctx.subscription().id(), subscriber.id(), customerId, reason, null));
                    continue;
                }
                BilledState state = states.getOrDefault(new BilledState.Key(subscriber.id(), customerId),
                        BilledState.NOTHING);
                draftCustomer(ctx, subscriber, customer, state, date, runId, contactNames, drafts, skips, stock);
            }
        }
        return new Result(drafts, skips, stock);
    }

    /**
     * The documents one subscriber's customer gets on the date, whatever the subscription's state
     * (for previews, before it is started): empty with the skip when the subscriber cannot be billed.
     */
    Result draftOne(SubscriptionContext ctx, Subscriber subscriber, CustomerSummary customer, BilledState state,
            LocalDate date) {
        List<Draft> drafts = new ArrayList<>();
        List<Skip> skips = new ArrayList<>();
        Map<Long, String> contactNames = subscriber.contactId() == null ? Map.of()
                : contacts.names(List.of(subscriber.contactId()));
        draftCustomer(ctx, subscriber, customer, state, date, null, contactNames, drafts, skips, new HashMap<>());
        return new Result(drafts, skips, Map.of());
    }

    private void draftCustomer(SubscriptionContext ctx, Subscriber subscriber, CustomerSummary customer,
            BilledState state, LocalDate date, Long runId, Map<Long, String> contactNames, List<Draft> drafts,
            List<Skip> skips, Map<Long, BigDecimal> stock) {
        SubscriptionInput s = ctx.subscription().settings();
        if (s.useKid() && Kid.of(s.kidFormat(), customer.customerNumber(), 0, Kid.Algorithm.MOD10).isEmpty()) {
            skips.add(new Skip(ctx.subscription().id(), subscriber.id(), customer.id(), "KID_TOO_SHORT",
                    s.kidFormat()));
            return;
        }
        LocalDate start = subscriber.startDate() != null ? subscriber.startDate()
                : subscriber.createdAt().atZoneSameInstant(clock.getZone()).toLocalDate();
        List<Period> periods = DuePeriods.due(ctx.terms(), start, subscriber.endDate(), state.billedTo(),
                state.runs(), date);
        for (int k = 0; k < periods.size(); k++) {
            Period period = periods.get(k);
            SubscriberTerms terms = SubscriptionRules.subscriberTerms(s, subscriber, period.start(), state.runs() + k);
            List<Document.Line> documentLines = new ArrayList<>();
            List<PricedLine> priced = new ArrayList<>();
            for (SubscriptionLine line : ctx.lines()) {
                if (line.oneTime() && k > 0) {
                    continue;
                }
                if (line.freeText()) {
                    documentLines.add(new Document.Line(documentLines.size() + 1, true, line.bold(), line.italic(),
                            null, line.name(), line.description(), null, null, null, null, null, null, null, null,
                            null, null, null, null));
                    continue;
                }
                int minor = Amounts.minorUnits(s.currency());
                Optional<PricedLine> price = Pricing.line(SubscriptionRules.lineTerms(line,
                        ctx.vatRates().getOrDefault(line.vatCode(), BigDecimal.ZERO)), terms, minor);
                if (price.isEmpty()) {
                    continue;
                }
                PricedLine p = line.kind() == SubscriptionLine.Kind.PRODUCT && period.partPeriod()
                        ? ProratedLine.of(price.get(), line.costPrice(), period, ctx.terms().proration(), minor)
                        : price.get();
                priced.add(p);
                documentLines.add(new Document.Line(documentLines.size() + 1, false, false, false, line.productId(),
                        line.name(), line.description(), line.vatCode(), p.vatRate(), line.salesAccount(),
                        p.quantity(), p.unitPrice(), line.costPrice(), p.percentDiscount(), p.cashDiscount(),
                        p.sumExclVat(), p.vat(), p.sumInclVat(), null));
                if (s.updateStock() && line.productId() != null) {
                    stock.merge(line.productId(), p.quantity(), BigDecimal::add);
                }
            }
            if (priced.isEmpty()) {
                skips.add(new Skip(ctx.subscription().id(), subscriber.id(), customer.id(), "NO_LINES", null));
                return;
            }
            drafts.add(draftOf(ctx, subscriber, customer, state, date, runId, contactNames, period, k,
                    documentLines, DocumentTotals.of(priced, s.cashRounding(), Amounts.minorUnits(s.currency()))));
        }
    }

    private static Draft draftOf(SubscriptionContext ctx, Subscriber subscriber, CustomerSummary customer,
            BilledState state, LocalDate date, Long runId, Map<Long, String> contactNames, Period period, int k,
            List<Document.Line> documentLines, DocumentTotals totals) {
        SubscriptionInput s = ctx.subscription().settings();
        boolean invoice = SubscriptionRules.invoiceAllowed(s, customer);
        String yourReference = subscriber.contactId() != null ? contactNames.get(subscriber.contactId())
                : customer.defaultContactName();
        Document document = new Document(0, invoice ? Document.Type.INVOICE : Document.Type.SALES_ORDER, 0,
                invoice ? Document.Status.ISSUED : Document.Status.OPEN, runId, ctx.subscription().id(),
                subscriber.id(), customer.id(), date, date.plusDays(s.creditDays()),
                s.deliveryDateDays() == null ? null : date.plusDays(s.deliveryDateDays()), period.start(),
                period.end(), state.inYear() + k + 1, period.partPeriod(), s.subject(), s.orderText(),
                s.referenceText(), null, null, s.currency(),
                subscriber.language() != null ? subscriber.language() : s.language(), totals.sumExclVat(),
                totals.totalVat(), totals.rounding(), totals.totalInclVat(),
                totals.vatBreakdown().stream().map(v -> new Document.VatLine(v.rate(), v.base(), v.vat())).toList(),
                customer.customerNumber(), customer.name(), customer.organizationNumber(), customer.email(),
                customer.peppolId(), s.invoiceAddressFormat() == no.takt.subscriptions.Settings.InvoiceAddressFormat.OMIT
                        ? Address.EMPTY : customer.invoiceAddress(),
                SubscriptionRules.documentDeliveryAddress(s, customer), ctx.ourReference(), ctx.seller(),
                yourReference, documentLines, null, null, print(ctx, s, customer),
                new Document.Delivery(SubscriptionRules.sendsByEmail(s, subscriber), s.senderEmail(),
                        s.senderName(), s.cc(), s.bcc(), s.emailSubject(), s.emailText()), null, null, null, null, null);
        return new Draft(document, Draft.Finishing.of(s));
    }

    /** The subscription's domestic giro format for customers in the organisation's country, else its foreign one. */
    private static Document.Print print(SubscriptionContext ctx, SubscriptionInput s, CustomerSummary customer) {
        PaidTo to = ctx.paidTo();
        boolean domestic = customer.country() == null || customer.country().equals(to.country());
        return new Document.Print(domestic ? s.domesticGiroFormat() : s.foreignGiroFormat(), to.accountNumber(),
                to.iban(), to.bic(), s.lineDetail(), to.fiCreditorNumber());
    }

    private String employeeName(Long id) {
        return id == null ? null : employees.find(id).map(Employee::name).orElse(null);
    }

}
