package no.takt.catalog;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.takt.platform.audit.AuditLog;
import no.takt.platform.audit.Stamp;
import no.takt.platform.errors.ConflictException;
import no.takt.platform.errors.NotFoundException;
import no.takt.platform.errors.UnprocessableException;
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

/** Freight terms. */
@Service
public class FreightTermsService implements CrudService<FreightTerms, FreightTermsInput> {

    static final String ENTITY = "freight-terms";
    private static final SortSpec SORTS = new SortSpec(Map.of("name", "lower(name)"), "name");

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final ProductService products;

    FreightTermsService(JdbcClient jdbc, AuditLog audit, ProductService products) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.products = products;
    }

    public Page<FreightTerms> list(PageQuery query, Boolean active) {
        return PagedQuery.select("*", "freight_terms")
                .whereIf(active, "active = :active", "active")
                .search(query.q(), "name", "description")
                .page(jdbc, query, SORTS, "id", FreightTermsService::map);
    }

    public List<FreightTerms> active() {
        return jdbc.sql("select * from freight_terms where active = true order by name")
                .query(FreightTermsService::map).list();
    }

    @Override
    public FreightTerms get(long id) {
        return find(id).orElseThrow(() -> new NotFoundException(ENTITY, id));
    }

    public Optional<FreightTerms> find(long id) {
        return jdbc.sql("select * from freight_terms where id = ?").param(id).query(FreightTermsService::map)
                .optional();
    }

    @Override
    @Transactional
    public FreightTerms create(FreightTermsInput input) {
        check(input, null);
        Stamp stamp = audit.stamp();
        long id = Rows.insert(bind(jdbc.sql("""
                insert into freight_terms (name, description, freight_product_id, active, version, created_at,
                  created_by, modified_at, modified_by)
                values (:name, :description, :freightProductId, :active, 0, :at, :by, :at, :by)"""), input, stamp));
        FreightTerms created = get(id);
        audit.created(ENTITY, id, created);
        return created;
    }

    @Override
    @Transactional
    public FreightTerms update(long id, FreightTermsInput input) {
        FreightTerms before = get(id);
        check(input, id);
        Tables.updateVersioned(bind(jdbc.sql("""
                update freight_terms set name = :name, description = :description,
                  freight_product_id = :freightProductId, active = :active, version = version + 1,
                  modified_at = :at, modified_by = :by
                where id = :id and version = :version"""), input, audit.stamp()), id, input.version(),
                before.version());
        FreightTerms after = get(id);
        audit.updated(ENTITY, id, before, after);
        return after;
    }

    private void check(FreightTermsInput input, Long id) {
        if (Tables.taken(jdbc, "freight_terms", "name", input.name().trim(), id)) {
            throw ConflictException.field("name", "error.duplicate", input.name());
        }
        if (input.freightProductId() != null && products.find(input.freightProductId()).isEmpty()) {
            throw UnprocessableException.field("freightProductId", "error.unknown-reference", input.freightProductId());
        }
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, FreightTermsInput input, Stamp stamp) {
        return spec.param("name", input.name().trim())
                .param("description", input.description())
                .param("freightProductId", input.freightProductId())
                .param("active", input.active() == null || input.active())
                .param("at", stamp.at())
                .param("by", stamp.by());
    }

    private static FreightTerms map(ResultSet rs, int row) throws SQLException {
        return new FreightTerms(rs.getLong("id"), rs.getString("name"), rs.getString("description"),
                Rows.longOrNull(rs, "freight_product_id"), rs.getBoolean("active"), rs.getInt("version"),
                Rows.time(rs, "created_at"), rs.getString("created_by"), Rows.time(rs, "modified_at"),
                rs.getString("modified_by"));
    }
}
