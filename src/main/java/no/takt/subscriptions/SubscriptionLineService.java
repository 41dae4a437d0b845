package no.takt.subscriptions;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.takt.catalog.FreightTerms;
import no.takt.catalog.FreightTermsService;
import no.takt.catalog.PaymentTerms;
import no.takt.catalog.PaymentTermsService;
import no.takt.catalog.Product;
import no.takt.catalog.ProductService;
import no.takt.catalog.VatCode;
import no.takt.catalog.VatCodeService;
import no.takt.money.Amounts;
import no.takt.platform.audit.AuditLog;
import no.takt.documents.Document;
import no.takt.platform.audit.Stamp;
import no.takt.platform.audit.Stamps;
import no.takt.platform.errors.BadInputException;
import no.takt.platform.errors.NotFoundException;
import no.takt.platform.errors.UnprocessableException;
import no.takt.platform.jdbc.Rows;
import no.takt.platform.jdbc.Tables;
import no.takt.usage.MeterService;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The order lines of a subscription, in the order the user gives them. A line is always reached
 * through its subscription: a line of another subscription is not found.
 */
@Service
public class SubscriptionLineService {

    static final String ENTITY = "subscription-line";

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final SubscriptionService subscriptions;
    private final ProductService products;
    private final VatCodeService vatCodes;
    private final PaymentTermsService paymentTerms;
    private final FreightTermsService freightTerms;
    private final MeterService meters;

    SubscriptionLineService(JdbcClient jdbc, AuditLog audit, SubscriptionService subscriptions,
            ProductService products, VatCodeService vatCodes, PaymentTermsService paymentTerms,
            FreightTermsService freightTerms, MeterService meters) {
        this.meters = meters;
        this.jdbc = jdbc;
        this.audit = audit;
        this.subscriptions = subscriptions;
        this.products = products;
        this.vatCodes = vatCodes;
        this.paymentTerms = paymentTerms;
        this.freightTerms = freightTerms;
    }

    public List<SubscriptionLine> list(long subscriptionId) {
        Subscription subscription = subscriptions.get(subscriptionId);
        Pricer pricer = pricer(subscription);
        return jdbc.sql("select * from subscription_line where subscription_id = ? order by position, id")
                .param(subscriptionId).query((rs, row) -> map(rs, pricer)).list();
    }

    public SubscriptionLine get(long subscriptionId, long id) {
        Subscription subscription = subscriptions.get(subscriptionId);
        return find(subscription, id).orElseThrow(() -> new NotFoundException(ENTITY, id));
    }

    /** What a line with these values would come to, without saving it (for the live sums of the line form). */
    public SubscriptionLine preview(long subscriptionId, LineInput input) {
        Subscription subscription = subscriptions.get(subscriptionId);
        SubscriptionLine.Definition r = resolve(subscription, input);
        return new SubscriptionLine(0, subscriptionId, 0, r, pricer(subscription).sums(r), 0, Stamps.NONE);
    }

    @Transactional
    public SubscriptionLine create(long subscriptionId, LineInput input) {
        Subscription subscription = subscriptions.get(subscriptionId);
        SubscriptionLine.Definition r = resolve(subscription, input);
        int count = count(subscriptionId);
        long id = insert(subscriptionId, count + 1, r, audit.stamp());
        if (input.position() != null && input.position() <= count) {
            reorder(subscriptionId, id, input.position());
        }
        SubscriptionLine created = get(subscriptionId, id);
        refreshStandardSum(subscriptionId);
        audit.changed(SubscriptionService.scope(subscriptionId), ENTITY, id, null, created);
        return created;
    }

    @Transactional
    public SubscriptionLine update(long subscriptionId, long id, LineInput input) {
        SubscriptionLine before = get(subscriptionId, id);
        SubscriptionLine.Definition r = resolve(subscriptions.get(subscriptionId), input);
        Tables.updateVersioned(bind(jdbc.sql("""
                update subscription_line set kind = :kind, free_text = :freeText, bold = :bold, italic = :italic,
                  product_id = :productId, name = :name, description = :description, vat_code = :vatCode,
                  sales_account = :salesAccount, quantity = :quantity, unit_price = :unitPrice,
                  cost_price = :costPrice, percent_discount = :percentDiscount, cash_discount = :cashDiscount,
                  locked_quantity = :lockedQuantity, locked_unit_price = :lockedUnitPrice,
                  locked_percent_discount = :lockedPercentDiscount, locked_cash_discount = :lockedCashDiscount,
                  one_time = :oneTime, price_model = :priceModel, meter_id = :meterId, version = version + 1, modified_at = :at,
                  modified_by = :by
                where id = :id and subscription_id = :subscriptionId and version = :version"""), subscriptionId, r,
                audit.stamp()), id, input.version(), before.version());
        if (input.position() != null && input.position() != before.position()) {
            reorder(subscriptionId, id, input.position());
        }
        SubscriptionLine after = get(subscriptionId, id);
        refreshStandardSum(subscriptionId);
        audit.changed(SubscriptionService.scope(subscriptionId), ENTITY, id, before, after);
        return after;
    }

    /** Moves a line one place up (−1) or down (+1), as the arrows in the list do. */
    @Transactional
    public SubscriptionLine move(long subscriptionId, long id, int by) {
        SubscriptionLine line = get(subscriptionId, id);
        int to = Math.max(1, Math.min(count(subscriptionId), line.position() + by));
        if (to != line.position()) {
            reorder(subscriptionId, id, to);
            audit.changed(SubscriptionService.scope(subscriptionId), ENTITY, id, line, get(subscriptionId, id));
        }
        return get(subscriptionId, id);
    }

    @Transactional
    public void delete(long subscriptionId, long id) {
        SubscriptionLine before = get(subscriptionId, id);
        jdbc.sql("delete from subscription_line where id = ?").param(id).update();
        renumber(subscriptionId, lineIds(subscriptionId));
        refreshStandardSum(subscriptionId);
        audit.changed(SubscriptionService.scope(subscriptionId), ENTITY, id, before, null);
    }

    /**
     * Removes the one-time lines a billing run has billed (seed 001: billed on the next run, then
     * removed): those of the run's subscriptions that existed when the run started. One query finds
     * them, however many subscriptions the run had.
     */
    @Transactional
    public void removeBilledOneTimeLines(java.util.Collection<Long> subscriptionIds,
            java.time.OffsetDateTime runStarted) {
        java.util.Set<Long> billed = new java.util.HashSet<>(subscriptionIds);
        jdbc.sql("select subscription_id, id from subscription_line where one_time = true and created_at < ?"
                + " order by subscription_id, id").param(runStarted)
                .query((rs, row) -> new long[] {rs.getLong(1), rs.getLong(2)}).list().stream()
                .filter(line -> billed.contains(line[0]))
                .forEach(line -> delete(line[0], line[1]));
    }

    /** Copies every line of one subscription to another (for copies and templates). */
    @Transactional
    void copyAll(long from, long to) {
        Stamp stamp = audit.stamp();
        for (SubscriptionLine line : list(from)) {
            long id = insert(to, line.position(), line.definition(), stamp);
            audit.changed(SubscriptionService.scope(to), ENTITY, id, null, get(to, id));
        }
        refreshStandardSum(to);
    }

    /** A subscription's currency or VAT mode changed: its standard sum is worked out again. */
    @EventListener
    void settingsChanged(SubscriptionService.SettingsChanged event) {
        refreshStandardSum(event.subscriptionId());
    }

    /** The standard order sum the list shows and sorts by: its lines' sums as pricing works them out. */
    void refreshStandardSum(long subscriptionId) {
        subscriptions.setStandardSum(subscriptionId, list(subscriptionId).stream().map(l -> l.sums().sumExclVat())
                .filter(java.util.Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add));
    }

    private int count(long subscriptionId) {
        return jdbc.sql("select count(*) from subscription_line where subscription_id = ?").param(subscriptionId)
                .query(Integer.class).single();
    }

    private List<Long> lineIds(long subscriptionId) {
        return jdbc.sql("select id from subscription_line where subscription_id = ? order by position, id")
                .param(subscriptionId).query(Long.class).list();
    }

    /** Puts the line at the position (from 1) and numbers all lines 1, 2, 3, … again. */
    private void reorder(long subscriptionId, long id, int position) {
        List<Long> ids = new ArrayList<>(lineIds(subscriptionId));
        ids.remove(id);
        ids.add(Math.min(position, ids.size() + 1) - 1, id);
        renumber(subscriptionId, ids);
    }

    private void renumber(long subscriptionId, List<Long> ids) {
        for (int i = 0; i < ids.size(); i++) {
            jdbc.sql("update subscription_line set position = ? where id = ? and subscription_id = ?")
                    .params(i + 1, ids.get(i), subscriptionId).update();
        }
    }

    private long insert(long subscriptionId, int position, SubscriptionLine.Definition r, Stamp stamp) {
        return Rows.insert(bind(jdbc.sql("""
                insert into subscription_line (subscription_id, position, kind, free_text, bold, italic, product_id,
                  name, description, vat_code, sales_account, quantity, unit_price, cost_price, percent_discount,
                  cash_discount, locked_quantity, locked_unit_price, locked_percent_discount, locked_cash_discount,
                  one_time, price_model, meter_id, version, created_at, created_by, modified_at, modified_by)
                values (:subscriptionId, :position, :kind, :freeText, :bold, :italic, :productId, :name, :description,
                  :vatCode, :salesAccount, :quantity, :unitPrice, :costPrice, :percentDiscount, :cashDiscount,
                  :lockedQuantity, :lockedUnitPrice, :lockedPercentDiscount, :lockedCashDiscount, :oneTime,
                  :priceModel, :meterId, 0, :at, :by, :at, :by)"""), subscriptionId, r, stamp).param("position", position));
    }

    /** A line's values after the defaults from its product or terms. */
    private SubscriptionLine.Definition resolve(Subscription subscription, LineInput in) {
        if (Boolean.TRUE.equals(in.text().freeText())) {
            if (in.text().name() == null || in.text().name().isBlank()) {
                throw BadInputException.field("name", "jakarta.validation.constraints.NotBlank.message");
            }
            return new SubscriptionLine.Definition(SubscriptionLine.Kind.PRODUCT,
                    new Document.Line.Text(in.text().name().trim(), in.text().description(), true,
                            bool(in.text().bold()),
                            bool(in.text().italic())),
                    new SubscriptionLine.Item(null, null, null, null), new SubscriptionLine.Prices(BigDecimal.ZERO,
                            BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO),
                    SubscriptionLine.Locks.ALL, bool(in.oneTime()), null);
        }
        SubscriptionLine.Kind kind = in.kind() == null ? SubscriptionLine.Kind.PRODUCT : in.kind();
        Long productId = in.productId() != null ? in.productId() : termsProduct(subscription, kind);
        Optional<Product> product = productId == null ? Optional.empty() : products.find(productId);
        if (productId != null && product.isEmpty()) {
            throw UnprocessableException.field("productId", "error.unknown-reference", productId);
        }
        String name = or(in.text().name(), product.map(Product::name).orElse(null));
        String vatCode = or(in.item().vatCode(), product.map(Product::vatCode).orElse(null));
        new no.takt.platform.errors.FieldProblems()
                .check(name != null && !name.isBlank(), "name", "jakarta.validation.constraints.NotBlank.message")
                .check(vatCode != null, "vatCode", "jakarta.validation.constraints.NotBlank.message")
                .throwIfAny(BadInputException::new);
        if (vatCodes.byCode(vatCode).filter(VatCode::active).isEmpty()) {
            throw UnprocessableException.field("vatCode", "error.unknown-vat-code", vatCode);
        }
        Long meterId = meter(in, kind);
        boolean locked = kind != SubscriptionLine.Kind.PRODUCT;
        return new SubscriptionLine.Definition(kind, Document.Line.Text.of(name.trim(),
                or(in.text().description(), product.map(Product::description).orElse(null))),
                new SubscriptionLine.Item(productId, vatCode,
                or(in.item().salesAccount(), product.map(Product::salesAccount).orElse(null)), meterId),
                new SubscriptionLine.Prices(or(in.prices().quantity(), meterId != null ? BigDecimal.ZERO : BigDecimal.ONE),
                or(in.prices().unitPrice(), product.map(Product::unitPrice).orElse(BigDecimal.ZERO)),
                or(in.prices().costPrice(), product.map(Product::costPrice).orElse(BigDecimal.ZERO)),
                or(in.prices().percentDiscount(), BigDecimal.ZERO), or(in.prices().cashDiscount(), BigDecimal.ZERO)),
                new SubscriptionLine.Locks(lock(in.locks().lockedQuantity(), locked),
                lock(in.locks().lockedUnitPrice(), locked),
                lock(in.locks().lockedPercentDiscount(), locked), lock(in.locks().lockedCashDiscount(), locked)),
                bool(in.oneTime()), in.priceModel() != null ? no.takt.catalog.PriceModels.checked(in.priceModel())
                : product.map(Product::priceModel).orElse(null));
    }

    /**
     * A metered line's meter: known, and on a product line billed every period (a fee, freight or a
     * one-time line has no usage).
     */
    private Long meter(LineInput in, SubscriptionLine.Kind kind) {
        Long meterId = in.item().meterId();
        if (meterId == null) {
            return null;
        }
        new no.takt.platform.errors.FieldProblems()
                .check(kind == SubscriptionLine.Kind.PRODUCT, "meterId", "error.meter-not-for-kind")
                .check(!Boolean.TRUE.equals(in.oneTime()), "meterId", "error.meter-not-one-time")
                .throwIfAny(BadInputException::new);
        if (meters.find(meterId).isEmpty()) {
            throw UnprocessableException.field("meterId", "error.unknown-reference", meterId);
        }
        return meterId;
    }

    /** The invoice-fee or freight product of the subscription's terms; 422 when the terms have none. */
    private Long termsProduct(Subscription subscription, SubscriptionLine.Kind kind) {
        if (kind == SubscriptionLine.Kind.PRODUCT) {
            return null;
        }
        SubscriptionInput s = subscription.settings();
        Optional<Long> product = kind == SubscriptionLine.Kind.INVOICE_FEE
                ? Optional.ofNullable(s.terms().paymentTermsId()).flatMap(paymentTerms::find)
                        .map(PaymentTerms::invoiceFeeProductId)
                : Optional.ofNullable(s.terms().freightTermsId()).flatMap(freightTerms::find).map(FreightTerms::freightProductId);
        return product.orElseThrow(() -> UnprocessableException.field("kind", "error.no-terms-product"));
    }

    private Optional<SubscriptionLine> find(Subscription subscription, long id) {
        Pricer pricer = pricer(subscription);
        return jdbc.sql("select * from subscription_line where id = ? and subscription_id = ?")
                .params(id, subscription.id()).query((rs, row) -> map(rs, pricer)).optional();
    }

    /** Prices lines as the subscription has them: its currency's minor unit, its VAT mode. */
    private record Pricer(Map<String, BigDecimal> rates, int minorUnits, boolean vatFree) {
        SubscriptionLine.Sums sums(SubscriptionLine.Definition line) {
            if (line.text().freeText()) {
                return SubscriptionLine.Sums.NONE;
            }
            BigDecimal rate = vatFree ? BigDecimal.ZERO : rates.getOrDefault(line.item().vatCode(), BigDecimal.ZERO);
            List<no.takt.money.PricedParts.Part> parts = no.takt.money.PricedParts.of(line.terms(rate),
                    line.priceModel(), no.takt.money.SubscriberTerms.NONE, minorUnits).orElseThrow();
            no.takt.money.PricedParts.Total total = no.takt.money.PricedParts.total(parts);
            return new SubscriptionLine.Sums(parts.getFirst().priced().vatRate(), total.sumExclVat(), total.margin(),
                    total.marginPercent(), total.sumInclVat());
        }
    }

    private Pricer pricer(Subscription subscription) {
        return new Pricer(vatCodes.rates(), Amounts.minorUnits(subscription.settings().terms().currency()),
                subscription.settings().terms().vatMode() == Settings.VatMode.EXPORT);
    }


    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, long subscriptionId,
            SubscriptionLine.Definition r, Stamp stamp) {
        Document.Line.Text t = r.text();
        SubscriptionLine.Prices p = r.prices();
        SubscriptionLine.Locks l = r.locks();
        return spec.param("subscriptionId", subscriptionId).param("kind", r.kind().name())
                .param("freeText", t.freeText()).param("bold", t.bold()).param("italic", t.italic())
                .param("productId", r.item().productId()).param("name", t.name())
                .param("description", t.description()).param("vatCode", r.item().vatCode())
                .param("salesAccount", r.item().salesAccount()).param("quantity", p.quantity())
                .param("unitPrice", p.unitPrice()).param("costPrice", p.costPrice())
                .param("percentDiscount", p.percentDiscount()).param("cashDiscount", p.cashDiscount())
                .param("lockedQuantity", l.lockedQuantity()).param("lockedUnitPrice", l.lockedUnitPrice())
                .param("lockedPercentDiscount", l.lockedPercentDiscount())
                .param("lockedCashDiscount", l.lockedCashDiscount()).param("oneTime", r.oneTime())
                .param("priceModel", no.takt.catalog.PriceModels.column(r.priceModel()))
                .param("meterId", r.item().meterId())
                .param("at", stamp.at()).param("by", stamp.by());
    }

    private static SubscriptionLine map(ResultSet rs, Pricer pricer) throws SQLException {
        SubscriptionLine.Definition r = new SubscriptionLine.Definition(
                SubscriptionLine.Kind.valueOf(rs.getString("kind")),
                new Document.Line.Text(rs.getString("name"), rs.getString("description"), rs.getBoolean("free_text"),
                rs.getBoolean("bold"), rs.getBoolean("italic")),
                new SubscriptionLine.Item(Rows.longOrNull(rs, "product_id"), rs.getString("vat_code"),
                rs.getString("sales_account"), Rows.longOrNull(rs, "meter_id")),
                new SubscriptionLine.Prices(Rows.amount(rs, "quantity"), Rows.amount(rs, "unit_price"),
                Rows.amount(rs, "cost_price"), Rows.amount(rs, "percent_discount"),
                Rows.amount(rs, "cash_discount")),
                new SubscriptionLine.Locks(rs.getBoolean("locked_quantity"), rs.getBoolean("locked_unit_price"),
                rs.getBoolean("locked_percent_discount"), rs.getBoolean("locked_cash_discount")),
                rs.getBoolean("one_time"), no.takt.catalog.PriceModels.of(rs.getString("price_model")));
        return new SubscriptionLine(rs.getLong("id"), rs.getLong("subscription_id"), rs.getInt("position"), r,
                pricer.sums(r), rs.getInt("version"), new Stamps(Rows.time(rs, "created_at"),
                        rs.getString("created_by"), Rows.time(rs, "modified_at"), rs.getString("modified_by")));
    }

    private static <T> T or(T value, T fallback) {
        return value == null || value instanceof String s && s.isBlank() ? fallback : value;
    }

    private static boolean bool(Boolean value) {
        return Boolean.TRUE.equals(value);
    }

    private static boolean lock(Boolean value, boolean fallback) {
        return value == null ? fallback : value;
    }
}
