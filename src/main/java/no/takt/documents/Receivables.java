package no.takt.documents;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import no.takt.platform.audit.AuditLog;
import no.takt.platform.errors.ConflictException;
import no.takt.platform.errors.NotFoundException;
import no.takt.platform.jdbc.InList;
import no.takt.platform.jdbc.Rows;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The documents as receivables, for the payments module: invoices found by KID or number and locked
 * while a payment is placed on them, what payments covered of each, holds, and a customer's invoices
 * and credit notes for the ledger. What an invoice owes is its total less what its credit notes
 * credited and payments paid; payments keep the allocations, and this keeps each invoice's sum of them.
 */
@Service
public class Receivables {

    /**
     * An invoice (or credit note, with a negative amount) as the ledger, the matching and the
     * reminders see it; {@code business}: its customer had an organisation number on it.
     */
    public record Item(long documentId, Document.Type type, long number, long customerId, long customerNumber,
                       String customerName, String kid, LocalDate date, LocalDate dueDate, String currency,
                       BigDecimal amount, BigDecimal open, boolean onHold, Long subscriptionId, boolean business) {
    }

    private static final String ITEM = """
            select id, type, number, customer_id, customer_number, customer_name, kid, document_date, due_date,
              currency, total_incl_vat, total_incl_vat - credited_amount - paid_amount as open_amount, on_hold,
              subscription_id, organization_number
            from document""";

    /** The order a payment pays a customer's invoices in. */
    private static final Comparator<Item> OLDEST_DUE_FIRST = Comparator.comparing(Item::dueDate,
            Comparator.nullsLast(Comparator.<LocalDate>naturalOrder())).thenComparing(Item::documentId);

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final AuditLog audit;

    Receivables(JdbcClient jdbc, JdbcTemplate batch, AuditLog audit) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.audit = audit;
    }

    /**
     * The invoices with these KIDs, locked for the rest of the transaction, per KID oldest due first
     * (a KID made of the customer number alone is on all their invoices).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Map<String, List<Item>> lockByKid(Collection<String> kids) {
        Map<String, List<Item>> found = new LinkedHashMap<>();
        InList.inSlices(kids.stream().distinct().sorted().toList(), slice -> jdbc.sql(ITEM
                + " where kid in (:kids) and type = 'INVOICE' order by id for update").param("kids", slice)
                .query((rs, row) -> item(rs)).list()
                .forEach(i -> found.computeIfAbsent(i.kid(), k -> new ArrayList<>()).add(i)));
        found.values().forEach(items -> items.sort(OLDEST_DUE_FIRST));
        return found;
    }

    /** The invoices with these numbers, locked for the rest of the transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Map<Long, Item> lockByNumber(Collection<Long> numbers) {
        Map<Long, Item> found = new LinkedHashMap<>();
        InList.inSlices(numbers.stream().distinct().sorted().toList(), slice -> jdbc.sql(ITEM
                + " where number in (:numbers) and type = 'INVOICE' order by id for update").param("numbers", slice)
                .query((rs, row) -> item(rs)).list().forEach(i -> found.put(i.number(), i)));
        return found;
    }

    /** The invoice, locked for the rest of the transaction; 404 when there is none, 409 for other documents. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Item lockInvoice(long documentId) {
        Item item = jdbc.sql(ITEM + " where id = ? for update").param(documentId).query((rs, row) -> item(rs))
                .optional().orElseThrow(() -> new NotFoundException("document", documentId));
        if (item.type() != Document.Type.INVOICE) {
            throw new ConflictException("error.payment-only-invoices");
        }
        return item;
    }

    /** These documents, locked for the rest of the transaction (in id order, so two writers cannot deadlock). */
    @Transactional(propagation = Propagation.MANDATORY)
    public Map<Long, Item> lock(Collection<Long> documentIds) {
        Map<Long, Item> found = new LinkedHashMap<>();
        InList.inSlices(documentIds.stream().distinct().sorted().toList(), slice -> jdbc.sql(ITEM
                + " where id in (:ids) order by id for update").param("ids", slice)
                .query((rs, row) -> item(rs)).list().forEach(i -> found.put(i.documentId(), i)));
        return found;
    }

    /** The customer's invoices with something open, oldest due first, locked for the rest of the transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<Item> lockOpen(long customerId) {
        List<Long> ids = jdbc.sql("select id from document where customer_id = ? and type = 'INVOICE'"
                + " and total_incl_vat - credited_amount - paid_amount > 0").param(customerId).query(Long.class).list();
        return lock(ids).values().stream().sorted(OLDEST_DUE_FIRST).toList();
    }

    /**
     * The customer's credit covers this much of each newly issued invoice: kept as its prepaid amount
     * (printed on it) and counted as paid.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void prepaid(Map<Long, BigDecimal> amounts) {
        List<Object[]> rows = amounts.entrySet().stream().filter(e -> e.getValue().signum() > 0)
                .map(e -> new Object[] {e.getValue(), e.getValue(), e.getKey()}).toList();
        if (!rows.isEmpty()) {
            batch.batchUpdate("update document set prepaid_amount = prepaid_amount + ?, paid_amount = paid_amount + ?"
                    + " where id = ?", rows, new int[] {java.sql.Types.NUMERIC, java.sql.Types.NUMERIC,
                        java.sql.Types.BIGINT});
        }
    }

    /** Payments covered this much more (or, negative, less) of each invoice; the invoices are locked. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void paid(Map<Long, BigDecimal> amounts) {
        List<Object[]> rows = amounts.entrySet().stream().filter(e -> e.getValue().signum() != 0)
                .map(e -> new Object[] {e.getValue(), e.getKey()}).toList();
        if (!rows.isEmpty()) {
            batch.batchUpdate("update document set paid_amount = paid_amount + ? where id = ?", rows,
                    new int[] {java.sql.Types.NUMERIC, java.sql.Types.BIGINT});
        }
    }

    /**
     * Open invoices of exactly this amount, for a person matching a payment by hand: those of a
     * customer named like the payer first, then the newest.
     */
    public List<Item> withOpenAmount(BigDecimal amount, String payerName, int limit) {
        String like = payerName == null || payerName.isBlank() ? "" : "%" + payerName.strip().toLowerCase()
                .replace("%", "\\%").replace("_", "\\_") + "%";
        return jdbc.sql(ITEM + " where type = 'INVOICE' and total_incl_vat - credited_amount - paid_amount = :amount"
                + " order by case when lower(customer_name) like :like then 0 else 1 end, due_date desc, id desc"
                + " fetch first " + limit + " rows only").param("amount", amount).param("like", like)
                .query((rs, row) -> item(rs)).list();
    }

    /** A customer's invoices and credit notes in date order: what the ledger starts from. */
    public List<Item> ofCustomer(long customerId) {
        return jdbc.sql(ITEM + " where customer_id = ? and type in ('INVOICE', 'CREDIT_NOTE')"
                + " order by document_date, id").param(customerId).query((rs, row) -> item(rs)).list();
    }

    /**
     * The next invoices after {@code afterId} with something open that fell due before the day, in id
     * order (of one customer, or all: null): a reminder run reads them a slice at a time. The type is
     * compared through upper() so that no planner walks the (type, number) index and sorts every
     * invoice for each slice instead of following the primary key (H2 did: a reminder run over
     * 100,000 invoices took 47 s instead of 9; it sees through "type || ''").
     */
    public List<Item> overdue(long afterId, LocalDate dueBefore, Long customerId, int limit) {
        return jdbc.sql(ITEM + " where upper(type) = 'INVOICE' and id > :after and due_date < :before"
                + " and total_incl_vat - credited_amount - paid_amount > 0"
                + (customerId == null ? "" : " and customer_id = :customer") + " order by id fetch first " + limit
                + " rows only").param("after", afterId).param("before", dueBefore).param("customer", customerId)
                .query((rs, row) -> item(rs)).list();
    }

    /** What customers owe: invoices with something open, and of them those past their due date on the day. */
    public record OpenTotals(long open, BigDecimal openAmount, long overdue, BigDecimal overdueAmount) {
    }

    /** The open and overdue invoices in one sum each (the start page); overpaid ones are not counted. */
    public OpenTotals totals(LocalDate today) {
        return jdbc.sql("""
                select count(*), coalesce(sum(total_incl_vat - credited_amount - paid_amount), 0),
                  coalesce(sum(case when due_date < :today then 1 else 0 end), 0),
                  coalesce(sum(case when due_date < :today then total_incl_vat - credited_amount - paid_amount
                    else 0 end), 0)
                from document where type = 'INVOICE' and total_incl_vat - credited_amount - paid_amount > 0""")
                .param("today", today)
                .query((rs, row) -> new OpenTotals(rs.getLong(1), rs.getBigDecimal(2).setScale(2),
                        rs.getLong(3), rs.getBigDecimal(4).setScale(2))).single();
    }

    /** The earliest due date of an open invoice that fell due before the day (of one customer, or all). */
    public Optional<LocalDate> earliestOverdue(LocalDate dueBefore, Long customerId) {
        return Optional.ofNullable(jdbc.sql("select min(due_date) from document where type = 'INVOICE'"
                + " and due_date < :before and total_incl_vat - credited_amount - paid_amount > 0"
                + (customerId == null ? "" : " and customer_id = :customer")).param("before", dueBefore)
                .param("customer", customerId).query(LocalDate.class).single());
    }

    /** Of these invoices, those with something open. */
    public java.util.Set<Long> open(Collection<Long> documentIds) {
        java.util.Set<Long> open = new java.util.HashSet<>();
        InList.inSlices(documentIds.stream().distinct().toList(), slice -> open.addAll(jdbc.sql(
                "select id from document where id in (:ids) and total_incl_vat - credited_amount - paid_amount > 0")
                .param("ids", slice).query(Long.class).list()));
        return open;
    }

    /** Every invoice with something open or overpaid, customer by customer: for the aged receivables. */
    public void eachOpen(Consumer<Item> each) {
        jdbc.sql(ITEM + " where type = 'INVOICE' and total_incl_vat - credited_amount - paid_amount <> 0"
                + " order by customer_id, due_date, id").query(rs -> {
                    each.accept(item(rs));
                });
    }

    /** The invoice with this number, if there is one. */
    public Optional<Item> invoice(long number) {
        return jdbc.sql(ITEM + " where type = 'INVOICE' and number = ?").param(number).query((rs, row) -> item(rs))
                .optional();
    }

    public Optional<Item> find(long documentId) {
        return jdbc.sql(ITEM + " where id = ?").param(documentId).query((rs, row) -> item(rs)).optional();
    }

    /** Puts an invoice on hold (disputed: no reminders, no fees) or takes it off; audited. */
    @Transactional
    public void hold(long documentId, boolean onHold) {
        Item item = lockInvoice(documentId);
        if (item.onHold() != onHold) {
            jdbc.sql("update document set on_hold = ? where id = ?").params(onHold, documentId).update();
            audit.updated("document", documentId, new Hold(item.onHold()), new Hold(onHold));
        }
    }

    private record Hold(boolean onHold) {
    }

    private static Item item(ResultSet rs) throws SQLException {
        BigDecimal amount = Rows.amount(rs, "total_incl_vat");
        Document.Type type = Document.Type.valueOf(rs.getString("type"));
        return new Item(rs.getLong("id"), type, rs.getLong("number"), rs.getLong("customer_id"),
                rs.getLong("customer_number"), rs.getString("customer_name"), rs.getString("kid"),
                Rows.date(rs, "document_date"), Rows.date(rs, "due_date"), rs.getString("currency"),
                type == Document.Type.CREDIT_NOTE ? amount.negate() : amount,
                type == Document.Type.INVOICE ? Rows.amount(rs, "open_amount") : BigDecimal.ZERO.setScale(2),
                rs.getBoolean("on_hold"), Rows.longOrNull(rs, "subscription_id"),
                rs.getString("organization_number") != null && !rs.getString("organization_number").isBlank());
    }
}
