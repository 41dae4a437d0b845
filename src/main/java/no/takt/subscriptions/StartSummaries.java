package no.takt.subscriptions;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.takt.documents.core.SpecialFields;
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
    private final StartPreview preview;
    private final Problems problems;
    private final PriceChangeService priceChanges;

    StartSummaries(SubscriptionService subscriptions, SubscriptionLineService lines, SubscriberService subscribers,
            FrequencyService frequencies, StartPreview preview, Problems problems, PriceChangeService priceChanges) {
        this.priceChanges = priceChanges;
        this.subscriptions = subscriptions;
        this.lines = lines;
        this.subscribers = subscribers;
        this.frequencies = frequencies;
        this.preview = preview;
        this.problems = problems;
    }

    StartSummary of(long id) {
        Subscription subscription = subscriptions.get(id);
        SubscriptionInput s = subscription.settings();
        List<SubscriptionLine> priced = lines.list(id).stream().filter(l -> !l.definition().text().freeText()).toList();
        List<Subscriber> all = subscribers.list(id);
        List<FieldProblem> missing = blockers(subscription, priced, all);
        LocalDate date = subscription.nextDate();
        List<StartSummary.Entry> entries = date == null ? List.of() : preview.entries(id, date);
        BigDecimal exclVat = BigDecimal.ZERO;
        BigDecimal inclVat = BigDecimal.ZERO;
        for (StartSummary.Entry e : entries) {
            if (e.skipped() == null) {
                exclVat = exclVat.add(e.sumExclVat());
                inclVat = inclVat.add(e.totalInclVat());
            }
        }
        return new StartSummary(id, s.basis().subject(), date, s.terms().currency(), entries, exclVat, inclVat,
                missing.stream().map(p -> new StartSummary.Problem(p.field(), problems.message(p.code(), p.args())))
                        .toList(), warnings(s), comingPrices(priced));
    }

    /** The scheduled price changes of the lines: each line's price from each change's date. */
    private List<StartSummary.ComingPrice> comingPrices(List<SubscriptionLine> priced) {
        Map<Long, List<no.takt.money.PriceSchedule.Step>> steps = priceChanges.steps(priced);
        List<StartSummary.ComingPrice> coming = new ArrayList<>();
        for (SubscriptionLine line : priced) {
            List<no.takt.money.PriceSchedule.Step> of = steps.getOrDefault(line.id(), List.of());
            of.stream().filter(step -> !step.applied()).map(no.takt.money.PriceSchedule.Step::effectiveDate).distinct()
                    .sorted().forEach(from -> coming.add(new StartSummary.ComingPrice(line.id(),
                            line.definition().text().name(), from, line.definition().prices().unitPrice(),
                            no.takt.money.PriceSchedule.on(line.definition().prices().unitPrice(), of, from))));
        }
        return coming;
    }

    /** Special fields the run does not know are left as written: worth a warning, not a refusal. */
    private List<StartSummary.Problem> warnings(SubscriptionInput s) {
        List<StartSummary.Problem> warnings = new ArrayList<>();
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put("subject", s.basis().subject());
        texts.put("orderText", s.basis().orderText());
        texts.put("referenceText", s.basis().referenceText());
        texts.put("emailSubject", s.mail().emailSubject());
        texts.put("emailText", s.mail().emailText());
        texts.forEach((field, text) -> {
            List<String> unknown = SpecialFields.unknown(text);
            if (!unknown.isEmpty()) {
                warnings.add(new StartSummary.Problem(field, problems.message("warning.unknown-special-fields",
                        List.of(String.join(", ", unknown)))));
            }
        });
        return warnings;
    }

    /** What must be in place before a subscription may start (seed 003: "Starte abonnementer"). */
    List<FieldProblem> blockers(Subscription subscription, List<SubscriptionLine> priced, List<Subscriber> all) {
        SubscriptionInput s = subscription.settings();
        List<FieldProblem> found = new ArrayList<>();
        if (s.basis().template()) {
            found.add(FieldProblem.of("template", "error.start.template"));
        }
        if (s.basis().frequencyId() == null) {
            found.add(FieldProblem.of("frequencyId", "error.start.frequency"));
        } else if (frequencies.find(s.basis().frequencyId()).filter(Frequency::active).isEmpty()) {
            found.add(FieldProblem.of("frequencyId", "error.start.frequency-inactive"));
        } else if (subscription.nextDate() == null) {
            found.add(FieldProblem.of("endCriterion", "error.start.ended"));
        }
        if (s.basis().ourReferenceId() == null) {
            found.add(FieldProblem.of("ourReferenceId", "error.start.our-reference"));
        }
        if (s.basis().sellerId() == null) {
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
}
