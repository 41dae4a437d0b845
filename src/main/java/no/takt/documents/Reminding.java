package no.takt.documents;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import no.takt.documents.core.ReminderNotice;
import no.takt.organisation.OrganisationService;
import no.takt.platform.audit.Stamp;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reminders as documents (PRODUCT.md §7): the payments module decides who is reminded of what and
 * what it costs; this makes the reminder of an invoice — in the invoice's language, to its customer,
 * with its KID and giro, numbered in the reminder series — and issues it, so it is printed, mailed
 * and logged like any document.
 */
@Service
public class Reminding {

    /**
     * What one reminder says: the invoice and what is open of it, the interest reckoned for a span
     * of days, the fee and compensation charged, and the new deadline.
     */
    public record Request(long invoiceId, ReminderNotice notice, int level, LocalDate date, LocalDate deadline,
                          BigDecimal open, Charges charges) {
    }

    /** What a reminder charges besides the invoice: its fee, interest (for the days from–to) and compensation. */
    public record Charges(BigDecimal fee, BigDecimal interest, LocalDate interestFrom, LocalDate interestTo,
                          BigDecimal compensation) {

        public BigDecimal total() {
            return fee.add(interest).add(compensation);
        }
    }

    private static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final DocumentRepository documents;
    private final Issuing issuing;
    private final OrganisationService organisation;
    private final MessageSource messages;

    Reminding(DocumentRepository documents, Issuing issuing, OrganisationService organisation,
            MessageSource messages) {
        this.documents = documents;
        this.issuing = issuing;
        this.organisation = organisation;
        this.messages = messages;
    }

    /** Issues the reminders in the caller's transaction; answers them in the order asked. */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<Document> issue(List<Request> requests, Stamp stamp) {
        Map<Long, Document> invoices = documents.headers(requests.stream().map(Request::invoiceId).toList());
        Issuer issuer = Issuer.of(organisation.get());
        List<Draft> drafts = new ArrayList<>(requests.size());
        for (Request r : requests) {
            drafts.add(new Draft(reminder(invoices.get(r.invoiceId()), r, issuer), Draft.Finishing.NONE));
        }
        return issuing.issue(drafts, stamp, null);
    }

    private Document reminder(Document invoice, Request r, Issuer issuer) {
        Locale locale = Locale.forLanguageTag(invoice.texts().language() == null ? "nb" : invoice.texts().language());
        List<Document.Line> lines = new ArrayList<>();
        lines.add(line(1, text("reminder.line.invoice", locale, invoice.number(), day(invoice.dates().date()),
                day(invoice.dates().dueDate())), r.open()));
        Charges c = r.charges();
        if (c.interest().signum() > 0) {
            lines.add(line(lines.size() + 1, text("reminder.line.interest", locale, day(c.interestFrom()),
                    day(c.interestTo())), c.interest()));
        }
        if (c.fee().signum() > 0) {
            lines.add(line(lines.size() + 1, text("reminder.line.fee", locale), c.fee()));
        }
        if (c.compensation().signum() > 0) {
            lines.add(line(lines.size() + 1, text("reminder.line.compensation", locale), c.compensation()));
        }
        BigDecimal total = r.open().add(c.total());
        String subject = text("reminder.subject." + r.notice(), locale, invoice.number());
        String body = text("reminder.text." + r.notice(), locale, invoice.number(), day(invoice.dates().dueDate()),
                String.format(locale, "%,.2f", total), day(r.deadline()));
        // No period and no subscriber: a reminder bills nothing of the subscription (and is no period's document).
        Document.Dates dates = new Document.Dates(r.date(), r.deadline(), null, null, null, null, false);
        return new Document(0, Document.Type.REMINDER, 0, Document.Status.ISSUED,
                new Document.Origin(null, invoice.origin().subscriptionId(), null), dates,
                invoice.texts().with(subject, body, invoice.texts().reference()),
                new Document.Payment(invoice.payment().kid(), invoice.payment().paymentInfo()),
                new Document.Totals(invoice.totals().currency(), total, ZERO, ZERO, total, List.of()),
                invoice.customer(), lines, invoice.print().by(issuer), invoice.delivery().withTexts(null, null),
                new Document.Links(null, null, null, invoice.id(), invoice.number()), Document.Created.NOT_YET);
    }

    private static Document.Line line(int position, String name, BigDecimal amount) {
        return new Document.Line(position, Document.Line.Text.of(name, null),
                new Document.Line.Item(null, null, BigDecimal.ZERO, null),
                new Document.Line.Amounts(BigDecimal.ONE, amount, null, null, null, amount, ZERO, amount), null);
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    private static String day(LocalDate date) {
        return date == null ? "" : date.format(DAY);
    }
}
