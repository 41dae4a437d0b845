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

/** Payment terms. */
@Service
public class PaymentTermsService implements CrudService<PaymentTerms, PaymentTermsInput> {

    static final String ENTITY = "payment-terms";
    private static final SortSpec SORTS = new SortSpec(Map.of("name", "lower(name)", "creditDays", "credit_days"), "name");

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final ProductService products;

    PaymentTermsService(JdbcClient jdbc, AuditLog audit, ProductService products) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.products = products;
    }

    public Page<PaymentTerms> list(PageQuery query, Boolean active) {
        return PagedQuery.select("*", "payment_terms")
                .whereIf(active, "active = :active", "active")
                .search(query.q(), "name")
                .page(jdbc, query, SORTS, "id", PaymentTermsService::map);
    }

    public List<PaymentTerms> active() {
        return jdbc.sql("select * from payment_terms where active = true order by name")
                .query(PaymentTermsService::map).list();
    }

    @Override
    public PaymentTerms get(long id) {
        return find(id).orElseThrow(() -> new NotFoundException(ENTITY, id));
    }

    public Optional<PaymentTerms> find(long id) {
        return jdbc.sql("select * from payment_terms where id = ?").param(id).query(PaymentTermsService::map)
                .optional();
    }

    @Override
    @Transactional
    public PaymentTerms create(PaymentTermsInput input) {
        check(input, null);
        Stamp stamp = audit.stamp();
        long id = Rows.insert(bind(jdbc.sql("""
                insert into payment_terms (name, credit_days, payment_form, invoice_fee_product_id, active, version,
                  created_at, created_by, modified_at, modified_by)
                values (:name, :creditDays, :paymentForm, :invoiceFeeProductId, :active, 0, :at, :by, :at, :by)"""),
                input, stamp));
        PaymentTerms created = get(id);
        audit.created(ENTITY, id, created);
        return created;
    }

    @Override
    @Transactional
    public PaymentTerms update(long id, PaymentTermsInput input) {
        PaymentTerms before = get(id);
        check(input, id);
        Tables.updateVersioned(bind(jdbc.sql("""
                update payment_terms set name = :name, credit_days = :creditDays, payment_form = :paymentForm,
                  invoice_fee_product_id = :invoiceFeeProductId, active = :active, version = version + 1,
                  modified_at = :at, modified_by = :by
                where id = :id and version = :version"""), input, audit.stamp()), id, input.version(),
                before.version());
        PaymentTerms after = get(id);
        audit.updated(ENTITY, id, before, after);
        return after;
    }

    private void check(PaymentTermsInput input, Long id) {
        if (Tables.taken(jdbc, "payment_terms", "name", input.name().trim(), id)) {
            throw ConflictException.field("name", "error.duplicate", input.name());
        }
        if (input.invoiceFeeProductId() != null && products.find(input.invoiceFeeProductId()).isEmpty()) {
            throw UnprocessableException.field("invoiceFeeProductId", "error.unknown-reference",
                    input.invoiceFeeProductId());
        }
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, PaymentTermsInput input, Stamp stamp) {
        return spec.param("name", input.name().trim())
                .param("creditDays", input.creditDays())
                .param("paymentForm", (input.paymentForm() == null ? PaymentForm.BANK_TRANSFER : input.paymentForm())
                        .name())
                .param("invoiceFeeProductId", input.invoiceFeeProductId())
                .param("active", input.active() == null || input.active())
                .param("at", stamp.at())
                .param("by", stamp.by());
    }

    private static PaymentTerms map(ResultSet rs, int row) throws SQLException {
        return new PaymentTerms(rs.getLong("id"), rs.getString("name"), rs.getInt("credit_days"),
                PaymentForm.valueOf(rs.getString("payment_form")), Rows.longOrNull(rs, "invoice_fee_product_id"),
                rs.getBoolean("active"), rs.getInt("version"), Rows.time(rs, "created_at"),
                rs.getString("created_by"), Rows.time(rs, "modified_at"), rs.getString("modified_by"));
    }
}
