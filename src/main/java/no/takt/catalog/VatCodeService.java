package no.takt.catalog;

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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** VAT codes: seeded with the Norwegian SAF-T codes, more can be added by an admin. */
@Service
public class VatCodeService implements CrudService<VatCode, VatCodeInput> {

    static final String ENTITY = "vat-code";
    private static final SortSpec SORTS = new SortSpec(Map.of("code", "code", "name", "lower(name)", "rate", "rate"),
            "code");

    private final JdbcClient jdbc;
    private final AuditLog audit;

    VatCodeService(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    public Page<VatCode> list(PageQuery query, Boolean active) {
        return PagedQuery.select("*", "vat_code")
                .whereIf(active, "active = :active", "active")
                .search(query.q(), "code", "name")
                .page(jdbc, query, SORTS, "id", VatCodeService::map);
    }

    /** The active codes, for choosing in forms. */
    public List<VatCode> active() {
        return jdbc.sql("select * from vat_code where active = true order by code").query(VatCodeService::map).list();
    }

    @Override
    public VatCode get(long id) {
        return jdbc.sql("select * from vat_code where id = ?").param(id).query(VatCodeService::map).optional()
                .orElseThrow(() -> new NotFoundException(ENTITY, id));
    }

    /** Every code's rate in percent, for pricing many lines with one query. */
    public Map<String, java.math.BigDecimal> rates() {
        Map<String, java.math.BigDecimal> rates = new java.util.HashMap<>();
        jdbc.sql("select code, rate from vat_code").query(rs -> {
            rates.put(rs.getString(1), rs.getBigDecimal(2));
        });
        return rates;
    }

    /** Each code's rate class (PRODUCT.md §3: none, low, medium, high), as stored with the code. */
    public Map<String, RateClass> rateClasses() {
        Map<String, RateClass> classes = new java.util.HashMap<>();
        jdbc.sql("select code, rate_class from vat_code").query(rs -> {
            classes.put(rs.getString(1), RateClass.valueOf(rs.getString(2)));
        });
        return classes;
    }

    public Optional<VatCode> byCode(String code) {
        return jdbc.sql("select * from vat_code where code = ?").param(code).query(VatCodeService::map).optional();
    }

    @Override
    @Transactional
    public VatCode create(VatCodeInput input) {
        if (byCode(input.code()).isPresent()) {
            throw ConflictException.field("code", "error.duplicate", input.code());
        }
        Stamp stamp = audit.stamp();
        long id = Rows.insert(bind(jdbc.sql("""
                        insert into vat_code (code, name, rate, rate_class, active, version, created_at, created_by,
                          modified_at, modified_by)
                        values (:code, :name, :rate, :rateClass, :active, 0, :at, :by, :at, :by)"""), input, stamp));
        VatCode created = get(id);
        audit.created(ENTITY, id, created);
        return created;
    }

    @Override
    @Transactional
    public VatCode update(long id, VatCodeInput input) {
        VatCode before = get(id);
        if (!before.code().equals(input.code())) {
            throw BadInputException.field("code", "error.code-fixed");
        }
        Tables.updateVersioned(bind(jdbc.sql("""
                        update vat_code set name = :name, rate = :rate, rate_class = :rateClass, active = :active,
                          version = version + 1, modified_at = :at, modified_by = :by
                        where id = :id and version = :version"""), input, audit.stamp()), id, input.version(),
                before.version());
        VatCode after = get(id);
        audit.updated(ENTITY, id, before, after);
        return after;
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, VatCodeInput input, Stamp stamp) {
        return spec.param("code", input.code())
                .param("name", input.name())
                .param("rate", input.rate())
                .param("rateClass", input.rateClass().name())
                .param("active", input.active() == null || input.active())
                .param("at", stamp.at())
                .param("by", stamp.by());
    }

    private static VatCode map(ResultSet rs, int row) throws SQLException {
        return new VatCode(rs.getLong("id"), rs.getString("code"), rs.getString("name"), rs.getBigDecimal("rate"),
                RateClass.valueOf(rs.getString("rate_class")), rs.getBoolean("active"), rs.getInt("version"),
                Rows.time(rs, "created_at"), rs.getString("created_by"), Rows.time(rs, "modified_at"),
                rs.getString("modified_by"));
    }
}
