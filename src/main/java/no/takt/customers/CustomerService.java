package no.takt.customers;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.takt.catalog.FreightTermsService;
import no.takt.catalog.PaymentTermsService;
import no.takt.platform.Address;
import no.takt.platform.audit.AuditLog;
import no.takt.platform.audit.Stamp;
import no.takt.platform.errors.ConflictException;
import no.takt.platform.errors.FieldProblems;
import no.takt.platform.errors.NotFoundException;
import no.takt.platform.errors.UnprocessableException;
import no.takt.platform.jdbc.NumberSeries;
import no.takt.platform.jdbc.PagedQuery;
import no.takt.platform.jdbc.Rows;
import no.takt.platform.jdbc.SortSpec;
import no.takt.platform.jdbc.Tables;
import no.takt.platform.validation.Codes;
import no.takt.platform.validation.OrganisationNumbers;
import no.takt.platform.web.CrudService;
import no.takt.platform.web.Page;
import no.takt.platform.web.PageQuery;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The customer register. */
@Service
public class CustomerService implements CrudService<Customer, CustomerInput> {

    static final String ENTITY = "customer";
    private static final String SERIES = "customer";
    private static final SortSpec SORTS = new SortSpec(Map.of("customerNumber", "customer_number", "name",
            "lower(name)",
            "organizationNumber", "organization_number", "country", "country", "city", "lower(invoice_city)",
            "invoiceEmail", "lower(invoice_email)"), "name");

    /** Filters of the customer list. */
    public record Filter(Boolean active, Long groupId, String country) {
        public static final Filter NONE = new Filter(null, null, null);
    }

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final NumberSeries numbers;
    private final PaymentTermsService paymentTerms;
    private final FreightTermsService freightTerms;

    private final org.springframework.jdbc.core.JdbcTemplate template;

    CustomerService(JdbcClient jdbc, org.springframework.jdbc.core.JdbcTemplate template, AuditLog audit,
            NumberSeries numbers, PaymentTermsService paymentTerms, FreightTermsService freightTerms) {
        this.template = template;
        this.jdbc = jdbc;
        this.audit = audit;
        this.numbers = numbers;
        this.paymentTerms = paymentTerms;
        this.freightTerms = freightTerms;
    }

    private static PagedQuery filtered(PageQuery query, Filter filter) {
        return PagedQuery.select("*", "customer c")
                .whereIf(filter.active(), "active = :active", "active")
                .whereIf(filter.country(), "country = :country", "country")
                .whereIf(filter.groupId(), "exists (select 1 from customer_group_member m where m.customer_id = c.id"
                        + " and m.group_id = :groupId)", "groupId")
                .search(query.q(), "name", "cast(customer_number as varchar(20))", "organization_number",
                        "invoice_email", "invoice_city");
    }

    /** Every customer of the list, in its order, one by one (an export; without their groups). */
    @org.springframework.transaction.annotation.Transactional(readOnly = true)
    public void each(PageQuery query, Filter filter, java.util.function.Consumer<Customer> each) {
        filtered(query, filter).each(template, query, SORTS, "id", CustomerService::map, each);
    }

    public Page<Customer> list(PageQuery query, Filter filter) {
        Page<Customer> page = filtered(query, filter).page(jdbc, query, SORTS, "id", CustomerService::map);
        Map<Long, List<Long>> groups = groupIds(page.items().stream().map(Customer::id).toList());
        return page.map(c -> c.inGroups(groups.getOrDefault(c.id(), List.of())));
    }

    @Override
    public Customer get(long id) {
        return find(id).orElseThrow(() -> new NotFoundException(ENTITY, id));
    }

    public Optional<Customer> find(long id) {
        return jdbc.sql("select * from customer where id = ?").param(id).query(CustomerService::map).optional()
                .map(c -> c.inGroups(groupIds(List.of(id)).getOrDefault(id, List.of())));
    }

    @Override
    @Transactional
    public Customer create(CustomerInput input) {
        Normalised n = check(input, null);
        long number = input.customerNumber() != null ? input.customerNumber()
                : numbers.next(SERIES, candidate -> Tables.taken(jdbc, "customer", "customer_number", candidate, null));
        Stamp stamp = audit.stamp();
        long id = Rows.insert(bind(jdbc.sql("""
                insert into customer (customer_number, name, organization_number, active, country, language, currency,
                  invoice_email, peppol_id, invoice_street, invoice_postcode, invoice_city, invoice_country,
                  visiting_street, visiting_postcode, visiting_city, visiting_country, delivery_street,
                  delivery_postcode, delivery_city, delivery_country, payment_terms_id, freight_terms_id, version,
                  created_at, created_by, modified_at, modified_by)
                values (:customerNumber, :name, :organizationNumber, :active, :country, :language, :currency,
                  :invoiceEmail, :peppolId, :invoice_street, :invoice_postcode, :invoice_city, :invoice_country,
                  :visiting_street, :visiting_postcode, :visiting_city, :visiting_country, :delivery_street,
                  :delivery_postcode, :delivery_city, :delivery_country, :paymentTermsId, :freightTermsId, 0,
                  :at, :by, :at, :by)"""), input, n, stamp).param("customerNumber", number));
        saveGroups(id, n.groupIds());
        Customer created = get(id);
        audit.created(ENTITY, id, created);
        return created;
    }

    @Override
    @Transactional
    public Customer update(long id, CustomerInput input) {
        Customer before = get(id);
        Normalised n = check(input, id);
        Tables.updateVersioned(bind(jdbc.sql("""
                update customer set customer_number = :customerNumber, name = :name,
                  organization_number = :organizationNumber, active = :active, country = :country,
                  language = :language, currency = :currency, invoice_email = :invoiceEmail, peppol_id = :peppolId,
                  invoice_street = :invoice_street, invoice_postcode = :invoice_postcode,
                  invoice_city = :invoice_city, invoice_country = :invoice_country,
                  visiting_street = :visiting_street, visiting_postcode = :visiting_postcode,
                  visiting_city = :visiting_city, visiting_country = :visiting_country,
                  delivery_street = :delivery_street, delivery_postcode = :delivery_postcode,
                  delivery_city = :delivery_city, delivery_country = :delivery_country,
                  payment_terms_id = :paymentTermsId, freight_terms_id = :freightTermsId, version = version + 1,
                  modified_at = :at, modified_by = :by
                where id = :id and version = :version"""), input, n, audit.stamp())
                .param("customerNumber", input.customerNumber() != null ? input.customerNumber()
                        : before.customerNumber()), id, input.version(), before.version());
        saveGroups(id, n.groupIds());
        Customer after = get(id);
        audit.updated(ENTITY, id, before, after);
        return after;
    }

    /** The summaries of the customers with these ids (those that exist), in one query. */
    public Map<Long, CustomerSummary> summaries(Collection<Long> ids) {
        Map<Long, CustomerSummary> summaries = new HashMap<>();
        if (!ids.isEmpty()) {
            jdbc.sql("""
                    select c.*, coalesce(c.invoice_email, k.email) as document_email, k.name as contact_name
                    from customer c
                    left join contact k on k.default_for_customer = c.id
                    where c.id in (:ids)""")
                    .param("ids", List.copyOf(ids))
                    .query((rs, row) -> new CustomerSummary(rs.getLong("id"), rs.getLong("customer_number"),
                            rs.getString("name"), rs.getBoolean("active"), rs.getString("country"),
                            rs.getString("language"), rs.getString("document_email"), Rows.address(rs, "invoice_"),
                            Rows.address(rs, "visiting_"), Rows.address(rs, "delivery_"),
                            rs.getString("organization_number"), rs.getString("peppol_id"),
                            rs.getString("contact_name")))
                    .list()
                    .forEach(s -> summaries.put(s.id(), s));
        }
        return summaries;
    }

    /** The ids of the customers matching the criteria, by customer number. */
    public List<Long> ids(CustomerCriteria criteria) {
        List<String> conditions = new ArrayList<>(List.of("1 = 1"));
        Map<String, Object> params = new HashMap<>();
        if (criteria.groupId() != null) {
            conditions.add("exists (select 1 from customer_group_member m where m.customer_id = c.id"
                    + " and m.group_id = :groupId)");
            params.put("groupId", criteria.groupId());
        }
        if (criteria.postcodeFrom() != null) {
            conditions.add("c.invoice_postcode >= :postcodeFrom");
            params.put("postcodeFrom", criteria.postcodeFrom());
        }
        if (criteria.postcodeTo() != null) {
            conditions.add("c.invoice_postcode <= :postcodeTo");
            params.put("postcodeTo", criteria.postcodeTo());
        }
        if (criteria.country() != null) {
            conditions.add("c.country = :country");
            params.put("country", criteria.country());
        }
        if (criteria.activeOnly()) {
            conditions.add("c.active = true");
        }
        return jdbc.sql("select c.id from customer c where " + String.join(" and ", conditions)
                        + " order by c.customer_number")
                .params(params).query(Long.class).list();
    }

    /** The ids of the group's members now (a subscription billing a group resolves them at each run). */
    public List<Long> memberIds(long groupId) {
        return ids(new CustomerCriteria(groupId, null, null, null, false));
    }

    /** Which of these ids are customers', and which customers these customer numbers are: one read per slice. */
    public record Known(java.util.Set<Long> ids, Map<Long, Long> idByNumber) {
    }

    public Known known(java.util.Collection<Long> ids, java.util.Collection<Long> numbers) {
        java.util.Set<Long> found = new java.util.HashSet<>();
        Map<Long, Long> byNumber = new java.util.HashMap<>();
        // one array parameter, not a thousand: a batch of usage events asks for up to a thousand at once
        if (!ids.isEmpty()) {
            found.addAll(jdbc.sql("select id from customer where id = any(?)")
                    .param(ids.stream().distinct().toArray(Long[]::new)).query(Long.class).list());
        }
        if (!numbers.isEmpty()) {
            jdbc.sql("select customer_number, id from customer where customer_number = any(?)")
                    .param(numbers.stream().distinct().toArray(Long[]::new)).query(rs -> {
                        byNumber.put(rs.getLong(1), rs.getLong(2));
                    });
        }
        return new Known(found, byNumber);
    }

    /** True when there is a customer with this id. */
    public boolean exists(long id) {
        return jdbc.sql("select count(*) from customer where id = ?").param(id).query(Long.class).single() > 0;
    }

    private record Normalised(String country, String language, String currency, String organizationNumber,
                              List<Long> groupIds) {
    }

    private Normalised check(CustomerInput input, Long id) {
        String country = input.country() == null ? "NO" : input.country();
        String orgNumber = OrganisationNumbers.normalise(input.organizationNumber());
        if (orgNumber != null && orgNumber.isEmpty()) {
            orgNumber = null;
        }
        if (input.customerNumber() != null
                && Tables.taken(jdbc, "customer", "customer_number", input.customerNumber(), id)) {
            throw ConflictException.field("customerNumber", "error.duplicate", input.customerNumber());
        }
        List<Long> groupIds = input.groupIds() == null ? List.of() : input.groupIds().stream().distinct().toList();
        FieldProblems references = new FieldProblems()
                .check(input.paymentTermsId() == null || paymentTerms.find(input.paymentTermsId()).isPresent(),
                        "paymentTermsId", "error.unknown-reference", input.paymentTermsId())
                .check(input.freightTermsId() == null || freightTerms.find(input.freightTermsId()).isPresent(),
                        "freightTermsId", "error.unknown-reference", input.freightTermsId());
        for (Long groupId : groupIds) {
            references.check(groupId != null && Tables.taken(jdbc, "customer_group", "id", groupId, null),
                    "groupIds", "error.unknown-reference", groupId);
        }
        references.throwIfAny(UnprocessableException::new);
        return new Normalised(country, input.language() == null ? Codes.defaultLanguage(country) : input.language(),
                input.currency() == null ? Codes.defaultCurrency(country) : input.currency(), orgNumber, groupIds);
    }

    private void saveGroups(long customerId, List<Long> groupIds) {
        jdbc.sql("delete from customer_group_member where customer_id = ?").param(customerId).update();
        for (Long groupId : groupIds) {
            jdbc.sql("insert into customer_group_member (group_id, customer_id) values (?, ?)")
                    .params(groupId, customerId).update();
        }
    }

    private Map<Long, List<Long>> groupIds(List<Long> customerIds) {
        Map<Long, List<Long>> groups = new HashMap<>();
        if (!customerIds.isEmpty()) {
            jdbc.sql("select customer_id, group_id from customer_group_member where customer_id in (:ids)"
                            + " order by group_id")
                    .param("ids", customerIds)
                    .query(rs -> {
                        groups.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getLong(2));
                    });
        }
        return groups;
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, CustomerInput input, Normalised n,
            Stamp stamp) {
        spec.param("name", input.name().trim())
                .param("organizationNumber", n.organizationNumber())
                .param("active", input.active() == null || input.active())
                .param("country", n.country())
                .param("language", n.language())
                .param("currency", n.currency())
                .param("invoiceEmail", input.invoiceEmail())
                .param("peppolId", input.peppolId())
                .param("paymentTermsId", input.paymentTermsId())
                .param("freightTermsId", input.freightTermsId())
                .param("at", stamp.at())
                .param("by", stamp.by());
        bindAddress(spec, "invoice_", input.invoiceAddress());
        bindAddress(spec, "visiting_", input.visitingAddress());
        bindAddress(spec, "delivery_", input.deliveryAddress());
        return spec;
    }

    private static void bindAddress(JdbcClient.StatementSpec spec, String prefix, Address address) {
        Address a = Address.orEmpty(address);
        spec.param(prefix + "street", a.street())
                .param(prefix + "postcode", a.postcode())
                .param(prefix + "city", a.city())
                .param(prefix + "country", a.country());
    }

    private static Customer map(ResultSet rs, int row) throws SQLException {
        return new Customer(rs.getLong("id"), rs.getLong("customer_number"), rs.getString("name"),
                rs.getString("organization_number"), rs.getBoolean("active"), rs.getString("country"),
                rs.getString("language"), rs.getString("currency"), rs.getString("invoice_email"),
                rs.getString("peppol_id"), new Customer.Addresses(Rows.address(rs, "invoice_"),
                Rows.address(rs, "visiting_"), Rows.address(rs, "delivery_")),
                new Customer.Terms(Rows.longOrNull(rs, "payment_terms_id"), Rows.longOrNull(rs, "freight_terms_id")),
                List.of(), rs.getInt("version"),
                Rows.stamps(rs));
    }
}
