package no.takt.subscriptions;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.takt.customers.ContactService;
import no.takt.customers.CustomerCriteria;
import no.takt.customers.CustomerGroup;
import no.takt.customers.CustomerGroupService;
import no.takt.customers.CustomerService;
import no.takt.customers.CustomerSummary;
import no.takt.money.QuantityFactor;
import no.takt.platform.audit.AuditLog;
import no.takt.platform.audit.Stamp;
import no.takt.platform.audit.Stamps;
import no.takt.platform.errors.BadInputException;
import no.takt.platform.errors.FieldProblems;
import no.takt.platform.errors.NotFoundException;
import no.takt.platform.errors.UnprocessableException;
import no.takt.platform.jdbc.PagedQuery;
import no.takt.platform.jdbc.Rows;
import no.takt.platform.jdbc.SortSpec;
import no.takt.platform.jdbc.Tables;
import no.takt.platform.web.Page;
import no.takt.platform.web.PageQuery;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The subscribers of a subscription, always reached through it. */
@Service
public class SubscriberService {

    static final String ENTITY = "subscriber";
    private static final SortSpec SORTS = new SortSpec(Map.of("id", "id", "startDate", "start_date", "active",
            "active"),
            "id");

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final SubscriptionService subscriptions;
    private final CustomerService customers;
    private final CustomerGroupService groups;
    private final ContactService contacts;

    SubscriberService(JdbcClient jdbc, AuditLog audit, SubscriptionService subscriptions, CustomerService customers,
            CustomerGroupService groups, ContactService contacts) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.subscriptions = subscriptions;
        this.customers = customers;
        this.groups = groups;
        this.contacts = contacts;
    }

    /** One page of the subscribers, in the order they were added. */
    public Page<Subscriber> page(long subscriptionId, PageQuery query) {
        subscriptions.get(subscriptionId);
        Page<Subscriber> page = PagedQuery.select("*", "subscriber")
                .where("subscription_id = :subscriptionId", "subscriptionId", subscriptionId)
                .page(jdbc, query, SORTS, "id", SubscriberService::map);
        return page.with(withNames(page.items()));
    }

    /**
     * The subscription's subscribers cut into ranges of ids (first, last) of at most {@code size}
     * each, so a billing run can share the work in chunks.
     */
    public List<long[]> idRanges(long subscriptionId, int size) {
        List<Long> ids = jdbc.sql("select id from subscriber where subscription_id = ? order by id")
                .param(subscriptionId).query(Long.class).list();
        List<long[]> ranges = new ArrayList<>();
        for (int i = 0; i < ids.size(); i += size) {
            ranges.add(new long[] {ids.get(i), ids.get(Math.min(ids.size(), i + size) - 1)});
        }
        return ranges;
    }

    /** For "same customer more than once" off: the first active entry of each customer and each customer group of the subscription (by id). */
    public record EntryHead(long subscriberId, Long customerId, Long customerGroupId) {
    }

    public List<EntryHead> firstEntries(long subscriptionId) {
        return jdbc.sql("select min(id), customer_id, customer_group_id from subscriber where subscription_id = ?"
                + " and active = true group by customer_id, customer_group_id").param(subscriptionId)
                .query((rs, i) -> new EntryHead(rs.getLong(1), Rows.longOrNull(rs, "customer_id"),
                        Rows.longOrNull(rs, "customer_group_id"))).list();
    }

    /** The subscribers with ids in the range, as stored (without customer names), in one query. */
    public List<Subscriber> between(long subscriptionId, long firstId, long lastId) {
        return jdbc.sql("select * from subscriber where subscription_id = ? and id between ? and ? order by id")
                .params(subscriptionId, firstId, lastId).query(SubscriberService::map).list();
    }

    public List<Subscriber> list(long subscriptionId) {
        subscriptions.get(subscriptionId);
        return withNames(jdbc.sql("select * from subscriber where subscription_id = ? order by id")
                .param(subscriptionId).query(SubscriberService::map).list());
    }

    public Subscriber get(long subscriptionId, long id) {
        subscriptions.get(subscriptionId);
        return jdbc.sql("select * from subscriber where id = ? and subscription_id = ?").params(id, subscriptionId)
                .query(SubscriberService::map).optional().map(s -> withNames(List.of(s)).getFirst())
                .orElseThrow(() -> new NotFoundException(ENTITY, id));
    }

    @Transactional
    public Subscriber create(long subscriptionId, SubscriberInput input) {
        subscriptions.get(subscriptionId);
        BigDecimal factor = check(input);
        long id = insert(subscriptionId, input, factor, audit.stamp());
        Subscriber created = get(subscriptionId, id);
        audit.changed(SubscriptionService.scope(subscriptionId), ENTITY, id, null, created);
        return created;
    }

    @Transactional
    public Subscriber update(long subscriptionId, long id, SubscriberInput input) {
        Subscriber before = get(subscriptionId, id);
        BigDecimal factor = check(input);
        Tables.updateVersioned(bind(jdbc.sql("""
                update subscriber set customer_id = :customerId, customer_group_id = :customerGroupId,
                  contact_id = :contactId, start_date = :startDate, end_date = :endDate,
                  quantity_factor = :quantityFactor, special_unit_price = :specialUnitPrice,
                  special_percent_discount = :specialPercentDiscount, special_cash_discount = :specialCashDiscount,
                  special_discount_end_date = :specialDiscountEndDate, vat_override = :vatOverride,
                  language = :language, send_by_email = :sendByEmail, active = :active, version = version + 1,
                  modified_at = :at, modified_by = :by
                where id = :id and subscription_id = :subscriptionId and version = :version"""), subscriptionId,
                input, factor, audit.stamp()), id, input.version(), before.version());
        Subscriber after = get(subscriptionId, id);
        audit.changed(SubscriptionService.scope(subscriptionId), ENTITY, id, before, after);
        return after;
    }

    @Transactional
    public void delete(long subscriptionId, long id) {
        Subscriber before = get(subscriptionId, id);
        jdbc.sql("delete from subscriber where id = ?").param(id).update();
        audit.changed(SubscriptionService.scope(subscriptionId), ENTITY, id, before, null);
    }

    /** Adds every customer the criteria select (not yet subscribed, unless told otherwise); answers those added. */
    @Transactional
    public List<Subscriber> addMany(long subscriptionId, BulkSubscribers criteria) {
        subscriptions.get(subscriptionId);
        if (criteria.customerGroupId() != null && groups.find(criteria.customerGroupId()).isEmpty()) {
            throw UnprocessableException.field("customerGroupId", "error.unknown-reference",
                    criteria.customerGroupId());
        }
        Set<Long> subscribed = new HashSet<>(jdbc.sql("select customer_id from subscriber where subscription_id = ?"
                + " and customer_id is not null").param(subscriptionId).query(Long.class).list());
        boolean skipSubscribed = !Boolean.FALSE.equals(criteria.onlyWithoutThisSubscription());
        List<Subscriber> added = new ArrayList<>();
        Stamp stamp = audit.stamp();
        for (long customerId : customers.ids(new CustomerCriteria(criteria.customerGroupId(),
                blank(criteria.postcodeFrom()),
                blank(criteria.postcodeTo()), criteria.country(),
                !Boolean.FALSE.equals(criteria.activeCustomersOnly())))) {
            if (!skipSubscribed || !subscribed.contains(customerId)) {
                long id = insert(subscriptionId, SubscriberInput.customer(customerId), BigDecimal.ONE, stamp);
                Subscriber subscriber = get(subscriptionId, id);
                audit.changed(SubscriptionService.scope(subscriptionId), ENTITY, id, null, subscriber);
                added.add(subscriber);
            }
        }
        return added;
    }

    /** Copies every subscriber of one subscription to another, overrides and all. */
    @Transactional
    void copyAll(long from, long to) {
        Stamp stamp = audit.stamp();
        for (Subscriber s : list(from)) {
            long id = insert(to, new SubscriberInput(s.party().customerId(), s.party().customerGroupId(),
                    s.party().contactId(), s.dates().startDate(),
                    s.dates().endDate(), null, s.special().specialUnitPrice(), s.special().specialPercentDiscount(),
                    s.special().specialCashDiscount(),
                    s.special().specialDiscountEndDate(), s.special().vatOverride(), s.preferences().language(),
                    s.preferences().sendByEmail(), s.active(), null),
                    s.special().quantityFactor(), stamp);
            audit.changed(SubscriptionService.scope(to), ENTITY, id, null, get(to, id));
        }
    }

    /** Checks the rules between fields (400) and the references (422); answers the quantity factor. */
    private BigDecimal check(SubscriberInput in) {
        BigDecimal factor = QuantityFactor.parse(in.quantityFactor()).orElse(null);
        new FieldProblems()
                .check((in.customerId() == null) != (in.customerGroupId() == null), "customerId",
                        "error.customer-or-group")
                .check(factor != null, "quantityFactor", "error.quantity-factor")
                .check(factor == null || factor.signum() >= 0, "quantityFactor", "error.negative-factor")
                .check(in.startDate() == null || in.endDate() == null || !in.endDate().isBefore(in.startDate()),
                        "endDate", "error.end-before-start")
                .check(in.contactId() == null || in.customerId() != null, "contactId", "error.contact-needs-customer")
                .throwIfAny(BadInputException::new);
        FieldProblems references = new FieldProblems()
                .check(in.customerId() == null || customers.exists(in.customerId()), "customerId",
                        "error.unknown-reference", in.customerId())
                .check(in.customerGroupId() == null || groups.find(in.customerGroupId()).isPresent(),
                        "customerGroupId", "error.unknown-reference", in.customerGroupId());
        if (in.contactId() != null && in.customerId() != null && customers.exists(in.customerId())) {
            references.check(contacts.list(in.customerId()).stream().anyMatch(c -> c.id() == in.contactId()),
                    "contactId", "error.contact-not-of-customer", in.contactId());
        }
        references.throwIfAny(UnprocessableException::new);
        return factor;
    }

    private long insert(long subscriptionId, SubscriberInput input, BigDecimal factor, Stamp stamp) {
        return Rows.insert(bind(jdbc.sql("""
                insert into subscriber (subscription_id, customer_id, customer_group_id, contact_id, start_date,
                        end_date,
                  quantity_factor, special_unit_price, special_percent_discount, special_cash_discount,
                  special_discount_end_date, vat_override, language, send_by_email, active, version, created_at,
                  created_by, modified_at, modified_by)
                values (:subscriptionId, :customerId, :customerGroupId, :contactId, :startDate, :endDate,
                  :quantityFactor, :specialUnitPrice, :specialPercentDiscount, :specialCashDiscount,
                  :specialDiscountEndDate, :vatOverride, :language, :sendByEmail, :active, 0, :at, :by, :at, :by)"""),
                subscriptionId, input, factor, stamp));
    }

    /** Adds the customer names and numbers, group names and document e-mails, with one query for all customers. */
    private List<Subscriber> withNames(List<Subscriber> subscribers) {
        Map<Long, CustomerSummary> summaries = customers.summaries(subscribers.stream().map(s -> s.party().customerId())
                .filter(java.util.Objects::nonNull).toList());
        Map<Long, String> groupNames = new HashMap<>();
        return subscribers.stream().map(s -> {
            CustomerSummary c = s.party().customerId() == null ? null : summaries.get(s.party().customerId());
            String group = s.party().customerGroupId() == null ? null : groupNames.computeIfAbsent(s.party().customerGroupId(),
                    g -> groups.find(g).map(CustomerGroup::name).orElse(null));
            return s.withParty(s.party().named(c == null ? null : c.name(), c == null ? null : c.customerNumber(),
                    group, c == null ? null : c.email()));
        }).toList();
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, long subscriptionId,
            SubscriberInput in, BigDecimal factor, Stamp stamp) {
        return spec.param("subscriptionId", subscriptionId).param("customerId", in.customerId())
                .param("customerGroupId", in.customerGroupId()).param("contactId", in.contactId())
                .param("startDate", in.startDate()).param("endDate", in.endDate()).param("quantityFactor", factor)
                .param("specialUnitPrice", in.specialUnitPrice())
                .param("specialPercentDiscount", in.specialPercentDiscount())
                .param("specialCashDiscount", in.specialCashDiscount())
                .param("specialDiscountEndDate", in.specialDiscountEndDate())
                .param("vatOverride", in.vatOverride() == null ? null : in.vatOverride().name())
                .param("language", in.language()).param("sendByEmail", in.sendByEmail())
                .param("active", in.active() == null || in.active()).param("at", stamp.at()).param("by", stamp.by());
    }

    private static Subscriber map(ResultSet rs, int row) throws SQLException {
        BigDecimal factor = rs.getBigDecimal("quantity_factor").stripTrailingZeros();
        String vat = rs.getString("vat_override");
        Boolean sendByEmail = (Boolean) rs.getObject("send_by_email");
        BigDecimal price = rs.getBigDecimal("special_unit_price");
        BigDecimal percent = rs.getBigDecimal("special_percent_discount");
        BigDecimal cash = rs.getBigDecimal("special_cash_discount");
        String language = rs.getString("language");
        boolean overrides = factor.compareTo(BigDecimal.ONE) != 0 || price != null || percent != null || cash != null
                || vat != null || language != null || sendByEmail != null;
        return new Subscriber(rs.getLong("id"), rs.getLong("subscription_id"),
                new Subscriber.Party(Rows.longOrNull(rs, "customer_id"), Rows.longOrNull(rs, "customer_group_id"),
                        Rows.longOrNull(rs, "contact_id"), null, null, null, null),
                new Subscriber.Dates(Rows.date(rs, "start_date"), Rows.date(rs, "end_date")),
                new Subscriber.Special(factor.scale() < 0 ? factor.setScale(0) : factor,
                Rows.amount(rs, "special_unit_price"), Rows.amount(rs, "special_percent_discount"),
                Rows.amount(rs, "special_cash_discount"), Rows.date(rs, "special_discount_end_date"),
                vat == null ? null : Subscriber.VatOverride.valueOf(vat)),
                new Subscriber.Preferences(language, sendByEmail), rs.getBoolean("active"), overrides,
                rs.getInt("version"), new Stamps(Rows.time(rs, "created_at"), rs.getString("created_by"),
                Rows.time(rs, "modified_at"), rs.getString("modified_by")));
    }
}
