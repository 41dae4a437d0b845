package no.takt.payments.core;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * ISO 20022 camt.054 (BankToCustomerDebitCreditNotification), versions 02 and later: each booked
 * entry (Ntry) and its transactions (NtryDtls/TxDtls; a batch entry is split into them). A credit
 * entry is money in; a debit entry marked as a reversal (RvslInd) takes money back; other debits are
 * money out and left aside. The KID is the creditor reference {@code RmtInf/Strd/CdtrRefInf/Ref},
 * free text {@code RmtInf/Ustrd}. Checked whole before anything is applied: the summary's counts and
 * sums, each batch's count, and that a split entry's transactions add up to the entry.
 */
public final class Camt054 {

    private static final Pattern NAMESPACE = Pattern.compile("urn:iso:std:iso:20022:tech:xsd:camt\\.054\\.001\\.(\\d\\d)");

    private Camt054() {
    }

    /**
     * An entry as read: its line, amount, direction (CdtDbtInd: credit is money in), whether it
     * reverses an earlier entry, and its transactions (those of every NtryDtls).
     */
    public record Entry(int line, BigDecimal amount, String currency, boolean credit, boolean reversal,
                        LocalDate bookingDate, String reference, List<Details> details) {

        public List<Transaction> transactions() {
            return details.stream().flatMap(d -> d.transactions().stream()).toList();
        }

        /** A payment received: a credit that reverses nothing. */
        boolean paymentIn() {
            return credit && !reversal;
        }

        /** A payment received taken back: a debit reversing a credit. */
        boolean paymentReversed() {
            return !credit && reversal;
        }
    }

    /** A transaction of an entry; amount null when the bank left it out (an entry of one). */
    public record Transaction(int line, BigDecimal amount, String currency, String reference, String kid,
                              String freeText, BankTransaction.Payer payer) {
    }

    /** One NtryDtls: its transactions, and how many its batch says it has (null: not said). */
    public record Details(int line, String statedCount, List<Transaction> transactions) {
    }

    /** The message as read: its version (2, 4, 8, …), its id, and its entries. */
    public record Message(int version, String id, List<Entry> entries) {
    }

    public static BankFile read(byte[] content) {
        Message message = parse(content);
        List<BankTransaction> transactions = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        int skipped = 0;
        for (Entry entry : message.entries()) {
            if (!entry.paymentIn() && !entry.paymentReversed()) {
                skipped++;
                continue;
            }
            if (entry.bookingDate() == null) {
                throw new BankFileException(entry.line(), "error.bank-file.missing-element", "Ntry/BookgDt");
            }
            for (Details d : entry.details()) {
                if (d.statedCount() != null && !d.statedCount().equals(Integer.toString(d.transactions().size()))) {
                    throw new BankFileException(d.line(), "error.bank-file.count-mismatch", d.statedCount(),
                            d.transactions().size());
                }
            }
            List<Transaction> parts = entry.transactions().isEmpty()
                    ? List.of(new Transaction(entry.line(), entry.amount(), entry.currency(), null, null, null,
                            BankTransaction.Payer.UNKNOWN))
                    : entry.transactions();
            if (parts.size() > 1) {
                BigDecimal sum = BigDecimal.ZERO;
                for (Transaction t : parts) {
                    if (t.amount() == null) {
                        throw new BankFileException(t.line(), "error.bank-file.batch-without-amount");
                    }
                    sum = sum.add(t.amount());
                }
                if (sum.compareTo(entry.amount()) != 0) {
                    throw new BankFileException(entry.line(), "error.bank-file.batch-sum", entry.amount(), sum);
                }
            }
            for (Transaction t : parts) {
                BigDecimal amount = t.amount() == null ? entry.amount() : t.amount();
                String reference = t.reference() != null ? "CAMT:" + t.reference()
                        : "CAMT:" + message.id() + ":" + (entry.reference() == null ? entry.line() : entry.reference());
                int occurrence = seen.merge(reference, 1, Integer::sum);
                transactions.add(new BankTransaction(occurrence == 1 ? reference : reference + "#" + occurrence,
                        t.line(), entry.reversal() ? "RVSL" : "CRDT", entry.bookingDate(),
                        entry.paymentReversed() ? amount.negate() : amount, t.currency() == null ? entry.currency()
                        : t.currency(), t.kid(), t.freeText(), t.payer()));
            }
        }
        BigDecimal total = transactions.stream().map(BankTransaction::amount).reduce(BigDecimal.ZERO.setScale(2),
                BigDecimal::add);
        return new BankFile(BankFile.Format.CAMT054, List.copyOf(transactions), total, skipped);
    }

    /**
     * Reads the message and checks its summary; the entries' batches are checked when they are
     * applied (debits are not, so a notification of money out is read whatever its details).
     */
    public static Message parse(byte[] content) {
        Xml root = Xml.parse(content);
        Matcher version = NAMESPACE.matcher(root.namespace() == null ? "" : root.namespace());
        if (!root.name().equals("Document") || !version.matches()) {
            throw new BankFileException(root.line(), "error.bank-file.not-camt054", root.namespace());
        }
        Xml notification = root.child("BkToCstmrDbtCdtNtfctn")
                .orElseThrow(() -> new BankFileException(root.line(), "error.bank-file.missing-element",
                        "BkToCstmrDbtCdtNtfctn"));
        String messageId = notification.textAt("GrpHdr", "MsgId");
        if (messageId == null) {
            throw new BankFileException(notification.line(), "error.bank-file.missing-element", "GrpHdr/MsgId");
        }
        List<Entry> entries = new ArrayList<>();
        for (Xml ntfctn : notification.all("Ntfctn")) {
            String accountCurrency = ntfctn.textAt("Acct", "Ccy");
            List<Entry> ofNotification = new ArrayList<>();
            for (Xml ntry : ntfctn.all("Ntry")) {
                ofNotification.add(entry(ntry, accountCurrency));
            }
            checkSummary(ntfctn, ofNotification);
            entries.addAll(ofNotification);
        }
        return new Message(Integer.parseInt(version.group(1)), messageId, List.copyOf(entries));
    }

    private static Entry entry(Xml ntry, String accountCurrency) {
        Xml amt = ntry.child("Amt").orElseThrow(() -> new BankFileException(ntry.line(),
                "error.bank-file.missing-element", "Ntry/Amt"));
        BigDecimal amount = amount(amt);
        String currency = currency(amt, accountCurrency);
        String direction = ntry.textAt("CdtDbtInd");
        if (!"CRDT".equals(direction) && !"DBIT".equals(direction)) {
            throw new BankFileException(ntry.line(), "error.bank-file.bad-direction", direction);
        }
        boolean reversal = "true".equals(ntry.textAt("RvslInd"));
        LocalDate booked = date(ntry, "BookgDt");
        if (booked == null) {
            booked = date(ntry, "ValDt");
        }
        List<Details> details = new ArrayList<>();
        for (Xml ntryDtls : ntry.all("NtryDtls")) {
            List<Transaction> transactions = new ArrayList<>();
            for (Xml tx : ntryDtls.all("TxDtls")) {
                transactions.add(transaction(tx, currency));
            }
            details.add(new Details(ntryDtls.line(), ntryDtls.textAt("Btch", "NbOfTxs"), List.copyOf(transactions)));
        }
        return new Entry(ntry.line(), amount, currency, "CRDT".equals(direction), reversal, booked,
                ntry.textAt("AcctSvcrRef"), List.copyOf(details));
    }

    private static Transaction transaction(Xml tx, String entryCurrency) {
        Xml amt = tx.child("Amt").or(() -> tx.at("AmtDtls", "TxAmt", "Amt")).orElse(null);
        String reference = firstOf(tx.textAt("Refs", "AcctSvcrRef"), tx.textAt("Refs", "UETR"),
                tx.textAt("Refs", "TxId"));
        String endToEnd = tx.textAt("Refs", "EndToEndId");
        if (reference == null && endToEnd != null && !"NOTPROVIDED".equals(endToEnd)) {
            reference = endToEnd;
        }
        String kid = null;
        List<String> texts = new ArrayList<>();
        for (Xml remittance : tx.all("RmtInf")) {
            remittance.all("Ustrd").forEach(u -> texts.add(u.text()));
            for (Xml strd : remittance.all("Strd")) {
                String ref = strd.textAt("CdtrRefInf", "Ref");
                if (kid == null && ref != null) {
                    kid = ref;
                }
            }
        }
        String payerName = firstOf(tx.textAt("RltdPties", "Dbtr", "Nm"), tx.textAt("RltdPties", "Dbtr", "Pty", "Nm"));
        String payerAccount = firstOf(tx.textAt("RltdPties", "DbtrAcct", "Id", "IBAN"),
                tx.textAt("RltdPties", "DbtrAcct", "Id", "Othr", "Id"));
        return new Transaction(tx.line(), amt == null ? null : amount(amt), amt == null ? entryCurrency
                : currency(amt, entryCurrency), reference, kid, texts.isEmpty() ? null : String.join(" ", texts),
                new BankTransaction.Payer(payerName, payerAccount));
    }

    /** The notification's summary, when it has one: how many entries, and their sum, credit and debit. */
    private static void checkSummary(Xml ntfctn, List<Entry> entries) {
        Xml summary = ntfctn.child("TxsSummry").orElse(null);
        if (summary == null) {
            return;
        }
        check(summary, "TtlNtries", entries);
        check(summary, "TtlCdtNtries", entries.stream().filter(Entry::credit).toList());
        check(summary, "TtlDbtNtries", entries.stream().filter(e -> !e.credit()).toList());
    }

    private static void check(Xml summary, String group, List<Entry> entries) {
        Xml totals = summary.child(group).orElse(null);
        if (totals == null) {
            return;
        }
        String count = totals.textAt("NbOfNtries");
        if (count != null && !count.equals(Integer.toString(entries.size()))) {
            throw new BankFileException(totals.line(), "error.bank-file.count-mismatch", count, entries.size());
        }
        Xml sum = totals.child("Sum").orElse(null);
        BigDecimal counted = entries.stream().map(Entry::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (sum != null && amount(sum).compareTo(counted) != 0) {
            throw new BankFileException(totals.line(), "error.bank-file.total-mismatch", amount(sum), counted);
        }
    }

    private static BigDecimal amount(Xml amt) {
        try {
            BigDecimal amount = new BigDecimal(amt.text());
            if (amount.signum() < 0 || amount.scale() > 5) {
                throw new NumberFormatException();
            }
            return amount.setScale(Math.max(2, amount.scale()));
        } catch (NumberFormatException e) {
            throw new BankFileException(amt.line(), "error.bank-file.bad-amount", amt.text());
        }
    }

    private static String currency(Xml amt, String fallback) {
        String currency = amt.attributes().getOrDefault("Ccy", fallback);
        if (currency == null || !currency.matches("[A-Z]{3}")) {
            throw new BankFileException(amt.line(), "error.bank-file.bad-currency", currency);
        }
        return currency;
    }

    private static LocalDate date(Xml ntry, String element) {
        String date = ntry.textAt(element, "Dt");
        String dateTime = ntry.textAt(element, "DtTm");
        try {
            if (date != null) {
                return LocalDate.parse(date);
            }
            return dateTime == null ? null : OffsetDateTime.parse(dateTime).toLocalDate();
        } catch (DateTimeException e) {
            throw new BankFileException(ntry.line(), "error.bank-file.bad-date", element,
                    date != null ? date : dateTime);
        }
    }

    private static String firstOf(String... values) {
        for (String v : values) {
            if (v != null) {
                return v;
            }
        }
        return null;
    }
}
