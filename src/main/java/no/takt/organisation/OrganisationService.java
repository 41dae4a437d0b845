package no.takt.organisation;

import java.sql.ResultSet;
import java.sql.SQLException;
import no.takt.platform.Address;
import no.takt.platform.audit.AuditLog;
import no.takt.platform.audit.Stamp;
import no.takt.platform.errors.UnprocessableException;
import no.takt.platform.jdbc.Rows;
import no.takt.platform.jdbc.Tables;
import no.takt.platform.validation.OrganisationNumbers;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The organisation facts: one row, read by every document, changed by an admin. */
@Service
public class OrganisationService {

    static final String ENTITY = "organisation";
    private static final long ID = 1;

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final BankAccountService bankAccounts;

    OrganisationService(JdbcClient jdbc, AuditLog audit, BankAccountService bankAccounts) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.bankAccounts = bankAccounts;
    }

    public Organisation get() {
        return jdbc.sql("""
                select o.*, b.account_number from organisation o
                left join bank_account b on b.id = o.bank_account_id where o.id = 1""")
                .query(OrganisationService::map).single();
    }

    @Transactional
    public Organisation update(OrganisationInput input) {
        Organisation before = get();
        String country = input.country() == null ? before.country() : input.country();
        String number = OrganisationNumbers.normalise(input.organizationNumber());
        Address address = Address.orEmpty(input.address());
        Stamp stamp = audit.stamp();
        Tables.updateVersioned(jdbc.sql("""
                        update organisation set name = :name, organization_number = :number,
                          vat_registered = :vatRegistered, foretaksregisteret = :foretaksregisteret,
                          street = :street, postcode = :postcode, city = :city, country = :country, email = :email,
                          phone = :phone, website = :website, currency = :currency, bank_account_id = :bankAccountId,
                          approve_before_sending = :approve,
                          version = version + 1, modified_at = :at, modified_by = :by
                        where id = :id and version = :version""")
                .param("name", input.name().trim())
                .param("number", number == null || number.isEmpty() ? null : number)
                .param("vatRegistered", Boolean.TRUE.equals(input.vatRegistered()))
                .param("foretaksregisteret", Boolean.TRUE.equals(input.foretaksregisteret()))
                .param("street", address.street())
                .param("postcode", address.postcode())
                .param("city", address.city())
                .param("country", country)
                .param("email", input.email())
                .param("phone", input.phone())
                .param("website", input.website())
                .param("currency", input.currency() == null ? before.currency() : input.currency())
                .param("bankAccountId", bankAccountId(input))
                .param("approve", Boolean.TRUE.equals(input.approveBeforeSending()))
                .param("at", stamp.at())
                .param("by", stamp.by()), ID, input.version(), before.version());
        Organisation after = get();
        audit.updated(ENTITY, ID, before, after);
        return after;
    }

    private Long bankAccountId(OrganisationInput input) {
        if (input.bankAccountId() != null) {
            bankAccounts.find(input.bankAccountId()).orElseThrow(() ->
                    UnprocessableException.field("bankAccountId", "error.unknown-reference", input.bankAccountId()));
            return input.bankAccountId();
        }
        if (input.bankAccount() != null && !input.bankAccount().isBlank()) {
            return bankAccounts.byNumber(input.bankAccount()).orElseThrow(() ->
                    UnprocessableException.field("bankAccount", "error.unknown-reference", input.bankAccount())).id();
        }
        return null;
    }

    private static Organisation map(ResultSet rs, int row) throws SQLException {
        return new Organisation(rs.getString("name"), rs.getString("organization_number"),
                rs.getBoolean("vat_registered"), rs.getBoolean("foretaksregisteret"),
                new Address(rs.getString("street"), rs.getString("postcode"), rs.getString("city"), null),
                rs.getString("country"), rs.getString("currency"), rs.getString("email"), rs.getString("phone"),
                rs.getString("website"), Rows.longOrNull(rs, "bank_account_id"), rs.getString("account_number"),
                rs.getBoolean("approve_before_sending"), rs.getInt("version"), Rows.time(rs, "modified_at"), rs.getString("modified_by"));
    }
}
