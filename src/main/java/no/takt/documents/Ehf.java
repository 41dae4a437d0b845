package no.takt.documents;

import no.takt.documents.core.Layout;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.nio.charset.StandardCharsets;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import no.takt.documents.Document;
import no.takt.documents.core.PaymentReferences;
import no.takt.platform.Address;

/**
 * An invoice or credit note as EHF: PEPPOL BIS Billing 3.0 in UBL 2.1, made from the stored
 * document and the organisation facts. Pure: the XML of the same document is always the same.
 *
 * <p>Choices: the seller is identified by its organisation number (scheme 0192 in Norway, 0184 CVR
 * in Denmark), with "NO…MVA" as VAT id when VAT-registered and "Foretaksregisteret" when
 * registered there (NO-R-001, NO-R-002); rates above zero are category S and zero is Z; a line's
 * price is given for its whole quantity (base quantity = quantity), so quantity × price is exactly
 * its amount whatever the discounts; the payment id is the KID, else the invoice number.
 */
public final class Ehf {

    private static final String INVOICE_NS = "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2";
    private static final String CREDIT_NOTE_NS = "urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2";
    private static final String CAC = "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2";
    private static final String CBC = "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2";

    private final XMLStreamWriter xml;
    private final Document d;
    private final Issuer org;
    private final boolean credit;

    private Ehf(XMLStreamWriter xml, Document d, Issuer org) {
        this.xml = xml;
        this.d = d;
        this.org = org;
        this.credit = d.type() == Document.Type.CREDIT_NOTE;
    }

    public static boolean applies(Document d) {
        return applies(d.type());
    }

    /** EHF (PEPPOL BIS Billing 3.0) is made for invoices and credit notes only. */
    public static boolean applies(Document.Type type) {
        return type == Document.Type.INVOICE || type == Document.Type.CREDIT_NOTE;
    }

    public static byte[] of(Document d, Issuer org) {
        if (!applies(d)) {
            throw new IllegalArgumentException("EHF is made for invoices and credit notes, not " + d.type());
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            XMLStreamWriter writer = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out, "UTF-8");
            new Ehf(writer, d, org).write();
            writer.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }

    private void write() throws XMLStreamException {
        String root = credit ? "CreditNote" : "Invoice";
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeStartElement("", root, credit ? CREDIT_NOTE_NS : INVOICE_NS);
        xml.writeDefaultNamespace(credit ? CREDIT_NOTE_NS : INVOICE_NS);
        xml.writeNamespace("cac", CAC);
        xml.writeNamespace("cbc", CBC);
        text("CustomizationID", "urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0");
        text("ProfileID", "urn:fdc:peppol.eu:2017:poacc:billing:01:1.0");
        text("ID", Long.toString(d.number()));
        text("IssueDate", d.dates().date().toString());
        if (!credit && d.dates().dueDate() != null) {
            text("DueDate", d.dates().dueDate().toString());
        }
        text(credit ? "CreditNoteTypeCode" : "InvoiceTypeCode", credit ? "381" : "380");
        if (d.texts().orderText() != null && !d.texts().orderText().isBlank()) {
            text("Note", d.texts().orderText());
        }
        text("DocumentCurrencyCode", d.totals().currency());
        text("BuyerReference", d.texts().yourReference() != null
                && !d.texts().yourReference().isBlank() ? d.texts().yourReference()
                : Long.toString(d.customer().customerNumber()));
        if (d.dates().periodStart() != null) {
            // the document's period, widened to its lines' own (PEPPOL-EN16931-R110/R111: within it)
            LocalDate from = d.dates().periodStart();
            LocalDate to = d.dates().periodEnd();
            for (Document.Line l : d.lines()) {
                if (l.period() != null) {
                    from = l.period().periodStart().isBefore(from) ? l.period().periodStart() : from;
                    to = l.period().periodEnd().isAfter(to) ? l.period().periodEnd() : to;
                }
            }
            period(from, to);
        }
        if (credit && d.links().creditsNumber() != null) {
            start("BillingReference");
            start("InvoiceDocumentReference");
            text("ID", Long.toString(d.links().creditsNumber()));
            end();
            end();
        }
        seller();
        buyer();
        if (!credit) {
            payment();
        }
        taxTotal();
        monetaryTotal();
        for (Document.Line line : d.lines()) {
            if (!line.text().freeText()) {
                line(line);
            }
        }
        xml.writeEndElement();
        xml.writeEndDocument();
    }

    private void seller() throws XMLStreamException {
        boolean danish = "DK".equals(org.country());
        String number = org.organizationNumber();
        start("AccountingSupplierParty");
        start("Party");
        if (number != null) {
            withScheme("EndpointID", danish ? "0184" : "0192", number);
        }
        start("PartyName");
        text("Name", org.name());
        end();
        address(org.address(), org.country());
        if (org.vatRegistered() && number != null) {
            taxScheme(danish ? "DK" + number : "NO" + number + "MVA", "VAT");
        }
        if (org.foretaksregisteret()) {
            taxScheme("Foretaksregisteret", "TAX");
        }
        start("PartyLegalEntity");
        text("RegistrationName", org.name());
        if (number != null) {
            withScheme("CompanyID", danish ? "0184" : "0192", number);
        }
        end();
        end();
        end();
    }

    private void buyer() throws XMLStreamException {
        start("AccountingCustomerParty");
        start("Party");
        if (d.customer().peppolId() != null && d.customer().peppolId().contains(":")) {
            int colon = d.customer().peppolId().indexOf(':');
            withScheme("EndpointID", d.customer().peppolId().substring(0, colon),
                    d.customer().peppolId().substring(colon + 1));
        }
        start("PartyName");
        text("Name", d.customer().customerName());
        end();
        address(d.customer().invoiceAddress(), org.country());
        start("PartyLegalEntity");
        text("RegistrationName", d.customer().customerName());
        if (d.customer().organizationNumber() != null && !d.customer().organizationNumber().isBlank()) {
            String country = d.customer().invoiceAddress() != null && d.customer().invoiceAddress().country() != null
                    ? d.customer().invoiceAddress().country() : org.country();
            String scheme = "DK".equals(country) ? "0184" : "NO".equals(country) || country == null ? "0192" : null;
            if (scheme != null) {
                withScheme("CompanyID", scheme, d.customer().organizationNumber());
            } else {
                text("CompanyID", d.customer().organizationNumber());
            }
        }
        end();
        end();
        end();
    }

    private void address(Address a, String defaultCountry) throws XMLStreamException {
        start("PostalAddress");
        if (a != null && a.street() != null && !a.street().isBlank()) {
            text("StreetName", a.street().replace('\n', ' ').trim());
        }
        if (a != null && a.city() != null) {
            text("CityName", a.city());
        }
        if (a != null && a.postcode() != null) {
            text("PostalZone", a.postcode());
        }
        start("Country");
        text("IdentificationCode", a != null && a.country() != null ? a.country()
                : defaultCountry != null ? defaultCountry : "NO");
        end();
        end();
    }

    private void taxScheme(String companyId, String scheme) throws XMLStreamException {
        start("PartyTaxScheme");
        text("CompanyID", companyId);
        start("TaxScheme");
        text("ID", scheme);
        end();
        end();
    }

    /**
     * How to pay: a credit transfer to the account with the KID (else the invoice number). A Danish
     * seller uses the codes the Danish rules allow (DK-R-005): FI-kort 71 (93) when it has an FI
     * creditor number, else SEPA (58) to its IBAN, else a payment to its bank account (42) with the
     * registration number (the account's first four digits) as the branch.
     */
    private void payment() throws XMLStreamException {
        Document.Print p = d.print();
        String reference = d.payment().kid() != null ? d.payment().kid() : Long.toString(d.number());
        String account = p.iban() != null ? p.iban() : p.accountNumber();
        String digits = p.accountNumber() == null ? "" : p.accountNumber().replaceAll("\\D", "");
        if (!"DK".equals(org.country())) {
            means("30", reference, account, p.bic());
        } else if (p.giro() == Layout.GiroFormat.DANISH_FI71 && p.fiCreditorNumber() != null) {
            means("93", "71#" + PaymentReferences.fi71PaymentId(d.number()), p.fiCreditorNumber(), null);
        } else if (p.iban() != null) {
            means("58", reference, p.iban(), p.bic());
        } else if (digits.length() > 4) {
            means("42", reference, digits.substring(4), digits.substring(0, 4));
        } else {
            means("30", reference, account, p.bic());
        }
    }

    private void means(String code, String paymentId, String account, String branch) throws XMLStreamException {
        start("PaymentMeans");
        text("PaymentMeansCode", code);
        text("PaymentID", paymentId);
        if (account != null) {
            start("PayeeFinancialAccount");
            text("ID", account.replaceAll("[ .]", ""));
            if (branch != null) {
                start("FinancialInstitutionBranch");
                text("ID", branch);
                end();
            }
            end();
        }
        end();
    }

    private void taxTotal() throws XMLStreamException {
        start("TaxTotal");
        amount("TaxAmount", d.totals().totalVat());
        for (Document.VatLine v : d.totals().vatBreakdown()) {
            start("TaxSubtotal");
            amount("TaxableAmount", v.base());
            amount("TaxAmount", v.vat());
            category("TaxCategory", v.rate());
            end();
        }
        end();
    }

    private void category(String element, BigDecimal rate) throws XMLStreamException {
        start(element);
        text("ID", rate.signum() == 0 ? "Z" : "S");
        text("Percent", rate.stripTrailingZeros().toPlainString());
        start("TaxScheme");
        text("ID", "VAT");
        end();
        end();
    }

    private void monetaryTotal() throws XMLStreamException {
        start("LegalMonetaryTotal");
        amount("LineExtensionAmount", d.totals().totalExclVat());
        amount("TaxExclusiveAmount", d.totals().totalExclVat());
        amount("TaxInclusiveAmount", d.totals().totalExclVat().add(d.totals().totalVat()));
        BigDecimal prepaid = d.payment().prepaidAmount();
        if (prepaid != null && prepaid.signum() > 0) {
            amount("PrepaidAmount", prepaid);
        }
        if (d.totals().rounding() != null && d.totals().rounding().signum() != 0) {
            amount("PayableRoundingAmount", d.totals().rounding());
        }
        amount("PayableAmount", d.payment().toPay(d.totals().totalInclVat()));
        end();
    }

    private void line(Document.Line l) throws XMLStreamException {
        BigDecimal quantity = l.amounts().quantity() == null ? BigDecimal.ONE : l.amounts().quantity();
        BigDecimal sum = l.amounts().sumExclVat();
        // The price of the whole quantity, so quantity × price / base quantity is the amount exactly.
        boolean whole = quantity.signum() != 0;
        BigDecimal price = whole ? sum.abs() : l.amounts().unitPrice() == null ? BigDecimal.ZERO : l.amounts().unitPrice().abs();
        BigDecimal invoiced = sum.signum() < 0 ? quantity.abs().negate() : quantity.abs();
        start(credit ? "CreditNoteLine" : "InvoiceLine");
        text("ID", Integer.toString(l.position()));
        xml.writeStartElement("cbc", credit ? "CreditedQuantity" : "InvoicedQuantity", CBC);
        xml.writeAttribute("unitCode", "C62");
        xml.writeCharacters(invoiced.stripTrailingZeros().toPlainString());
        xml.writeEndElement();
        amount("LineExtensionAmount", sum);
        if (l.period() != null) {
            period(l.period().periodStart(), l.period().periodEnd());
        }
        start("Item");
        if (l.text().description() != null && !l.text().description().isBlank()) {
            text("Description", l.text().description());
        }
        text("Name", l.text().name() == null || l.text().name().isBlank() ? "-" : l.text().name());
        category("ClassifiedTaxCategory", l.item().vatRate() == null ? BigDecimal.ZERO : l.item().vatRate());
        end();
        start("Price");
        amount("PriceAmount", price);
        if (whole) {
            xml.writeStartElement("cbc", "BaseQuantity", CBC);
            xml.writeAttribute("unitCode", "C62");
            xml.writeCharacters(quantity.abs().stripTrailingZeros().toPlainString());
            xml.writeEndElement();
        }
        end();
        end();
    }

    private void period(LocalDate from, LocalDate to) throws XMLStreamException {
        start("InvoicePeriod");
        text("StartDate", from.toString());
        text("EndDate", to.toString());
        end();
    }

    private void amount(String element, BigDecimal value) throws XMLStreamException {
        xml.writeStartElement("cbc", element, CBC);
        xml.writeAttribute("currencyID", d.totals().currency());
        xml.writeCharacters(value.setScale(2, RoundingMode.HALF_UP).toPlainString());
        xml.writeEndElement();
    }

    private void withScheme(String element, String scheme, String value) throws XMLStreamException {
        xml.writeStartElement("cbc", element, CBC);
        xml.writeAttribute("schemeID", scheme);
        xml.writeCharacters(value);
        xml.writeEndElement();
    }

    private void text(String element, String value) throws XMLStreamException {
        xml.writeStartElement("cbc", element, CBC);
        xml.writeCharacters(value);
        xml.writeEndElement();
    }

    private void start(String element) throws XMLStreamException {
        xml.writeStartElement("cac", element, CAC);
    }

    private void end() throws XMLStreamException {
        xml.writeEndElement();
    }

    /** For tests and logs. */
    static String asText(byte[] xml) {
        return new String(xml, StandardCharsets.UTF_8);
    }
}
