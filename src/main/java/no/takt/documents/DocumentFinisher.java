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
        String kid = invoice && f.useKid()
                ? Kid.of(f.kidFormat(), d.customerNumber(), number, f.kidAlgorithm()).orElse(null) : null;
        String paymentInfo = invoice ? PaymentReferences.paymentInfo(f.paymentInfoFormat(), d.customerNumber(), number)
                : null;
        FieldValues first = values(d, f, number, d.subject());
        String subject = SpecialFields.render(d.subject(), first);
        FieldValues values = values(d, f, number, subject);
        String period = SpecialFields.period(d.periodIndex(), d.date());
        String orderText = SpecialFields.render(d.orderText(), values);
        if (f.appendPeriodToOrderText() && d.periodStart() != null) {
            String line = period + ": " + d.periodStart().format(DAY) + "–" + d.periodEnd().format(DAY);
            orderText = orderText == null || orderText.isBlank() ? line : orderText + "\n" + line;
        }
        Document.Delivery m = d.delivery();
        Document.Delivery delivery = new Document.Delivery(m.byEmail(), m.senderEmail(), m.senderName(), m.cc(),
                m.bcc(), SpecialFields.render(m.subject(), values), SpecialFields.render(m.text(), values));
        return d.numbered(id, number, f.appendPeriodToSubject() ? subject + " (" + period + ")" : subject, orderText,
                SpecialFields.render(d.reference(), values), kid, paymentInfo, delivery);
    }

    /**
     * The draft as it would be, not numbered (a preview, a forecast): no KID or payment info either,
     * which are made from the number.
     */
    static Document unnumbered(Draft draft) {
        Document d = finish(draft, 0, 0);
        return d.numbered(0, 0, d.subject(), d.orderText(), d.reference(), null, null, d.delivery());
    }

    private static FieldValues values(Document d, Draft.Finishing f, long number, String subject) {
        return new FieldValues(d.type() == Document.Type.INVOICE ? Long.toString(number) : "",
                d.type() == Document.Type.SALES_ORDER ? Long.toString(number) : "", subject,
                d.periodIndex() == null ? 1 : d.periodIndex(), d.date(), d.dueDate(), d.deliveryDate(),
                d.totalInclVat(), d.totalExclVat(), base(d, RateClass.NONE, f.rateClasses()),
                base(d, RateClass.LOW, f.rateClasses()), base(d, RateClass.MEDIUM, f.rateClasses()),
                base(d, RateClass.HIGH, f.rateClasses()), d.totalVat(), d.currency(), Long.toString(d.customerNumber()), d.reference(),
                d.customerName(), d.yourReference(), d.ourReference(), d.print().accountNumber(),
                d.invoiceAddress() == null ? null : oneLine(d.invoiceAddress()),
                d.deliveryAddress() == null ? null : oneLine(d.deliveryAddress()), f.projectId(), f.projectCode(),
                f.projectName(), d.language());
    }

    /**
     * The VAT base of a rate class: the lines whose VAT code is of that class, as stored with the code;
     * a line billed without VAT (export, a VAT-free subscriber) is in NONE whatever its code.
     */
    private static BigDecimal base(Document d, RateClass rateClass, Map<String, RateClass> classes) {
        return d.lines().stream().filter(l -> !l.freeText() && classOf(l, classes) == rateClass)
                .map(Document.Line::sumExclVat).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static RateClass classOf(Document.Line line, Map<String, RateClass> classes) {
        return line.vatRate() == null || line.vatRate().signum() == 0 ? RateClass.NONE
                : classes.getOrDefault(line.vatCode(), RateClass.NONE);
    }

    private static String oneLine(no.takt.platform.Address a) {
        return String.join(", ", java.util.stream.Stream.of(a.street(), (a.postcode() == null ? "" : a.postcode())
                + " " + (a.city() == null ? "" : a.city())).filter(s -> s != null && !s.isBlank())
                .map(String::trim).toList());
    }
}
