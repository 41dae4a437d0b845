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
 * payment debits the bank and credits receivables. A reminder's fee, compensation and interest
 * debit receivables and credit their income account; a write-off debits the loss account and a
 * refund credits the bank, each against receivables. A deferral entry at a month's end moves the
 * change in what is billed but not yet earned between the sales accounts and deferred revenue.
 * Postings on the same account are one. Pure.
 */
public final class Journal {

    private Journal() {
    }

    /** The accounts entries post to; {@code outputVat} gives a VAT rate's account. */
    public record Accounts(String receivables, String bank, String rounding, String defaultSales,
                           Function<BigDecimal, String> outputVat, Other other) {

        /** The accounts of what is not an invoice's: reminder fees, interest, losses, deferred revenue. */
        public record Other(String reminderFees, String interest, String writeOffs, String deferredRevenue) {
        }
    }

    /** What the customer ledger charges or settles besides documents and payments. */
    public enum Charge { REMINDER_FEE, COMPENSATION, INTEREST, WRITE_OFF, REFUND }

    /**
     * An invoice or credit note: its customer, its lines' sales accounts and amounts excl. VAT, VAT
     * per rate, rounding, total.
     */
    public record Source(String id, LocalDate date, String description, Party customer, boolean credit,
                         List<Line> lines, List<Vat> vat, BigDecimal rounding, BigDecimal total) {
    }

    /** The customer an entry concerns: its number, name, organisation number (null when none) and address. */
    public record Party(String id, String name, String organizationNumber, no.takt.platform.Address address) {
    }

    public record Line(String salesAccount, BigDecimal amountExclVat) {
    }

    public record Vat(BigDecimal rate, BigDecimal base, BigDecimal vat) {
    }

    /** One account's posting: a debit or a credit (the other zero); an output VAT posting with its rate and base. */
    public record Posting(String account, BigDecimal debit, BigDecimal credit, Vat vat) {
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
        Map<String, Vat> vatOf = new LinkedHashMap<>();
        for (Vat v : s.vat()) {
            if (v.vat().signum() != 0) {
                String account = accounts.outputVat().apply(v.rate());
                owed.merge(account, v.vat().multiply(sign).negate(), BigDecimal::add);
                // two rates on one account: the posting says no single rate
                vatOf.merge(account, v, (a, b) -> a.rate().compareTo(b.rate()) != 0 ? null
                        : new Vat(a.rate(), a.base().add(b.base()), a.vat().add(b.vat())));
            }
        }
        if (s.rounding() != null && s.rounding().signum() != 0) {
            owed.merge(accounts.rounding(), s.rounding().multiply(sign).negate(), BigDecimal::add);
        }
        BigDecimal balance = owed.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        if (balance.signum() != 0) {
            throw new IllegalArgumentException("document " + s.id() + " does not balance by " + balance);
        }
        return new Entry(s.id(), s.date(), s.description(), s.customer(), postings(owed, vatOf));
    }

    /** A payment placed on invoices: the bank debited, receivables credited. */
    public static Entry payment(String id, LocalDate date, String description, BigDecimal amount, Accounts accounts) {
        Map<String, BigDecimal> owed = new LinkedHashMap<>();
        owed.put(accounts.bank(), amount);
        owed.merge(accounts.receivables(), amount.negate(), BigDecimal::add);
        return new Entry(id, date, description, null, postings(owed, Map.of()));
    }

    /**
     * A charge or settlement on the customer's ledger (positive amount): fees, compensation and
     * interest debit receivables, a write-off credits them against the loss account, a refund debits
     * them against the bank (the customer's credit paid back).
     */
    public static Entry charge(String id, LocalDate date, String description, Party customer, Charge charge,
            BigDecimal amount, Accounts accounts) {
        Accounts.Other other = accounts.other();
        String against = switch (charge) {
            case REMINDER_FEE, COMPENSATION -> other.reminderFees();
            case INTEREST -> other.interest();
            case WRITE_OFF -> other.writeOffs();
            case REFUND -> accounts.bank();
        };
        BigDecimal owed = charge == Charge.WRITE_OFF ? amount.negate() : amount;
        Map<String, BigDecimal> signed = new LinkedHashMap<>();
        signed.put(accounts.receivables(), owed);
        signed.merge(against, owed.negate(), BigDecimal::add);
        return new Entry(id, date, description, customer, postings(signed, Map.of()));
    }

    /**
     * The deferral entry of a month's end: per sales account, the change in deferred revenue over
     * the month (closing − opening; positive: more billed than earned) debited to the sales account
     * and credited to deferred revenue, or the other way round when it fell. Null when nothing moved.
     */
    public static Entry deferral(String id, LocalDate date, String description, Map<String, BigDecimal> change,
            Accounts accounts) {
        Map<String, BigDecimal> signed = new LinkedHashMap<>();
        change.forEach((salesAccount, delta) -> {
            String account = salesAccount == null || salesAccount.isBlank() ? accounts.defaultSales() : salesAccount;
            signed.merge(account, delta, BigDecimal::add);
            signed.merge(accounts.other().deferredRevenue(), delta.negate(), BigDecimal::add);
        });
        List<Posting> postings = postings(signed, Map.of());
        return postings.isEmpty() ? null : new Entry(id, date, description, null, postings);
    }

    private static List<Posting> postings(Map<String, BigDecimal> signed, Map<String, Vat> vat) {
        List<Posting> postings = new ArrayList<>();
        signed.forEach((account, amount) -> {
            BigDecimal a = amount.setScale(2, java.math.RoundingMode.UNNECESSARY);
            if (a.signum() != 0) {
                postings.add(a.signum() > 0 ? new Posting(account, a, BigDecimal.ZERO.setScale(2), vat.get(account))
                        : new Posting(account, BigDecimal.ZERO.setScale(2), a.negate(), vat.get(account)));
            }
        });
        return postings;
    }
}
