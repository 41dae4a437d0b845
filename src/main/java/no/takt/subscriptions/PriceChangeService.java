package no.takt.subscriptions;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import no.takt.catalog.ProductService;
import no.takt.money.PriceSchedule;
import no.takt.platform.audit.AuditLog;
import no.takt.platform.audit.Stamp;
import no.takt.platform.audit.Stamps;
import no.takt.platform.errors.BadInputException;
import no.takt.platform.errors.ConflictException;
import no.takt.platform.errors.FieldProblems;
import no.takt.platform.errors.NotFoundException;
import no.takt.platform.errors.UnprocessableException;
import no.takt.platform.jdbc.InList;
import no.takt.platform.jdbc.PagedQuery;
import no.takt.platform.jdbc.Rows;
import no.takt.platform.jdbc.SortSpec;
import no.takt.platform.jdbc.Tables;
import no.takt.platform.web.CrudService;
import no.takt.platform.web.Page;
import no.takt.platform.web.PageQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Price changes (PRODUCT.md §8): scheduled with an effective date, listed, replaced and cancelled while
 * scheduled; applied once their date has come — each reached line's unit price changed (and the
 * product's, for a product's change), recorded with the price before and after, in the audit trail —
 * and, for billing, each line's steps: a period is billed at the price of its first day by
 * {@link PriceSchedule}, whether the change is applied yet or not.
 */
@Service
public class PriceChangeService implements CrudService<PriceChange, PriceChangeInput> {

    static final String ENTITY = "price-change";
    private static final Logger log = LoggerFactory.getLogger(PriceChangeService.class);
    private static final SortSpec SORTS = new SortSpec(Map.of("effectiveDate", "effective_date", "id", "id"),
            "effectiveDate");

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final ProductService products;
    private final SubscriptionLineService lines;
    private final no.takt.customers.CustomerService customers;
    private final TransactionTemplate transaction;
    private final Clock clock;

    PriceChangeService(JdbcClient jdbc, AuditLog audit, ProductService products, SubscriptionLineService lines,
            no.takt.customers.CustomerService customers, PlatformTransactionManager transactions, Clock clock) {
        this.customers = customers;
        this.jdbc = jdbc;
        this.audit = audit;
        this.products = products;
        this.lines = lines;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    public Page<PriceChange> list(PageQuery query, PriceChange.Status status) {
        Page<PriceChange> page = PagedQuery.select("pc.*, " + COUNT, "price_change pc")
                .whereIf(status == null ? null : status.name(), "pc.status = :status", "status")
                .search(query.q(), "pc.note")
                .page(jdbc, query, SORTS, "pc.id", PriceChangeService::map);
        return page.with(withLines(page.items()));
    }

    @Override
    public PriceChange get(long id) {
        return find(id).orElseThrow(() -> new NotFoundException(ENTITY, id));
    }

    public Optional<PriceChange> find(long id) {
        return jdbc.sql("select pc.*, " + COUNT + " from price_change pc where pc.id = ?").param(id)
                .query(PriceChangeService::map).optional().map(c -> withLines(List.of(c)).getFirst());
    }

    @Override
    @Transactional
    public PriceChange create(PriceChangeInput input) {
        check(input);
        Stamp stamp = audit.stamp();
        long id = Rows.insert(bind(jdbc.sql("""
                insert into price_change (effective_date, product_id, unit_price, percent, note, status, version,
                  created_at, created_by, modified_at, modified_by)
                values (:effectiveDate, :productId, :unitPrice, :percent, :note, 'SCHEDULED', 0, :at, :by, :at, :by)"""),
                input, stamp));
        chosen(id, input.lineIds());
        PriceChange created = get(id);
        audit.created(ENTITY, id, created);
        return created;
    }

    /** Replaces a scheduled change; one that has been applied is history (409). */
    @Override
    @Transactional
    public PriceChange update(long id, PriceChangeInput input) {
        PriceChange before = scheduled(id);
        check(input);
        Tables.updateVersioned(bind(jdbc.sql("""
                update price_change set effective_date = :effectiveDate, product_id = :productId,
                  unit_price = :unitPrice, percent = :percent, note = :note, version = version + 1,
                  modified_at = :at, modified_by = :by
                where id = :id and version = :version and status = 'SCHEDULED'"""), input, audit.stamp()), id,
                input.version(), before.version());
        jdbc.sql("delete from price_change_line where price_change_id = ?").param(id).update();
        chosen(id, input.lineIds());
        PriceChange after = get(id);
        audit.updated(ENTITY, id, before, after);
        return after;
    }

    /** Cancels a scheduled change: it is gone, but for the audit trail. */
    @Transactional
    public void cancel(long id) {
        PriceChange before = scheduled(id);
        jdbc.sql("delete from price_change where id = ? and status = 'SCHEDULED'").param(id).update();
        audit.deleted(ENTITY, id, before);
    }

    /** The change was announced to its customers (now). */
    @Transactional
    public void announced(long id) {
        jdbc.sql("update price_change set announced_at = ? where id = ?").params(audit.stamp().at(), id).update();
    }

    /**
     * Applies every scheduled change whose date has come, each in its own transaction and claimed with
     * {@code SKIP LOCKED}, so instances share the work and none is applied twice. Answers how many.
     */
    public int applyDue() {
        LocalDate today = LocalDate.now(clock);
        int applied = 0;
        while (Boolean.TRUE.equals(transaction.execute(status -> applyNext(today)))) {
            applied++;
        }
        return applied;
    }

    private boolean applyNext(LocalDate today) {
        Optional<PriceChange> next = jdbc.sql("""
                select pc.*, 0 as reached from price_change pc where pc.status = 'SCHEDULED' and pc.effective_date <= ?
                order by pc.effective_date, pc.id limit 1 for update skip locked""").param(today)
                .query(PriceChangeService::map).optional().map(c -> withLines(List.of(c)).getFirst());
        next.ifPresent(this::apply);
        return next.isPresent();
    }

    /**
     * One change applied: each line it reaches gets the changed price (recorded with the price before, so
     * a period that starts before the change and is billed later keeps that price) — in the audit trail of
     * its subscription — the product its new price, and the subscriptions their standard sums again.
     */
    private void apply(PriceChange change) {
        Stamp stamp = audit.stamp();
        record Reached(long id, long subscriptionId, BigDecimal price) {
        }
        List<Reached> reached = reached(change)
                .query((rs, row) -> new Reached(rs.getLong(1), rs.getLong(2), Rows.amount(rs, "unit_price"))).list();
        PriceSchedule.Step step = change.step(null);
        Set<Long> subscriptions = new HashSet<>();
        for (Reached line : reached) {
            BigDecimal after = step.changed(line.price());
            jdbc.sql("""
                    update subscription_line set unit_price = ?, version = version + 1, modified_at = ?, modified_by = ?
                    where id = ?""").params(after, stamp.at(), stamp.by(), line.id()).update();
            jdbc.sql("insert into price_change_applied (price_change_id, line_id, old_price, new_price) values (?, ?, ?, ?)")
                    .params(change.id(), line.id(), line.price(), after).update();
            audit.changed(SubscriptionService.scope(line.subscriptionId()), SubscriptionLineService.ENTITY, line.id(),
                    new UnitPrice(line.price(), null), new UnitPrice(after, change.id()));
            subscriptions.add(line.subscriptionId());
        }
        if (change.productId() != null) {
            products.find(change.productId()).ifPresent(p -> products.setUnitPrice(p.id(), step.changed(p.unitPrice())));
        }
        subscriptions.forEach(lines::refreshStandardSum);
        jdbc.sql("update price_change set status = 'APPLIED', applied_at = ?, version = version + 1 where id = ?")
                .params(stamp.at(), change.id()).update();
        audit.updated(ENTITY, change.id(), change, get(change.id()));
        log.info("Price change {} from {} applied to {} lines", change.id(), change.effectiveDate(), reached.size());
    }

    /** A line's unit price as the audit trail shows a price change: before, and after with the change's id. */
    record UnitPrice(BigDecimal unitPrice, Long priceChange) {
    }

    /**
     * For billing: the price steps of these lines of one subscription — the scheduled changes that reach
     * them, and the applied ones with the price before — by line id (a line without any is absent).
     */
    public Map<Long, List<PriceSchedule.Step>> steps(Collection<SubscriptionLine> subscriptionLines) {
        Map<Long, List<PriceSchedule.Step>> steps = new HashMap<>();
        List<SubscriptionLine> priced = subscriptionLines.stream().filter(l -> !l.definition().text().freeText())
                .toList();
        if (priced.isEmpty()) {
            return steps;
        }
        List<PriceChange> scheduled = withLines(jdbc.sql("select pc.*, 0 as reached from price_change pc"
                + " where pc.status = 'SCHEDULED'").query(PriceChangeService::map).list());
        for (SubscriptionLine line : priced) {
            for (PriceChange change : scheduled) {
                if (reaches(change, line)) {
                    steps.computeIfAbsent(line.id(), k -> new ArrayList<>()).add(change.step(null));
                }
            }
        }
        InList.inSlices(priced.stream().map(SubscriptionLine::id).toList(), ids -> jdbc.sql("""
                select a.line_id, a.old_price, pc.effective_date, pc.unit_price, pc.percent
                from price_change_applied a join price_change pc on pc.id = a.price_change_id
                where a.line_id in (:ids)""").param("ids", ids).query(rs -> {
                    steps.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new PriceSchedule.Step(
                            Rows.date(rs, "effective_date"), rs.getBigDecimal("unit_price"), rs.getBigDecimal("percent"),
                            rs.getBigDecimal("old_price")));
                }));
        return steps;
    }

    /** The lines a change reaches: its chosen lines, else its product's, else every product line. */
    private JdbcClient.StatementSpec reached(PriceChange change) {
        String select = "select l.id, l.subscription_id, l.unit_price, l.name from subscription_line l";
        if (!change.lineIds().isEmpty()) {
            return jdbc.sql(select + " join price_change_line c on c.line_id = l.id where c.price_change_id = ?"
                    + " order by l.id").param(change.id());
        }
        return change.productId() != null
                ? jdbc.sql(select + " where l.product_id = ? and l.free_text = false order by l.id")
                        .param(change.productId())
                : jdbc.sql(select + " where l.kind = 'PRODUCT' and l.free_text = false order by l.id");
    }

    /** Whether a scheduled change reaches the line (the same rule as {@link #reached}). */
    private static boolean reaches(PriceChange change, SubscriptionLine line) {
        if (!change.lineIds().isEmpty()) {
            return change.lineIds().contains(line.id());
        }
        return change.productId() != null ? change.productId().equals(line.definition().item().productId())
                : line.definition().kind() == SubscriptionLine.Kind.PRODUCT;
    }

    /** A customer's share of a scheduled change: a line of a subscription it has, its price now and from the date. */
    public record Affected(long customerId, long subscriptionId, String lineName, BigDecimal oldPrice,
                           BigDecimal newPrice) {
    }

    /**
     * Whom a scheduled change reaches (for its announcement): the customers of the active subscribers not
     * ended by its date — a group's members each — of the subscriptions whose lines it changes, with those
     * lines' prices now and from the date. A handful of queries, whatever the number of subscriptions.
     */
    public List<Affected> affected(long id) {
        PriceChange change = scheduled(id);
        record Line(long id, long subscriptionId, String name, BigDecimal price) {
        }
        Map<Long, List<Line>> bySubscription = new HashMap<>();
        reached(change).query(rs -> {
            bySubscription.computeIfAbsent(rs.getLong(2), k -> new ArrayList<>()).add(new Line(rs.getLong(1),
                    rs.getLong(2), rs.getString("name"), Rows.amount(rs, "unit_price")));
        });
        List<Affected> affected = new ArrayList<>();
        if (bySubscription.isEmpty()) {
            return affected;
        }
        PriceSchedule.Step step = change.step(null);
        record Entry(long subscriptionId, Long customerId, Long groupId) {
        }
        List<Entry> entries = jdbc.sql("""
                select distinct s.subscription_id, s.customer_id, s.customer_group_id from subscriber s
                join subscription sub on sub.id = s.subscription_id
                where s.subscription_id = any(?) and s.active = true and sub.active = true
                  and (s.end_date is null or s.end_date >= ?)
                order by s.subscription_id""")
                .params(bySubscription.keySet().toArray(Long[]::new), change.effectiveDate())
                .query((rs, row) -> new Entry(rs.getLong(1), Rows.longOrNull(rs, "customer_id"),
                        Rows.longOrNull(rs, "customer_group_id"))).list();
        Map<Long, List<Long>> members = new HashMap<>();
        for (Entry entry : entries) {
            List<Long> reachedCustomers = entry.customerId() != null ? List.of(entry.customerId())
                    : members.computeIfAbsent(entry.groupId(), customers::memberIds);
            for (long customer : reachedCustomers) {
                for (Line line : bySubscription.get(entry.subscriptionId())) {
                    affected.add(new Affected(customer, line.subscriptionId(), line.name(), line.price(),
                            step.changed(line.price())));
                }
            }
        }
        return affected;
    }

    private PriceChange scheduled(long id) {
        PriceChange change = get(id);
        if (change.status() != PriceChange.Status.SCHEDULED) {
            throw ConflictException.field("status", "error.price-change-applied");
        }
        return change;
    }

    private void check(PriceChangeInput input) {
        List<Long> chosen = input.lineIds() == null ? List.of() : input.lineIds().stream().distinct().toList();
        new FieldProblems()
                .check(input.unitPrice() == null ^ input.percent() == null, input.unitPrice() == null ? "percent"
                        : "unitPrice", "error.price-change-one-of")
                .check(input.unitPrice() == null || input.productId() != null || !chosen.isEmpty(), "productId",
                        "error.price-change-what")
                .check(input.productId() == null || chosen.isEmpty(), "lineIds", "error.price-change-what-once")
                .check(!input.effectiveDate().isBefore(LocalDate.now(clock)), "effectiveDate",
                        "error.price-change-past")
                .throwIfAny(BadInputException::new);
        if (input.productId() != null && products.find(input.productId()).isEmpty()) {
            throw UnprocessableException.field("productId", "error.unknown-reference", input.productId());
        }
        if (!chosen.isEmpty()) {
            Set<Long> known = new HashSet<>(jdbc.sql("select id from subscription_line where id = any(?)"
                    + " and free_text = false").param(chosen.toArray(Long[]::new)).query(Long.class).list());
            for (int i = 0; i < input.lineIds().size(); i++) {
                if (!known.contains(input.lineIds().get(i))) {
                    throw UnprocessableException.field("lineIds[" + i + "]", "error.unknown-reference",
                            input.lineIds().get(i));
                }
            }
        }
    }

    private void chosen(long id, List<Long> lineIds) {
        if (lineIds != null) {
            lineIds.stream().distinct().forEach(line -> jdbc.sql(
                    "insert into price_change_line (price_change_id, line_id) values (?, ?)").params(id, line).update());
        }
    }

    /** The changes with their chosen lines, read for all of them at once. */
    private List<PriceChange> withLines(List<PriceChange> changes) {
        if (changes.isEmpty()) {
            return changes;
        }
        Map<Long, List<Long>> chosen = new HashMap<>();
        jdbc.sql("select price_change_id, line_id from price_change_line where price_change_id = any(?) order by line_id")
                .param(changes.stream().map(PriceChange::id).toArray(Long[]::new)).query(rs -> {
                    chosen.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getLong(2));
                });
        return changes.stream().map(c -> new PriceChange(c.id(), c.effectiveDate(), c.productId(),
                chosen.getOrDefault(c.id(), List.of()), c.unitPrice(), c.percent(), c.note(), c.status(), c.lines(),
                c.appliedAt(), c.announcedAt(), c.version(), c.stamps())).toList();
    }

    /** How many lines a change reaches: those it changed once applied, else those it would change now. */
    private static final String COUNT = """
            (case when pc.status = 'APPLIED'
                then (select count(*) from price_change_applied a where a.price_change_id = pc.id)
              when exists (select 1 from price_change_line c where c.price_change_id = pc.id)
                then (select count(*) from price_change_line c where c.price_change_id = pc.id)
              when pc.product_id is not null
                then (select count(*) from subscription_line l where l.product_id = pc.product_id and l.free_text = false)
              else (select count(*) from subscription_line l where l.kind = 'PRODUCT' and l.free_text = false)
            end) as reached""";

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, PriceChangeInput input, Stamp stamp) {
        return spec.param("effectiveDate", input.effectiveDate()).param("productId", input.productId())
                .param("unitPrice", input.unitPrice()).param("percent", input.percent())
                .param("note", input.note() == null || input.note().isBlank() ? null : input.note().trim())
                .param("at", stamp.at()).param("by", stamp.by());
    }

    private static PriceChange map(ResultSet rs, int row) throws SQLException {
        return new PriceChange(rs.getLong("id"), Rows.date(rs, "effective_date"), Rows.longOrNull(rs, "product_id"),
                List.of(), rs.getBigDecimal("unit_price"), rs.getBigDecimal("percent"), rs.getString("note"),
                PriceChange.Status.valueOf(rs.getString("status")), rs.getInt("reached"), Rows.time(rs, "applied_at"),
                Rows.time(rs, "announced_at"), rs.getInt("version"), new Stamps(Rows.time(rs, "created_at"),
                rs.getString("created_by"), Rows.time(rs, "modified_at"), rs.getString("modified_by")));
    }
}
