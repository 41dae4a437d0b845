package no.takt.subscriptions;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import no.takt.catalog.VatCodeService;
import no.takt.customers.CustomerService;
import no.takt.customers.CustomerSummary;
import no.takt.money.Amounts;
import no.takt.money.DocumentTotals;
import no.takt.money.PricedLine;
import no.takt.money.Pricing;
import no.takt.money.SubscriberTerms;
import no.takt.platform.errors.FieldProblem;
import no.takt.platform.errors.Problems;
import org.springframework.stereotype.Component;

/** Builds the {@link StartSummary}: the problems that block a start, and who gets what on the next run date. */
@Component
class StartSummaries {

    private final SubscriptionService subscriptions;
    private final SubscriptionLineService lines;
    private final SubscriberService subscribers;
    private final FrequencyService frequencies;
    private final CustomerService customers;
    private final Problems problems;
    private final VatCodeService vatCodes;
    private final org.springframework.beans.factory.ObjectProvider<SpecialFieldCheck> fieldCheck;

    StartSummaries(SubscriptionService subscriptions, SubscriptionLineService lines, SubscriberService subscribers,
            FrequencyService frequencies, CustomerService customers, Problems problems, VatCodeService vatCodes,
            org.springframework.beans.factory.ObjectProvider<SpecialFieldCheck> fieldCheck) {
        this.fieldCheck = fieldCheck;
        this.vatCodes = vatCodes;
        this.subscriptions = subscriptions;
        this.lines = lines;
        this.subscribers = subscribers;
        this.frequencies = frequencies;
        this.customers = customers;
        this.problems = problems;
    }

    StartSummary of(long id) {
        Subscription subscription = subscriptions.get(id);
        SubscriptionInput s = subscription.settings();
        List<SubscriptionLine> priced = lines.list(id).stream().filter(l -> !l.freeText()).toList();
        List<Subscriber> all = subscribers.list(id);
        List<FieldProblem> missing = blockers(subscription, priced, all);
        LocalDate date = subscription.nextDate();
        List<StartSummary.Entry> entries = date == null ? List.of() : entries(s, priced, all, date);
        BigDecimal exclVat = BigDecimal.ZERO;
        BigDecimal inclVat = BigDecimal.ZERO;
        for (StartSummary.Entry e : entries) {
            if (e.skipped() == null) {
                exclVat = exclVat.add(e.sumExclVat());
                inclVat = inclVat.add(e.totalInclVat());
            }
        }
        return new StartSummary(id, s.subject(), date, s.currency(), entries, exclVat, inclVat,
                missing.stream().map(p -> new StartSummary.Problem(p.field(), problems.message(p.code(), p.args())))
                        .toList(), warnings(s));
    }

    /** Special fields the run does not know are left as written: worth a warning, not a refusal. */
    private List<StartSummary.Problem> warnings(SubscriptionInput s) {
        List<StartSummary.Problem> warnings = new ArrayList<>();
        SpecialFieldCheck check = fieldCheck.getIfAvailable();
        if (check != null) {
            Map<String, String> texts = new java.util.LinkedHashMap<>();
            texts.put("subject", s.subject());
            texts.put("orderText", s.orderText());
            texts.put("referenceText", s.referenceText());
            texts.put("emailSubject", s.emailSubject());
            texts.put("emailText", s.emailText());
            texts.forEach((field, text) -> {
                List<String> unknown = check.unknownFields(text);
                if (!unknown.isEmpty()) {
                    warnings.add(new StartSummary.Problem(field, problems.message("warning.unknown-special-fields",
                            List.of(String.join(", ", unknown)))));
                }
            });
        }
        return warnings;
    }

    /** What must be in place before a subscription may start (seed 003: "Starte abonnementer"). */
    List<FieldProblem> blockers(Subscription subscription, List<SubscriptionLine> priced, List<Subscriber> all) {
        SubscriptionInput s = subscription.settings();
        List<FieldProblem> found = new ArrayList<>();
        if (s.template()) {
            found.add(FieldProblem.of("template", "error.start.template"));
        }
        if (s.frequencyId() == null) {
            found.add(FieldProblem.of("frequencyId", "error.start.frequency"));
        } else if (frequencies.find(s.frequencyId()).filter(Frequency::active).isEmpty()) {
            found.add(FieldProblem.of("frequencyId", "error.start.frequency-inactive"));
        } else if (subscription.nextDate() == null) {
            found.add(FieldProblem.of("endCriterion", "error.start.ended"));
        }
        if (s.ourReferenceId() == null) {
            found.add(FieldProblem.of("ourReferenceId", "error.start.our-reference"));
        }
        if (s.sellerId() == null) {
            found.add(FieldProblem.of("sellerId", "error.start.seller"));
        }
        if (priced.isEmpty()) {
            found.add(FieldProblem.of("lines", "error.start.lines"));
        }
        if (all.stream().noneMatch(Subscriber::active)) {
            found.add(FieldProblem.of("subscribers", "error.start.subscribers"));
        }
        return found;
    }

    private List<StartSummary.Entry> entries(SubscriptionInput s, List<SubscriptionLine> priced,
            List<Subscriber> all, LocalDate date) {
        List<Long> customerIds = new ArrayList<>();
        for (Subscriber subscriber : all) {
            customerIds.addAll(subscriber.customerId() != null ? List.of(subscriber.customerId())
                    : customers.memberIds(subscriber.customerGroupId()));
        }
        Map<Long, CustomerSummary> summaries = customers.summaries(customerIds);
        Map<String, BigDecimal> rates = vatCodes.rates();
        Set<Long> billed = new HashSet<>();
        List<StartSummary.Entry> entries = new ArrayList<>();
        for (Subscriber subscriber : all) {
            List<Long> ids = subscriber.customerId() != null ? List.of(subscriber.customerId())
                    : customers.memberIds(subscriber.customerGroupId());
            for (Long customerId : ids) {
                CustomerSummary customer = summaries.get(customerId);
                String skipped = SubscriptionRules.skipReason(s, subscriber, customer, date, billed);
                if (skipped == null) {
                    billed.add(customerId);
                }
                DocumentTotals totals = DocumentTotals.of(price(s, priced, subscriber, date, rates),
                        s.cashRounding(), Amounts.minorUnits(s.currency()));
                entries.add(new StartSummary.Entry(subscriber.id(), customerId,
                        customer == null ? null : customer.customerNumber(), customer == null ? null : customer.name(),
                        customer != null && SubscriptionRules.invoiceAllowed(s, customer)
                                ? StartSummary.DocumentType.INVOICE : StartSummary.DocumentType.SALES_ORDER,
                        customer == null ? null : customer.email(), totals.sumExclVat(),
                        totals.totalInclVat(), skipped));
            }
        }
        return entries;
    }

    private static List<PricedLine> price(SubscriptionInput s, List<SubscriptionLine> lines, Subscriber subscriber,
            LocalDate date, Map<String, BigDecimal> rates) {
        SubscriberTerms terms = SubscriptionRules.subscriberTerms(s, subscriber, date, 0);
        int minor = Amounts.minorUnits(s.currency());
        return lines.stream()
                .map(l -> Pricing.line(SubscriptionRules.lineTerms(l, rates.getOrDefault(l.vatCode(), BigDecimal.ZERO)),
                        terms, minor))
                .flatMap(Optional::stream)
                .toList();
    }

}
