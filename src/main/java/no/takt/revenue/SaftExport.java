package no.takt.revenue;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import no.takt.organisation.Organisation;
import no.takt.platform.Address;
import no.takt.organisation.OrganisationService;
import no.takt.revenue.core.Journal;
import org.springframework.stereotype.Service;

/**
 * The journal of a period as SAF-T Financial 1.30 (Skatteetaten's Norwegian schema, kept in
 * {@code saft/} and validated in the tests): the company, its accounts with their opening and
 * closing balances, the customers, the VAT codes, and every entry as a balanced transaction.
 * Two passes over the journal: the balances first, then the transactions as they are read.
 */
@Service
public class SaftExport {

    static final String NAMESPACE = "urn:StandardAuditFile-Taxation-Financial:NO";
    /** The VAT codes a Takt journal uses: the standard SAF-T codes for output VAT by rate. */
    private static final Map<Integer, String> TAX_CODES = Map.of(25, "3", 15, "31", 12, "33", 0, "5");

    private final JournalExport journal;
    private final AccountMapping accounts;
    private final OrganisationService organisation;
    private final Clock clock;

    SaftExport(JournalExport journal, AccountMapping accounts, OrganisationService organisation, Clock clock) {
        this.journal = journal;
        this.accounts = accounts;
        this.organisation = organisation;
        this.clock = clock;
    }

    /** Writes the period's SAF-T file to the stream; with {@code deferrals}, the months' deferral entries too. */
    public void write(LocalDate from, LocalDate to, boolean deferrals, OutputStream out) {
        journal.check(from, to, deferrals);
        Journal.Accounts mapping = accounts.journalAccounts();
        String receivables = mapping.receivables();
        Balances balances = new Balances(receivables);
        journal.each(LocalDate.of(1970, 1, 1), from.minusDays(1), false, e -> balances.add(e, 0));
        if (deferrals) {
            Journal.Entry opening = Journal.deferral("DEF-OPENING", from.minusDays(1), "Periodisering",
                    journal.deferredBefore(from), mapping);
            if (opening != null) {
                balances.add(opening, 0);
            }
        }
        long[] totals = new long[3];
        journal.each(from, to, deferrals, e -> {
            balances.add(e, 1);
            totals[0]++;
            totals[1] += minor(e.debit());
            totals[2] += minor(e.credit());
        });
        try {
            XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            x.writeStartDocument("UTF-8", "1.0");
            x.setDefaultNamespace(NAMESPACE);
            x.writeStartElement(NAMESPACE, "AuditFile");
            x.writeDefaultNamespace(NAMESPACE);
            header(x, from, to);
            x.writeStartElement("MasterFiles");
            accounts(x, balances.accounts);
            customers(x, balances, receivables);
            taxTable(x);
            x.writeEndElement();
            x.writeStartElement("GeneralLedgerEntries");
            text(x, "NumberOfEntries", Long.toString(totals[0]));
            text(x, "TotalDebit", money(totals[1]));
            text(x, "TotalCredit", money(totals[2]));
            x.writeStartElement("Journal");
            text(x, "JournalID", "GL");
            text(x, "Description", "Takt");
            text(x, "Type", "GL");
            journal.each(from, to, deferrals, e -> transaction(x, e, receivables));
            x.writeEndElement();
            x.writeEndElement();
            x.writeEndElement();
            x.writeEndDocument();
            x.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Debit − credit in øre per account and, on receivables, per customer: slot 0 before the period,
     * 1 in it; and the customers the entries name (those with a balance or an entry in the period).
     */
    private static final class Balances {
        final Map<String, long[]> accounts = new TreeMap<>();
        final Map<String, long[]> customers = new TreeMap<>();
        final Map<String, Journal.Party> parties = new TreeMap<>();
        private final String receivables;

        Balances(String receivables) {
            this.receivables = receivables;
        }

        void add(Journal.Entry e, int slot) {
            for (Journal.Posting p : e.postings()) {
                long amount = minor(p.debit()) - minor(p.credit());
                accounts.computeIfAbsent(p.account(), a -> new long[2])[slot] += amount;
                if (e.customer() != null && p.account().equals(receivables)) {
                    customers.computeIfAbsent(e.customer().id(), c -> new long[2])[slot] += amount;
                }
            }
            if (e.customer() != null && (slot == 1 || customers.getOrDefault(e.customer().id(), new long[2])[0] != 0)) {
                parties.put(e.customer().id(), e.customer());
            }
        }
    }

    private void header(XMLStreamWriter x, LocalDate from, LocalDate to) throws XMLStreamException {
        Organisation org = organisation.get();
        x.writeStartElement("Header");
        text(x, "AuditFileVersion", "1.30");
        text(x, "AuditFileCountry", "NO");
        text(x, "AuditFileDateCreated", LocalDate.now(clock).toString());
        text(x, "SoftwareCompanyName", "Takt");
        text(x, "SoftwareID", "Takt");
        text(x, "SoftwareVersion", "1.0");
        x.writeStartElement("Company");
        text(x, "RegistrationNumber", org.organizationNumber() == null ? "000000000" : org.organizationNumber());
        text(x, "Name", org.name() == null || org.name().isBlank() ? "-" : org.name());
        address(x, org.address(), org.country());
        x.writeStartElement("Contact");
        x.writeStartElement("ContactPerson");
        text(x, "FirstName", "-");
        text(x, "LastName", org.name() == null || org.name().isBlank() ? "-" : org.name());
        x.writeEndElement();
        optional(x, "Telephone", org.phone());
        optional(x, "Email", org.email());
        x.writeEndElement();
        x.writeEndElement();
        text(x, "DefaultCurrencyCode", org.currency() == null || org.currency().isBlank() ? "NOK" : org.currency());
        x.writeStartElement("SelectionCriteria");
        text(x, "SelectionStartDate", from.toString());
        text(x, "SelectionEndDate", to.toString());
        x.writeEndElement();
        text(x, "TaxAccountingBasis", "A");
        x.writeEndElement();
    }

    private void accounts(XMLStreamWriter x, Map<String, long[]> balances) throws XMLStreamException {
        Map<String, String> names = new TreeMap<>();
        accounts.get().forEach((key, account) -> names.putIfAbsent(account, key.name()));
        x.writeStartElement("GeneralLedgerAccounts");
        for (Map.Entry<String, long[]> a : balances.entrySet()) {
            long opening = a.getValue()[0];
            long closing = opening + a.getValue()[1];
            x.writeStartElement("Account");
            text(x, "AccountID", a.getKey());
            text(x, "AccountDescription", names.getOrDefault(a.getKey(), "Konto " + a.getKey()));
            text(x, "GroupingCategory", "RF-1167");
            text(x, "GroupingCode", a.getKey());
            text(x, "AccountType", "GL");
            balance(x, opening, closing);
            x.writeEndElement();
        }
        x.writeEndElement();
    }

    private static void customers(XMLStreamWriter x, Balances balances, String receivables)
            throws XMLStreamException {
        if (balances.parties.isEmpty()) {
            return;
        }
        x.writeStartElement("Customers");
        for (Journal.Party c : balances.parties.values()) {
            x.writeStartElement("Customer");
            optional(x, "RegistrationNumber", c.organizationNumber());
            text(x, "Name", c.name() == null || c.name().isBlank() ? "-" : c.name());
            address(x, c.address(), c.address() == null ? null : c.address().country());
            text(x, "CustomerID", c.id());
            long[] balance = balances.customers.getOrDefault(c.id(), new long[2]);
            x.writeStartElement("BalanceAccount");
            text(x, "AccountID", receivables);
            balance(x, balance[0], balance[0] + balance[1]);
            x.writeEndElement();
            x.writeEndElement();
        }
        x.writeEndElement();
    }

    /** An address that has anything in it (street lines joined), in its country (none: Norway). */
    private static void address(XMLStreamWriter x, Address a, String country) throws XMLStreamException {
        if (a == null || !notBlank(a.street()) && !notBlank(a.postcode()) && !notBlank(a.city())) {
            return;
        }
        x.writeStartElement("Address");
        optional(x, "StreetName", a.street() == null ? null : a.street().replace('\n', ' '));
        optional(x, "City", a.city());
        optional(x, "PostalCode", a.postcode());
        text(x, "Country", notBlank(country) ? country : "NO");
        x.writeEndElement();
    }

    /** Opening and closing balance (øre, debit − credit), each as a debit or a credit balance. */
    private static void balance(XMLStreamWriter x, long opening, long closing) throws XMLStreamException {
        text(x, opening >= 0 ? "OpeningDebitBalance" : "OpeningCreditBalance", money(Math.abs(opening)));
        text(x, closing >= 0 ? "ClosingDebitBalance" : "ClosingCreditBalance", money(Math.abs(closing)));
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }

    private static void taxTable(XMLStreamWriter x) throws XMLStreamException {
        x.writeStartElement("TaxTable");
        x.writeStartElement("TaxTableEntry");
        text(x, "TaxType", "MVA");
        text(x, "Description", "Merverdiavgift");
        for (Map.Entry<Integer, String> code : new TreeMap<>(TAX_CODES).entrySet()) {
            x.writeStartElement("TaxCodeDetails");
            text(x, "TaxCode", code.getValue());
            text(x, "Description", "Utgående MVA " + code.getKey() + " %");
            text(x, "TaxPercentage", Integer.toString(code.getKey()));
            text(x, "Country", "NO");
            text(x, "StandardTaxCode", code.getValue());
            text(x, "BaseRate", "100");
            x.writeEndElement();
        }
        x.writeEndElement();
        x.writeEndElement();
    }

    private static void transaction(XMLStreamWriter x, Journal.Entry e, String receivables) {
        try {
            x.writeStartElement("Transaction");
            text(x, "TransactionID", e.id());
            text(x, "Period", Integer.toString(e.date().getMonthValue()));
            text(x, "PeriodYear", Integer.toString(e.date().getYear()));
            text(x, "TransactionDate", e.date().toString());
            text(x, "Description", e.description() == null || e.description().isBlank() ? e.id() : e.description());
            text(x, "SystemEntryDate", e.date().toString());
            text(x, "GLPostingDate", e.date().toString());
            if (e.customer() != null) {
                text(x, "CustomerID", e.customer().id());
            }
            int record = 1;
            for (Journal.Posting p : e.postings()) {
                x.writeStartElement("Line");
                text(x, "RecordID", Integer.toString(record++));
                text(x, "AccountID", p.account());
                if (e.customer() != null && p.account().equals(receivables)) {
                    text(x, "CustomerID", e.customer().id());
                }
                text(x, "Description", e.description() == null || e.description().isBlank() ? e.id() : e.description());
                boolean debit = p.debit().signum() != 0;
                BigDecimal amount = debit ? p.debit() : p.credit();
                x.writeStartElement(debit ? "DebitAmount" : "CreditAmount");
                text(x, "Amount", amount.toPlainString());
                x.writeEndElement();
                if (p.vat() != null) {
                    x.writeStartElement("TaxInformation");
                    text(x, "TaxType", "MVA");
                    text(x, "TaxCode", taxCode(p.vat().rate()));
                    text(x, "TaxPercentage", p.vat().rate().stripTrailingZeros().toPlainString());
                    text(x, "TaxBase", p.vat().base().abs().toPlainString());
                    x.writeStartElement(debit ? "DebitTaxAmount" : "CreditTaxAmount");
                    text(x, "Amount", amount.toPlainString());
                    x.writeEndElement();
                    x.writeEndElement();
                }
                x.writeEndElement();
            }
            x.writeEndElement();
        } catch (XMLStreamException ex) {
            throw new IllegalStateException(ex);
        }
    }

    /** The standard SAF-T code of an output VAT rate (25 % when the rate is not one of Norway's). */
    private static String taxCode(BigDecimal rate) {
        return TAX_CODES.getOrDefault(rate.intValue(), TAX_CODES.get(25));
    }

    private static void text(XMLStreamWriter x, String name, String value) throws XMLStreamException {
        x.writeStartElement(name);
        x.writeCharacters(value);
        x.writeEndElement();
    }

    private static void optional(XMLStreamWriter x, String name, String value) throws XMLStreamException {
        if (value != null && !value.isBlank()) {
            text(x, name, value);
        }
    }

    private static long minor(BigDecimal amount) {
        return amount.setScale(2, java.math.RoundingMode.UNNECESSARY).unscaledValue().longValueExact();
    }

    private static String money(long minor) {
        return BigDecimal.valueOf(minor, 2).toPlainString();
    }

    /** Skatteetaten's schema, which every file is valid against (tested). */
    public static final String SCHEMA = "saft/Norwegian_SAF-T_Financial_Schema_v_1.30.xsd";
}
