package no.takt.organisation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

/** Employees. */
@Service
public class EmployeeService implements CrudService<Employee, EmployeeInput> {

    static final String ENTITY = "employee";
    private static final SortSpec SORTS = new SortSpec(Map.of("name", "lower(name)", "initials", "initials", "title", "lower(title)"),
            "name");

    private final JdbcClient jdbc;
    private final AuditLog audit;

    EmployeeService(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    public Page<Employee> list(PageQuery query, Boolean active) {
        return PagedQuery.select("*", "employee")
                .whereIf(active, "active = :active", "active")
                .search(query.q(), "name", "initials", "email")
                .page(jdbc, query, SORTS, "id", EmployeeService::map);
    }

    public List<Employee> active() {
        return jdbc.sql("select * from employee where active = true order by name").query(EmployeeService::map).list();
    }

    @Override
    public Employee get(long id) {
        return find(id).orElseThrow(() -> new NotFoundException(ENTITY, id));
    }

    public Optional<Employee> find(long id) {
        return jdbc.sql("select * from employee where id = ?").param(id).query(EmployeeService::map).optional();
    }

    @Override
    @Transactional
    public Employee create(EmployeeInput input) {
        check(input, null);
        Stamp stamp = audit.stamp();
        long id = Rows.insert(bind(jdbc.sql("""
                insert into employee (name, initials, title, email, phone, active, version, created_at, created_by,
                  modified_at, modified_by)
                values (:name, :initials, :title, :email, :phone, :active, 0, :at, :by, :at, :by)"""), input, stamp));
        Employee created = get(id);
        audit.created(ENTITY, id, created);
        return created;
    }

    @Override
    @Transactional
    public Employee update(long id, EmployeeInput input) {
        Employee before = get(id);
        check(input, id);
        Tables.updateVersioned(bind(jdbc.sql("""
                update employee set name = :name, initials = :initials, title = :title, email = :email,
                  phone = :phone, active = :active, version = version + 1, modified_at = :at, modified_by = :by
                where id = :id and version = :version"""), input, audit.stamp()), id, input.version(),
                before.version());
        Employee after = get(id);
        audit.updated(ENTITY, id, before, after);
        return after;
    }

    private void check(EmployeeInput input, Long id) {
        if (input.initials() != null && Tables.taken(jdbc, "employee", "initials", input.initials().toUpperCase(), id)) {
            throw ConflictException.field("initials", "error.duplicate", input.initials());
        }
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, EmployeeInput input, Stamp stamp) {
        return spec.param("name", input.name().trim())
                .param("initials", input.initials() == null ? null : input.initials().toUpperCase())
                .param("title", input.title())
                .param("email", input.email())
                .param("phone", input.phone())
                .param("active", input.active() == null || input.active())
                .param("at", stamp.at())
                .param("by", stamp.by());
    }

    private static Employee map(ResultSet rs, int row) throws SQLException {
        return new Employee(rs.getLong("id"), rs.getString("name"), rs.getString("initials"), rs.getString("title"),
                rs.getString("email"), rs.getString("phone"), rs.getBoolean("active"), rs.getInt("version"),
                Rows.time(rs, "created_at"), rs.getString("created_by"), Rows.time(rs, "modified_at"),
                rs.getString("modified_by"));
    }
}
