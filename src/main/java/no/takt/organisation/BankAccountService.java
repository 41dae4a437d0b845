package no.takt.organisation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.takt.platform.audit.AuditLog;
import no.takt.platform.audit.Stamp;
import no.takt.platform.errors.BadInputException;
import no.takt.platform.errors.ConflictException;
import no.takt.platform.errors.FieldProblems;
import no.takt.platform.errors.NotFoundException;
import no.takt.platform.jdbc.PagedQuery;
import no.takt.platform.jdbc.Rows;
import no.takt.platform.jdbc.SortSpec;
import no.takt.platform.jdbc.Tables;
import no.takt.platform.validation.BankAccountNumbers;
import no.takt.platform.validation.Codes;
import no.takt.platform.web.CrudService;
import no.takt.platform.web.Page;
import no.takt.platform.web.PageQuery;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Bank accounts. Numbers are stored without separators. */
@Service
public class BankAccountService implements CrudService<BankAccount, BankAccountInput> {

    static final String ENTITY = "bank-account";
    private static final SortSpec SORTS = new SortSpec(Map.of("name", "lower(name)", "accountNumber", "account_number",
            "currency", "currency"), "name");

    private final JdbcClient jdbc;
    private final AuditLog audit;

    BankAccountService(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    public Page<BankAccount> list(PageQuery query, Boolean active) {
        return PagedQuery.select("*", "bank_account")
                .whereIf(active, "active = :active", "active")
                .search(query.q(), "name", "account_number", "iban")
                .page(jdbc, query, SORTS, "id", BankAccountService::map);
    }

    public List<BankAccount> active() {
        return jdbc.sql("select * from bank_account where active = true order by name")
                .query(BankAccountService::map).list();
    }

    @Override
    public BankAccount get(long id) {
        return find(id).orElseThrow(() -> new NotFoundException(ENTITY, id));
    }

    public Optional<BankAccount> find(long id) {
        return jdbc.sql("select * from bank_account where id = ?").param(id).query(BankAccountService::map).optional();
    }

    public Optional<BankAccount> byNumber(String accountNumber) {
        return jdbc.sql("select * from bank_account where account_number = ?")
                .param(BankAccountNumbers.normalise(accountNumber)).query(BankAccountService::map).optional();
    }

    @Override
    @Transactional
    public BankAccount create(BankAccountInput input) {
        Normalised n = check(input, null);
        Stamp stamp = audit.stamp();
        long id = Rows.insert(bind(jdbc.sql("""
                insert into bank_account (name, country, account_number, iban, bic, fi_creditor_number, currency, active, version,
                  created_at, created_by, modified_at, modified_by)
                values (:name, :country, :accountNumber, :iban, :bic, :fiCreditor, :currency, :active, 0, :at, :by, :at, :by)"""),
                input, n, stamp));
        BankAccount created = get(id);
        audit.created(ENTITY, id, created);
        return created;
    }

    @Override
    @Transactional
    public BankAccount update(long id, BankAccountInput input) {
        BankAccount before = get(id);
        Normalised n = check(input, id);
        Tables.updateVersioned(bind(jdbc.sql("""
                update bank_account set name = :name, country = :country, account_number = :accountNumber,
                  iban = :iban, bic = :bic, fi_creditor_number = :fiCreditor,
                  currency = :currency, active = :active, version = version + 1,
                  modified_at = :at, modified_by = :by
                where id = :id and version = :version"""), input, n, audit.stamp()), id, input.version(),
                before.version());
        BankAccount after = get(id);
        audit.updated(ENTITY, id, before, after);
        return after;
    }

    /** The input's values in stored form, with the country's defaults filled in. */
    private record Normalised(String country, String accountNumber, String iban, String currency) {
    }

    private Normalised check(BankAccountInput input, Long id) {
        String country = input.country() == null ? "NO" : input.country();
        Normalised n = new Normalised(country, BankAccountNumbers.normalise(input.accountNumber()),
                BankAccountNumbers.normalise(input.iban()),
                input.currency() == null ? Codes.defaultCurrency(country) : input.currency());
        new FieldProblems()
                .check(BankAccountNumbers.isValid(country, n.accountNumber()), "accountNumber", "error.account-number")
                .check(n.iban() == null || BankAccountNumbers.isValidIban(n.iban()), "iban", "error.iban")
                .throwIfAny(BadInputException::new);
        if (Tables.taken(jdbc, "bank_account", "account_number", n.accountNumber(), id)) {
            throw ConflictException.field("accountNumber", "error.duplicate", input.accountNumber());
        }
        return n;
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, BankAccountInput input, Normalised n,
            Stamp stamp) {
        return spec.param("name", input.name().trim())
                .param("country", n.country())
                .param("accountNumber", n.accountNumber())
                .param("iban", n.iban())
                .param("bic", input.bic())
                .param("fiCreditor", input.fiCreditorNumber())
                .param("currency", n.currency())
                .param("active", input.active() == null || input.active())
                .param("at", stamp.at())
                .param("by", stamp.by());
    }

    private static BankAccount map(ResultSet rs, int row) throws SQLException {
        return new BankAccount(rs.getLong("id"), rs.getString("name"), rs.getString("country"),
                rs.getString("account_number"), rs.getString("iban"), rs.getString("bic"), rs.getString("fi_creditor_number"),
                rs.getString("currency"),
                rs.getBoolean("active"), rs.getInt("version"), Rows.time(rs, "created_at"),
                rs.getString("created_by"), Rows.time(rs, "modified_at"), rs.getString("modified_by"));
    }
}
