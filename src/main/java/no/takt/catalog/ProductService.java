package no.takt.catalog;

import java.math.BigDecimal;
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

/** The product register. */
@Service
public class ProductService implements CrudService<Product, ProductInput> {

    static final String ENTITY = "product";
    private static final SortSpec SORTS = new SortSpec(Map.of("productNumber", "lower(product_number)", "name",
            "lower(name)",
            "unitPrice", "unit_price", "vatCode", "vat_code", "stockOnHand", "stock_on_hand"), "productNumber");

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final VatCodeService vatCodes;

    ProductService(JdbcClient jdbc, AuditLog audit, VatCodeService vatCodes) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.vatCodes = vatCodes;
    }

    public Page<Product> list(PageQuery query, Boolean active, String vatCode) {
        return PagedQuery.select("*", "product")
                .whereIf(active, "active = :active", "active")
                .whereIf(vatCode, "vat_code = :vatCode", "vatCode")
                .search(query.q(), "product_number", "name")
                .page(jdbc, query, SORTS, "id", ProductService::map);
    }

    /** Active products, for choosing in forms. */
    public List<Product> active() {
        return jdbc.sql("select * from product where active = true order by product_number")
                .query(ProductService::map).list();
    }

    @Override
    public Product get(long id) {
        return find(id).orElseThrow(() -> new NotFoundException(ENTITY, id));
    }

    public Optional<Product> find(long id) {
        return jdbc.sql("select * from product where id = ?").param(id).query(ProductService::map).optional();
    }

    @Override
    @Transactional
    public Product create(ProductInput input) {
        checkVatCode(input.vatCode());
        if (Tables.taken(jdbc, "product", "product_number", input.productNumber().trim(), null)) {
            throw ConflictException.field("productNumber", "error.duplicate", input.productNumber());
        }
        Stamp stamp = audit.stamp();
        long id = Rows.insert(bind(jdbc.sql("""
                insert into product (product_number, name, description, unit, unit_price, cost_price, vat_code,
                  sales_account, stock_managed, stock_on_hand, price_model, active, version, created_at, created_by,
                  modified_at, modified_by)
                values (:productNumber, :name, :description, :unit, :unitPrice, :costPrice, :vatCode, :salesAccount,
                  :stockManaged, :stockOnHand, :priceModel, :active, 0, :at, :by, :at, :by)"""), input, stamp));
        Product created = get(id);
        audit.created(ENTITY, id, created);
        return created;
    }

    @Override
    @Transactional
    public Product update(long id, ProductInput input) {
        Product before = get(id);
        checkVatCode(input.vatCode());
        if (Tables.taken(jdbc, "product", "product_number", input.productNumber().trim(), id)) {
            throw ConflictException.field("productNumber", "error.duplicate", input.productNumber());
        }
        Tables.updateVersioned(bind(jdbc.sql("""
                update product set product_number = :productNumber, name = :name, description = :description,
                  unit = :unit, unit_price = :unitPrice, cost_price = :costPrice, vat_code = :vatCode,
                  sales_account = :salesAccount, stock_managed = :stockManaged, stock_on_hand = :stockOnHand,
                  price_model = :priceModel, active = :active, version = version + 1, modified_at = :at, modified_by = :by
                where id = :id and version = :version"""), input, audit.stamp()), id, input.version(),
                before.version());
        Product after = get(id);
        audit.updated(ENTITY, id, before, after);
        return after;
    }

    /** A price change has come (PRODUCT.md §8): the product's unit price from now on, in the audit trail. */
    @Transactional
    public void setUnitPrice(long id, BigDecimal unitPrice) {
        Product before = get(id);
        Stamp stamp = audit.stamp();
        jdbc.sql("update product set unit_price = ?, version = version + 1, modified_at = ?, modified_by = ? where id = ?")
                .params(unitPrice, stamp.at(), stamp.by(), id).update();
        audit.updated(ENTITY, id, before, get(id));
    }

    /** Takes billed quantities off the stock of stock-managed products ("update stock" on a subscription). */
    @Transactional
    public void decrementStock(Map<Long, BigDecimal> quantities) {
        quantities.forEach((id, quantity) -> jdbc.sql("update product set stock_on_hand = stock_on_hand - ?"
                + " where id = ? and stock_managed = true").params(quantity, id).update());
    }

    /** An unknown or inactive VAT code is a broken reference: 422, not a malformed request. */
    private void checkVatCode(String code) {
        if (vatCodes.byCode(code).filter(VatCode::active).isEmpty()) {
            throw UnprocessableException.field("vatCode", "error.unknown-vat-code", code);
        }
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, ProductInput input, Stamp stamp) {
        return spec.param("productNumber", input.productNumber().trim())
                .param("name", input.name().trim())
                .param("description", input.description())
                .param("unit", input.unit() == null || input.unit().isBlank() ? "stk" : input.unit().trim())
                .param("unitPrice", input.unitPrice())
                .param("costPrice", input.costPrice() == null ? BigDecimal.ZERO : input.costPrice())
                .param("vatCode", input.vatCode())
                .param("salesAccount", input.salesAccount())
                .param("stockManaged", Boolean.TRUE.equals(input.stockManaged()))
                .param("stockOnHand", input.stockOnHand() == null ? BigDecimal.ZERO : input.stockOnHand())
                .param("priceModel", PriceModels.column(PriceModels.checked(input.priceModel())))
                .param("active", input.active() == null || input.active())
                .param("at", stamp.at())
                .param("by", stamp.by());
    }

    private static Product map(ResultSet rs, int row) throws SQLException {
        return new Product(rs.getLong("id"), rs.getString("product_number"), rs.getString("name"),
                rs.getString("description"), rs.getString("unit"), Rows.amount(rs, "unit_price"),
                Rows.amount(rs, "cost_price"), rs.getString("vat_code"), rs.getString("sales_account"),
                rs.getBoolean("stock_managed"), Rows.amount(rs, "stock_on_hand"),
                PriceModels.of(rs.getString("price_model")), rs.getBoolean("active"),
                rs.getInt("version"), Rows.stamps(rs));
    }
}
