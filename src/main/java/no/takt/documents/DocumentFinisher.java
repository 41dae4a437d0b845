package no.takt.documents;

import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import no.takt.catalog.RateClass;
import no.takt.documents.core.FieldValues;
import no.takt.documents.core.Kid;
import no.takt.documents.core.PaymentReferences;
import no.takt.documents.core.SpecialFields;

/**
 * Turns a draft into the numbered document: KID and payment info from the customer and invoice
 * numbers, special fields filled in, the period appended where the subscription asks for it.
 */
final class DocumentFinisher {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private DocumentFinisher() {
    }

    static Document finish(Draft draft, long id, long number) {
        Document d = draft.document();
        Draft.Finishing f = draft.finishing();
        boolean invoice = d.type() == Document.Type.INVOICE;
        if (d.type() == Document.Type.REMINDER) {
            // Its texts are written, not templates; it pays its invoice, by the invoice's references.
            return d.issued(id, number, d.texts(), d.payment().kid(), d.payment().paymentInfo(), d.delivery());
        }
        String kid = invoice && f.useKid()
                ? Kid.of(f.kidFormat(), d.customer().customerNumber(), number, f.kidAlgorithm()).orElse(null)
                : null;
        long customerNumber = d.customer().customerNumber();
        String paymentInfo = invoice ? PaymentReferences.paymentInfo(f.paymentInfoFormat(), customerNumber, number)
                : null;
        FieldValues first = values(d, f, number, d.texts().subject());
        String subject = SpecialFields.render(d.texts().subject(), first);
        FieldValues values = values(d, f, number, subject);
        String period = SpecialFields.period(d.dates().periodIndex(), d.dates().date());
        String orderText = SpecialFields.render(d.texts().orderText(), values);
        if (f.appendPeriodToOrderText() && d.dates().periodStart() != null) {
            String line = period + ": " + d.dates().periodStart().format(DAY) + "–"
                    + d.dates().periodEnd().format(DAY);
            orderText = orderText == null || orderText.isBlank() ? line : orderText + "\n" + line;
        }
        Document.Delivery delivery = d.delivery().withTexts(SpecialFields.render(d.delivery().subject(), values),
                SpecialFields.render(d.delivery().text(), values));
        return d.issued(id, number, d.texts().with(f.appendPeriodToSubject() ? subject + " (" + period + ")" : subject,
                orderText, SpecialFields.render(d.texts().reference(), values)), kid, paymentInfo, delivery);
    }

    /**
     * The draft as it would be, not numbered (a preview, a forecast): no KID or payment info either,
     * which are made from the number.
     */
    static Document unnumbered(Draft draft) {
        Document d = finish(draft, 0, 0);
        return d.issued(0, 0, d.texts(), null, null, d.delivery());
    }

    private static FieldValues values(Document d, Draft.Finishing f, long number, String subject) {
        Map<String, RateClass> classes = f.rateClasses();
        Document.Customer c = d.customer();
        return new FieldValues(new FieldValues.Numbers(d.type() == Document.Type.INVOICE ? Long.toString(number) : "",
                d.type() == Document.Type.SALES_ORDER ? Long.toString(number) : "", Long.toString(c.customerNumber())),
                subject, d.dates().periodIndex() == null ? 1 : d.dates().periodIndex(),
                new FieldValues.Dates(d.dates().date(), d.dates().dueDate(), d.dates().deliveryDate()),
                new FieldValues.Sums(d.totals().totalInclVat(), d.totals().totalExclVat(),
                        base(d, RateClass.NONE, classes), base(d, RateClass.LOW, classes),
                        base(d, RateClass.MEDIUM, classes), base(d, RateClass.HIGH, classes), d.totals().totalVat(),
                        d.totals().currency()),
                new FieldValues.Parties(d.texts().reference(), c.customerName(), d.texts().yourReference(),
                        d.texts().ourReference(), d.print().accountNumber(),
                        c.invoiceAddress() == null ? null : oneLine(c.invoiceAddress()),
                        c.deliveryAddress() == null ? null : oneLine(c.deliveryAddress())),
                new FieldValues.Project(f.projectId(), f.projectCode(), f.projectName()), d.texts().language());
    }

    /**
     * The VAT base of a rate class: the lines whose VAT code is of that class, as stored with the code;
     * a line billed without VAT (export, a VAT-free subscriber) is in NONE whatever its code.
     */
    private static BigDecimal base(Document d, RateClass rateClass, Map<String, RateClass> classes) {
        return d.lines().stream().filter(l -> !l.text().freeText() && classOf(l, classes) == rateClass)
                .map(l -> l.amounts().sumExclVat()).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static RateClass classOf(Document.Line line, Map<String, RateClass> classes) {
        return line.item().vatRate() == null || line.item().vatRate().signum() == 0 ? RateClass.NONE
                : classes.getOrDefault(line.item().vatCode(), RateClass.NONE);
    }

    private static String oneLine(no.takt.platform.Address a) {
        return String.join(", ", java.util.stream.Stream.of(a.street(), (a.postcode() == null ? "" : a.postcode())
                + " " + (a.city() == null ? "" : a.city())).filter(s -> s != null && !s.isBlank())
                .map(String::trim).toList());
    }
}
