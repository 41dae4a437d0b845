package no.takt.revenue.core;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The accounting journal (PRODUCT.md §9): every invoice, credit note and payment as a balanced
 * entry on the organisation's accounts. An invoice debits receivables with what the customer owes
 * and credits each sales account with its lines excl. VAT, the output VAT account of each rate with
 * its VAT, and the rounding account with the cash rounding; a credit note the other way round; a
 * payment debits the bank and credits receivables. Postings on the same account are one. Pure.
 */
public final class Journal {

    private Journal() {
    }

    /** The accounts entries post to; {@code outputVat} gives a VAT rate's account. */
    public record Accounts(String receivables, String bank, String rounding, String defaultSales,
                           Function<BigDecimal, String> outputVat) {
    }

    /**
     * An invoice or credit note: its customer, its lines' sales accounts and amounts excl. VAT, VAT
     * per rate, rounding, total.
     */
    public record Source(String id, LocalDate date, String description, Party customer, boolean credit,
                         List<Line> lines, List<Vat> vat, BigDecimal rounding, BigDecimal total) {
    }

    /** The customer an entry concerns: its number, name and organisation number (null when none). */
    public record Party(String id, String name, String organizationNumber) {
    }

    public record Line(String salesAccount, BigDecimal amountExclVat) {
    }

    public record Vat(BigDecimal rate, BigDecimal base, BigDecimal vat) {
    }

    /** One account's posting: a debit or a credit (the other zero). */
    public record Posting(String account, BigDecimal debit, BigDecimal credit) {
    }

    public record Entry(String id, LocalDate date, String description, Party customer, List<Posting> postings) {

        public BigDecimal debit() {
            return postings.stream().map(Posting::debit).reduce(BigDecimal.ZERO, BigDecimal::add);
        }

        public BigDecimal credit() {
            return postings.stream().map(Posting::credit).reduce(BigDecimal.ZERO, BigDecimal::add);
        }
    }

    /** The document's entry; refused if its parts do not add up to its total (the entry would not balance). */
    public static Entry of(Source s, Accounts accounts) {
        // signed as the customer's side: + what the customer owes (debit receivables)
        Map<String, BigDecimal> owed = new LinkedHashMap<>();
        BigDecimal sign = s.credit() ? BigDecimal.ONE.negate() : BigDecimal.ONE;
        owed.merge(accounts.receivables(), s.total().multiply(sign), BigDecimal::add);
        for (Line l : s.lines()) {
            String account = l.salesAccount() == null || l.salesAccount().isBlank() ? accounts.defaultSales()
                    : l.salesAccount();
            owed.merge(account, l.amountExclVat().multiply(sign).negate(), BigDecimal::add);
        }
        for (Vat v : s.vat()) {
            if (v.vat().signum() != 0) {
                owed.merge(accounts.outputVat().apply(v.rate()), v.vat().multiply(sign).negate(), BigDecimal::add);
            }
        }
        if (s.rounding() != null && s.rounding().signum() != 0) {
            owed.merge(accounts.rounding(), s.rounding().multiply(sign).negate(), BigDecimal::add);
        }
        BigDecimal balance = owed.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        if (balance.signum() != 0) {
            throw new IllegalArgumentException("document " + s.id() + " does not balance by " + balance);
        }
        return new Entry(s.id(), s.date(), s.description(), s.customer(), postings(owed));
    }

    /** A payment placed on invoices: the bank debited, receivables credited. */
    public static Entry payment(String id, LocalDate date, String description, BigDecimal amount, Accounts accounts) {
        Map<String, BigDecimal> owed = new LinkedHashMap<>();
        owed.put(accounts.bank(), amount);
        owed.merge(accounts.receivables(), amount.negate(), BigDecimal::add);
        return new Entry(id, date, description, null, postings(owed));
    }

    private static List<Posting> postings(Map<String, BigDecimal> signed) {
        List<Posting> postings = new ArrayList<>();
        signed.forEach((account, amount) -> {
            BigDecimal a = amount.setScale(2, java.math.RoundingMode.UNNECESSARY);
            if (a.signum() != 0) {
                postings.add(a.signum() > 0 ? new Posting(account, a, BigDecimal.ZERO.setScale(2))
                        : new Posting(account, BigDecimal.ZERO.setScale(2), a.negate()));
            }
        });
        return postings;
    }
}
