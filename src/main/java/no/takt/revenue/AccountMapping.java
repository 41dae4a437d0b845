package no.takt.revenue;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import no.takt.platform.errors.BadInputException;
import no.takt.platform.errors.FieldProblems;
import no.takt.revenue.core.Journal;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The organisation's accounts (issue 13): what the journal and SAF-T post to, by what they hold,
 * with the defaults of the Norwegian standard chart (NS 4102) for what is not set. Editable in the
 * API and on the revenue page; a sales line's own account (from its product) comes before
 * {@code SALES}.
 */
@Service
public class AccountMapping {

    /** What an account holds. */
    public enum Key {
        RECEIVABLES("1500"), BANK("1920"), SALES("3000"), OUTPUT_VAT_HIGH("2700"), OUTPUT_VAT_MEDIUM("2701"),
        OUTPUT_VAT_LOW("2703"), DEFERRED_REVENUE("2965"), REMINDER_FEES("3900"), INTEREST("8050"),
        WRITE_OFFS("7830"), ROUNDING("7770");

        private final String standard;

        Key(String standard) {
            this.standard = standard;
        }

        public String standard() {
            return standard;
        }
    }

    private final JdbcClient jdbc;
    private final no.takt.platform.audit.AuditLog audit;

    AccountMapping(JdbcClient jdbc, no.takt.platform.audit.AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** Every key with its account: the one set, or the standard one. */
    public Map<Key, String> get() {
        Map<Key, String> accounts = new LinkedHashMap<>();
        for (Key k : Key.values()) {
            accounts.put(k, k.standard());
        }
        jdbc.sql("select mapping_key, account from account_mapping").query(rs -> {
            try {
                accounts.put(Key.valueOf(rs.getString(1)), rs.getString(2));
            } catch (IllegalArgumentException e) {
                // a key no longer known is left out
            }
        });
        return accounts;
    }

    /** Sets the accounts given (a blank one goes back to the standard); 2–20 digits each. */
    @Transactional
    public Map<Key, String> set(Map<Key, String> accounts) {
        FieldProblems problems = new FieldProblems();
        accounts.forEach((k, v) -> problems.check(v == null || v.isBlank() || v.trim().matches("\\d{2,20}"), k.name(),
                "error.account-number"));
        problems.throwIfAny(BadInputException::new);
        Map<Key, String> before = get();
        accounts.forEach((k, v) -> {
            jdbc.sql("delete from account_mapping where mapping_key = ?").param(k.name()).update();
            if (v != null && !v.isBlank() && !v.trim().equals(k.standard())) {
                jdbc.sql("insert into account_mapping (mapping_key, account) values (?, ?)").params(k.name(), v.trim())
                        .update();
            }
        });
        Map<Key, String> after = get();
        audit.changed("account-mapping", "account-mapping", 1, new Audited(before), new Audited(after));
        return after;
    }

    /** The mapping as the audit trail records it. */
    record Audited(Map<Key, String> accounts) {
    }

    /** The accounts as the journal posts to them; output VAT by rate (25 high, 15 medium, 12 low; others high). */
    public Journal.Accounts journalAccounts() {
        Map<Key, String> a = get();
        return new Journal.Accounts(a.get(Key.RECEIVABLES), a.get(Key.BANK), a.get(Key.ROUNDING), a.get(Key.SALES),
                rate -> vatAccount(a, rate), new Journal.Accounts.Other(a.get(Key.REMINDER_FEES), a.get(Key.INTEREST),
                a.get(Key.WRITE_OFFS), a.get(Key.DEFERRED_REVENUE)));
    }

    private static String vatAccount(Map<Key, String> a, BigDecimal rate) {
        int r = rate == null ? 0 : rate.intValue();
        return a.get(r >= 25 ? Key.OUTPUT_VAT_HIGH : r >= 15 ? Key.OUTPUT_VAT_MEDIUM : r > 0 ? Key.OUTPUT_VAT_LOW
                : Key.OUTPUT_VAT_HIGH);
    }
}
