package no.takt.payments;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.takt.documents.Receivables;
import no.takt.documents.Reminding;
import no.takt.organisation.OrganisationService;
import no.takt.payments.core.RateKind;
import no.takt.payments.core.Rates;
import no.takt.payments.core.ReminderRules;
import no.takt.platform.audit.AuditLog;
import no.takt.platform.audit.Stamp;
import no.takt.platform.errors.NotFoundException;
import no.takt.platform.errors.UnprocessableException;
import no.takt.platform.web.Page;
import no.takt.platform.web.PageQuery;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The reminder run (PRODUCT.md §7): every open invoice past due, not on hold and its customer not on
 * hold, is reminded when the law of the organisation's country says its next step is due — a slice of
 * invoices at a time, each slice in one transaction that issues the reminder documents (and so queues
 * their delivery) and records the reminders, unique per invoice and level: a run twice, or on two
 * instances, reminds once. A dry run answers what it would send and writes nothing. A rate the law
 * needs and Takt does not know for a day stops the run before anything is written, naming it.
 */
@Service
public class Reminders {

    /** A run's answer: how many reminders it made (or would make), and the first of them. */
    public record Run(Long id, LocalDate date, boolean dryRun, int remindersCreated, List<Reminder> reminders) {
    }

    private static final int SLICE = 1000;
    private static final int SHOWN = 100;

    private final Receivables receivables;
    private final Reminding reminding;
    private final ReminderRepository reminders;
    private final OrganisationService organisation;
    private final ReminderSettings settings;
    private final AuditLog audit;
    private final TransactionTemplate transaction;

    Reminders(Receivables receivables, Reminding reminding, ReminderRepository reminders,
            OrganisationService organisation, ReminderSettings settings, AuditLog audit,
            PlatformTransactionManager transactions) {
        this.receivables = receivables;
        this.reminding = reminding;
        this.reminders = reminders;
        this.organisation = organisation;
        this.settings = settings;
        this.audit = audit;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** Runs reminders for the day: for every customer, or (customerId given) for one. */
    public Run run(LocalDate date, boolean dryRun, Long customerId) {
        ReminderRules.Law law = law();
        Rates rates = reminders.rates();
        ReminderRules.Settings rules = settings.rules();
        checkRates(law, rates, date, customerId);
        Stamp stamp = audit.stamp();
        Long runId = dryRun ? null : transaction.execute(status -> reminders.startRun(date, stamp));
        List<Reminder> shown = new ArrayList<>();
        int created = 0;
        long after = 0;
        while (true) {
            List<Receivables.Item> slice = receivables.overdue(after, date, customerId, SLICE);
            if (slice.isEmpty()) {
                break;
            }
            after = slice.getLast().documentId();
            List<Planned> planned = plan(slice, law, rates, rules, date);
            if (dryRun) {
                created += planned.size();
                planned.stream().limit(Math.max(0, SHOWN - shown.size())).forEach(p -> shown.add(p.preview(date)));
                continue;
            }
            try {
                created += transaction.execute(status -> issue(planned, runId, date, stamp));
            } catch (DuplicateKeyException e) {
                // Another run reminded these invoices at the same moment: theirs stand, nothing of ours did.
                if (!remindedMeanwhile(planned)) {
                    throw e;
                }
            }
        }
        if (runId != null) {
            int total = created;
            transaction.executeWithoutResult(status -> reminders.finishRun(runId, total, audit.stamp()));
            shown.addAll(reminders.ofRun(runId, SHOWN));
        }
        return new Run(runId, date, dryRun, created, shown);
    }

    public Page<Reminder> list(Long customerId, Long documentId, PageQuery query) {
        return reminders.list(customerId, documentId, query);
    }

    public Reminder get(long id) {
        return reminders.find(id).orElseThrow(() -> new NotFoundException("reminder", id));
    }

    /** Puts a customer on hold (disputed) or takes them off: while on hold, none of their invoices is reminded. */
    public void hold(long customerId, boolean onHold) {
        transaction.executeWithoutResult(status -> reminders.hold(customerId, onHold, audit.stamp()));
    }

    public boolean onHold(long customerId) {
        return !reminders.held(List.of(customerId)).isEmpty();
    }

    /**
     * Invoices reminded to the last step whose deadline has passed and that are still open: ready
     * for collection (inkasso), for export.
     */
    public List<Reminder> readyForCollection(LocalDate day) {
        List<Reminder> last = reminders.lastBefore(day, law() == ReminderRules.Law.NO ? 2 : 3);
        Set<Long> open = receivables.open(last.stream().map(r -> r.documents().getFirst().documentId()).toList());
        return last.stream().filter(r -> open.contains(r.documents().getFirst().documentId())).toList();
    }

    ReminderRules.Law law() {
        return "DK".equalsIgnoreCase(organisation.get().country()) ? ReminderRules.Law.DK : ReminderRules.Law.NO;
    }

    /** The rates the run needs, from the earliest open due date to the day: all known, or a 422 naming one missing. */
    private void checkRates(ReminderRules.Law law, Rates rates, LocalDate date, Long customerId) {
        List<RateKind> onTheDay = law == ReminderRules.Law.NO ? List.of(RateKind.NO_INKASSOSATS)
                : List.of(RateKind.DK_REMINDER_FEE, RateKind.DK_COMPENSATION);
        for (RateKind kind : onTheDay) {
            if (rates.find(kind, date).isEmpty()) {
                throw new UnprocessableException("error.rate-missing", kind.name(), date);
            }
        }
        if (law == ReminderRules.Law.NO && settings.rules().standardCompensation()
                && rates.find(RateKind.NO_STANDARD_COMPENSATION, date).isEmpty()) {
            throw new UnprocessableException("error.rate-missing", RateKind.NO_STANDARD_COMPENSATION.name(), date);
        }
        RateKind interest = law == ReminderRules.Law.NO ? RateKind.NO_LATE_INTEREST : RateKind.DK_LATE_INTEREST;
        receivables.earliestOverdue(date, customerId).flatMap(due -> rates.firstMissing(interest, due.plusDays(1),
                date))
                .ifPresent(day -> {
                    throw new UnprocessableException("error.rate-missing", interest.name(), day);
                });
    }

    /** A reminder the rules call for: the invoice and the step. */
    private record Planned(Receivables.Item invoice, ReminderRules.Step step) {
        Reminder preview(LocalDate date) {
            return new Reminder(null, invoice.customerId(), date, step.deadline(), step.level(), step.notice(),
                    List.of(new Reminder.Item(invoice.documentId(), invoice.number(), invoice.open(), step.interest())),
                    step.fee(), step.interest(), step.compensation(), invoice.open().add(step.fee())
                    .add(step.interest()).add(step.compensation()), invoice.currency(), null);
        }
    }

    private List<Planned> plan(List<Receivables.Item> slice, ReminderRules.Law law, Rates rates,
            ReminderRules.Settings rules, LocalDate date) {
        List<Long> customers = slice.stream().map(Receivables.Item::customerId).distinct().toList();
        Set<Long> held = reminders.held(customers);
        Map<Long, List<ReminderRules.Sent>> sent = reminders.sent(slice.stream().map(Receivables.Item::documentId)
                .toList());
        Set<String> inArrears = law == ReminderRules.Law.DK ? compensatedArrears(customers) : Set.of();
        List<Planned> planned = new ArrayList<>();
        for (Receivables.Item invoice : slice) {
            if (invoice.onHold() || held.contains(invoice.customerId())) {
                continue;
            }
            String arrears = invoice.customerId() + ":" + invoice.subscriptionId();
            ReminderRules.Claim claim = new ReminderRules.Claim(invoice.dueDate(), invoice.open(), invoice.business(),
                    inArrears.contains(arrears), sent.getOrDefault(invoice.documentId(), List.of()));
            ReminderRules.next(law, claim, date, rules, rates).ifPresent(step -> {
                planned.add(new Planned(invoice, step));
                if (step.compensation().signum() > 0) {
                    inArrears.add(arrears);
                }
            });
        }
        return planned;
    }

    /** Customer and subscription pairs with an invoice still open that was charged the compensation. */
    private Set<String> compensatedArrears(List<Long> customers) {
        Map<Long, Long> compensated = reminders.compensatedInvoices(customers);
        Set<Long> stillOpen = receivables.open(compensated.keySet());
        Set<String> arrears = new HashSet<>();
        compensated.forEach((invoice, subscription) -> {
            if (stillOpen.contains(invoice)) {
                receivables.find(invoice).ifPresent(i -> arrears.add(i.customerId() + ":" + i.subscriptionId()));
            }
        });
        return arrears;
    }

    /** Whether some of the planned reminders were made by another run (the reason a slice's insert can clash). */
    private boolean remindedMeanwhile(List<Planned> planned) {
        Map<Long, List<ReminderRules.Sent>> now = reminders.sent(planned.stream().map(p -> p.invoice().documentId())
                .toList());
        return planned.stream().anyMatch(p -> now.getOrDefault(p.invoice().documentId(), List.of()).stream()
                .anyMatch(s -> s.level() == p.step().level()));
    }

    /** Issues the planned reminders' documents and records them; answers how many. */
    private int issue(List<Planned> planned, long runId, LocalDate date, Stamp stamp) {
        if (planned.isEmpty()) {
            return 0;
        }
        List<Reminding.Request> requests = planned.stream().map(p -> new Reminding.Request(p.invoice().documentId(),
                p.step().notice(), p.step().level(), date, p.step().deadline(), p.invoice().open(),
                new Reminding.Charges(p.step().fee(), p.step().interest(), p.step().interestFrom(),
                        p.step().interestTo(), p.step().compensation()))).toList();
        Map<Long, Long> documentOf = new java.util.HashMap<>();
        reminding.issue(requests, stamp).forEach(d -> documentOf.put(d.links().invoiceId(), d.id()));
        List<ReminderRepository.NewReminder> rows = new ArrayList<>(planned.size());
        for (Planned p : planned) {
            rows.add(new ReminderRepository.NewReminder(p.invoice().documentId(), p.invoice().number(),
                    p.invoice().customerId(), p.invoice().subscriptionId(), documentOf.get(p.invoice().documentId()),
                    runId, date, p.step(), p.invoice().open(), p.invoice().currency(), stamp));
        }
        reminders.insert(rows);
        return rows.size();
    }
}
