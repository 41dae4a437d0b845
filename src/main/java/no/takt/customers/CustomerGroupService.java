package no.takt.customers;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import no.takt.platform.audit.AuditLog;
import no.takt.platform.audit.Stamp;
import no.takt.platform.errors.ConflictException;
import no.takt.platform.errors.NotFoundException;
import no.takt.platform.jdbc.PagedQuery;
import no.takt.platform.jdbc.Rows;
import no.takt.platform.jdbc.SortSpec;
import no.takt.platform.jdbc.Tables;
import no.takt.platform.web.CrudService;
import no.takt.platform.web.Page;
import no.takt.platform.web.PageQuery;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Customer groups. Deleting a group removes its memberships, not its customers. */
@Service
public class CustomerGroupService implements CrudService<CustomerGroup, CustomerGroupInput> {

    static final String ENTITY = "customer-group";
    private static final String SELECT = "g.*, (select count(*) from customer_group_member m where m.group_id = g.id)"
            + " as member_count";
    private static final SortSpec SORTS = new SortSpec(Map.of("name", "lower(g.name)", "memberCount", "member_count"), "name");

    private final JdbcClient jdbc;
    private final AuditLog audit;

    CustomerGroupService(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    public Page<CustomerGroup> list(PageQuery query) {
        return PagedQuery.select(SELECT, "customer_group g").search(query.q(), "g.name", "g.description")
                .page(jdbc, query, SORTS, "g.id", CustomerGroupService::map);
    }

    public List<CustomerGroup> all() {
        return jdbc.sql("select " + SELECT + " from customer_group g order by g.name").query(CustomerGroupService::map)
                .list();
    }

    @Override
    public CustomerGroup get(long id) {
        return find(id).orElseThrow(() -> new NotFoundException(ENTITY, id));
    }

    public java.util.Optional<CustomerGroup> find(long id) {
        return jdbc.sql("select " + SELECT + " from customer_group g where g.id = ?").param(id)
                .query(CustomerGroupService::map).optional();
    }

    @Override
    @Transactional
    public CustomerGroup create(CustomerGroupInput input) {
        checkName(input, null);
        Stamp stamp = audit.stamp();
        long id = Rows.insert(bind(jdbc.sql("""
                insert into customer_group (name, description, version, created_at, created_by, modified_at,
                  modified_by)
                values (:name, :description, 0, :at, :by, :at, :by)"""), input, stamp));
        CustomerGroup created = get(id);
        audit.created(ENTITY, id, created);
        return created;
    }

    @Override
    @Transactional
    public CustomerGroup update(long id, CustomerGroupInput input) {
        CustomerGroup before = get(id);
        checkName(input, id);
        Tables.updateVersioned(bind(jdbc.sql("""
                update customer_group set name = :name, description = :description, version = version + 1,
                  modified_at = :at, modified_by = :by
                where id = :id and version = :version"""), input, audit.stamp()), id, input.version(),
                before.version());
        CustomerGroup after = get(id);
        audit.updated(ENTITY, id, before, after);
        return after;
    }

    @Transactional
    public void delete(long id) {
        CustomerGroup before = get(id);
        jdbc.sql("delete from customer_group_member where group_id = ?").param(id).update();
        jdbc.sql("delete from customer_group where id = ?").param(id).update();
        audit.deleted(ENTITY, id, before);
    }

    private void checkName(CustomerGroupInput input, Long id) {
        if (Tables.taken(jdbc, "customer_group", "name", input.name().trim(), id)) {
            throw ConflictException.field("name", "error.duplicate", input.name());
        }
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, CustomerGroupInput input, Stamp stamp) {
        return spec.param("name", input.name().trim())
                .param("description", input.description())
                .param("at", stamp.at())
                .param("by", stamp.by());
    }

    private static CustomerGroup map(ResultSet rs, int row) throws SQLException {
        return new CustomerGroup(rs.getLong("id"), rs.getString("name"), rs.getString("description"),
                rs.getLong("member_count"), rs.getInt("version"), Rows.time(rs, "created_at"),
                rs.getString("created_by"), Rows.time(rs, "modified_at"), rs.getString("modified_by"));
    }
}
