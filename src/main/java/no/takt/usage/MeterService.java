package no.takt.usage;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.takt.platform.audit.AuditLog;
import no.takt.platform.audit.Stamp;
import no.takt.platform.errors.BadInputException;
import no.takt.platform.errors.ConflictException;
import no.takt.platform.errors.NotFoundException;
import no.takt.platform.jdbc.PagedQuery;
import no.takt.platform.jdbc.Rows;
import no.takt.platform.jdbc.SortSpec;
import no.takt.platform.jdbc.Tables;
import no.takt.platform.web.CrudService;
import no.takt.platform.web.Page;
import no.takt.platform.web.PageQuery;
import no.takt.usage.core.Aggregation;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Meters. A meter's code, aggregation and property are what its events were read by: once it has
 * events they stay as they are (a new meter measures differently); name, unit and active can change.
 */
@Service
public class MeterService implements CrudService<Meter, MeterInput> {

    static final String ENTITY = "meter";
    private static final SortSpec SORTS = new SortSpec(Map.of("code", "lower(code)", "name", "lower(name)"), "code");

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final UsageRepository events;

    MeterService(JdbcClient jdbc, AuditLog audit, UsageRepository events) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.events = events;
    }

    public Page<Meter> list(PageQuery query, Boolean active) {
        return PagedQuery.select("*", "meter").whereIf(active, "active = :active", "active")
                .search(query.q(), "code", "name")
                .page(jdbc, query, SORTS, "id", MeterService::map);
    }

    /** Every meter, active or not, by code (few: a company has a handful). */
    public List<Meter> all() {
        return jdbc.sql("select * from meter order by code").query(MeterService::map).list();
    }

    @Override
    public Meter get(long id) {
        return find(id).orElseThrow(() -> new NotFoundException(ENTITY, id));
    }

    public Optional<Meter> find(long id) {
        return jdbc.sql("select * from meter where id = ?").param(id).query(MeterService::map).optional();
    }

    public Optional<Meter> byCode(String code) {
        return jdbc.sql("select * from meter where code = ?").param(code).query(MeterService::map).optional();
    }

    @Override
    @Transactional
    public Meter create(MeterInput input) {
        check(input, null);
        Stamp stamp = audit.stamp();
        long id = Rows.insert(bind(jdbc.sql("""
                insert into meter (code, name, unit, aggregation, property, active, version, created_at, created_by,
                  modified_at, modified_by)
                values (:code, :name, :unit, :aggregation, :property, :active, 0, :at, :by, :at, :by)"""), input,
                stamp));
        Meter created = get(id);
        audit.created(ENTITY, id, created);
        return created;
    }

    @Override
    @Transactional
    public Meter update(long id, MeterInput input) {
        Meter before = get(id);
        check(input, id);
        boolean measuresDifferently = !before.code().equals(input.code().trim())
                || before.aggregation() != input.aggregation()
                || !java.util.Objects.equals(before.property(), property(input));
        if (measuresDifferently && events.hasEvents(id)) {
            throw ConflictException.field(!before.code().equals(input.code().trim()) ? "code"
                    : before.aggregation() != input.aggregation() ? "aggregation" : "property", "error.meter-has-events");
        }
        Tables.updateVersioned(bind(jdbc.sql("""
                update meter set code = :code, name = :name, unit = :unit, aggregation = :aggregation,
                  property = :property, active = :active, version = version + 1, modified_at = :at, modified_by = :by
                where id = :id and version = :version"""), input, audit.stamp()), id, input.version(),
                before.version());
        Meter after = get(id);
        audit.updated(ENTITY, id, before, after);
        return after;
    }

    private void check(MeterInput input, Long id) {
        if (input.aggregation().readsProperty() && property(input) == null) {
            throw BadInputException.field("property", "error.meter-needs-property");
        }
        if (Tables.taken(jdbc, "meter", "code", input.code().trim(), id)) {
            throw ConflictException.field("code", "error.duplicate", input.code());
        }
    }

    /** The property read, none for COUNT. */
    private static String property(MeterInput input) {
        return !input.aggregation().readsProperty() || input.property() == null || input.property().isBlank() ? null
                : input.property().trim();
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, MeterInput input, Stamp stamp) {
        return spec.param("code", input.code().trim())
                .param("name", input.name().trim())
                .param("unit", input.unit() == null || input.unit().isBlank() ? null : input.unit().trim())
                .param("aggregation", input.aggregation().name())
                .param("property", property(input))
                .param("active", input.active() == null || input.active())
                .param("at", stamp.at())
                .param("by", stamp.by());
    }

    static Meter map(ResultSet rs, int row) throws SQLException {
        return new Meter(rs.getLong("id"), rs.getString("code"), rs.getString("name"), rs.getString("unit"),
                Aggregation.valueOf(rs.getString("aggregation")), rs.getString("property"), rs.getBoolean("active"),
                rs.getInt("version"), Rows.stamps(rs));
    }
}
