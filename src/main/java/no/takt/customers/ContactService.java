package no.takt.customers;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import no.takt.platform.audit.AuditLog;
import no.takt.platform.audit.Stamp;
import no.takt.platform.errors.NotFoundException;
import no.takt.platform.jdbc.Rows;
import no.takt.platform.jdbc.Tables;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Contacts, always reached through their customer: a contact of another customer is not found.
 * The database keeps at most one default "your reference" per customer (see the schema).
 */
@Service
public class ContactService {

    static final String ENTITY = "contact";

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final CustomerService customers;

    ContactService(JdbcClient jdbc, AuditLog audit, CustomerService customers) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.customers = customers;
    }

    public List<Contact> list(long customerId) {
        requireCustomer(customerId);
        return jdbc.sql("select * from contact where customer_id = ? order by name, id").param(customerId)
                .query(ContactService::map).list();
    }

    public Contact get(long customerId, long id) {
        return find(customerId, id).orElseThrow(() -> new NotFoundException(ENTITY, id));
    }

    /** Contact names by id, in one query (for documents' "your reference"). */
    public java.util.Map<Long, String> names(java.util.Collection<Long> ids) {
        java.util.Map<Long, String> names = new java.util.HashMap<>();
        if (!ids.isEmpty()) {
            jdbc.sql("select id, name from contact where id in (:ids)").param("ids", java.util.List.copyOf(ids))
                    .query(rs -> {
                        names.put(rs.getLong(1), rs.getString(2));
                    });
        }
        return names;
    }

    /** The customer's default "your reference" contact, if any. */
    public Optional<Contact> defaultYourReference(long customerId) {
        return jdbc.sql("select * from contact where default_for_customer = ?").param(customerId)
                .query(ContactService::map).optional();
    }

    @Transactional
    public Contact create(long customerId, ContactInput input) {
        requireCustomer(customerId);
        boolean isDefault = Boolean.TRUE.equals(input.defaultYourReference());
        if (isDefault) {
            clearDefault(customerId);
        }
        Stamp stamp = audit.stamp();
        long id = Rows.insert(bind(jdbc.sql("""
                insert into contact (customer_id, name, email, phone, default_your_reference, default_for_customer,
                  version, created_at, created_by, modified_at, modified_by)
                values (:customerId, :name, :email, :phone, :isDefault, :defaultFor, 0, :at, :by, :at, :by)"""),
                customerId, input, stamp));
        Contact created = get(customerId, id);
        audit.created(ENTITY, id, created);
        return created;
    }

    @Transactional
    public Contact update(long customerId, long id, ContactInput input) {
        Contact before = get(customerId, id);
        if (Boolean.TRUE.equals(input.defaultYourReference()) && !before.defaultYourReference()) {
            clearDefault(customerId);
        }
        Tables.updateVersioned(bind(jdbc.sql("""
                update contact set name = :name, email = :email, phone = :phone,
                  default_your_reference = :isDefault, default_for_customer = :defaultFor, version = version + 1,
                  modified_at = :at, modified_by = :by
                where id = :id and customer_id = :customerId and version = :version"""), customerId, input,
                audit.stamp()), id, input.version(), before.version());
        Contact after = get(customerId, id);
        audit.updated(ENTITY, id, before, after);
        return after;
    }

    @Transactional
    public void delete(long customerId, long id) {
        Contact before = get(customerId, id);
        jdbc.sql("delete from contact where id = ?").param(id).update();
        audit.deleted(ENTITY, id, before);
    }

    /** Takes the default flag from the current default contact, recording that in its history too. */
    private void clearDefault(long customerId) {
        defaultYourReference(customerId).ifPresent(current -> {
            Stamp stamp = audit.stamp();
            jdbc.sql("""
                    update contact set default_your_reference = false, default_for_customer = null,
                      version = version + 1, modified_at = ?, modified_by = ?
                    where id = ?""").params(stamp.at(), stamp.by(), current.id()).update();
            audit.updated(ENTITY, current.id(), current, get(customerId, current.id()));
        });
    }

    private void requireCustomer(long customerId) {
        if (!customers.exists(customerId)) {
            throw new NotFoundException(CustomerService.ENTITY, customerId);
        }
    }

    private Optional<Contact> find(long customerId, long id) {
        requireCustomer(customerId);
        return jdbc.sql("select * from contact where id = ? and customer_id = ?").params(id, customerId)
                .query(ContactService::map).optional();
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, long customerId, ContactInput input,
            Stamp stamp) {
        boolean isDefault = Boolean.TRUE.equals(input.defaultYourReference());
        return spec.param("customerId", customerId)
                .param("name", input.name().trim())
                .param("email", input.email())
                .param("phone", input.phone())
                .param("isDefault", isDefault)
                .param("defaultFor", isDefault ? customerId : null)
                .param("at", stamp.at())
                .param("by", stamp.by());
    }

    private static Contact map(ResultSet rs, int row) throws SQLException {
        return new Contact(rs.getLong("id"), rs.getLong("customer_id"), rs.getString("name"), rs.getString("email"),
                rs.getString("phone"), rs.getBoolean("default_your_reference"), rs.getInt("version"),
                Rows.time(rs, "created_at"), rs.getString("created_by"), Rows.time(rs, "modified_at"),
                rs.getString("modified_by"));
    }
}
