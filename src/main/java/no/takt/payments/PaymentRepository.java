package no.takt.payments;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import no.takt.platform.audit.Stamp;
import no.takt.platform.jdbc.Columns;
import no.takt.platform.jdbc.IdBlocks;
import no.takt.platform.jdbc.InList;
import no.takt.platform.jdbc.PagedQuery;
import no.takt.platform.jdbc.Rows;
import no.takt.platform.jdbc.SortSpec;
import no.takt.platform.web.Page;
import no.takt.platform.web.PageQuery;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The payment, payment_allocation and refund tables. */
@Repository
class PaymentRepository {

    /** A payment to write, with its new id and file. */
    record NewPayment(long id, Payment.Status status, Payment.Source source, Payment.Received received,
                      BigDecimal unallocated, Payment.Origin origin, Stamp stamp) {
    }

    /** An allocation to write. */
    record NewAllocation(long id, long paymentId, long customerId, Long documentId, Long reminderId,
                         Payment.Allocation.Kind kind,
                         Payment.Allocation.MatchedBy matchedBy, BigDecimal amount, Stamp stamp) {
    }

    /** Filters of the payment list; null: any. */
    record Filter(Payment.Status status, Long customerId, Long documentId, LocalDate from, LocalDate to, Long fileId) {
    }

    private static final Columns<NewPayment> PAYMENT = Columns.<NewPayment>of("payment")
            .add("id", Types.BIGINT, NewPayment::id)
            .add("source", Types.VARCHAR, p -> p.source().name())
            .add("file_id", Types.BIGINT, p -> p.origin().fileId())
            .add("bank_reference", Types.VARCHAR, p -> p.origin().bankReference())
            .add("payment_date", Types.DATE, p -> p.received().date())
            .add("amount", Types.NUMERIC, p -> p.received().amount())
            .add("currency", Types.VARCHAR, p -> p.received().currency())
            .add("reference", Types.VARCHAR, p -> p.received().reference())
            .add("free_text", Types.VARCHAR, p -> p.received().freeText())
            .add("payer_name", Types.VARCHAR, p -> p.received().payerName())
            .add("payer_account", Types.VARCHAR, p -> p.received().payerAccount())
            .add("status", Types.VARCHAR, p -> p.status().name())
            .add("unallocated", Types.NUMERIC, NewPayment::unallocated)
            .add("reverses_payment_id", Types.BIGINT, p -> p.origin().reversesPaymentId())
            .add("created_at", Types.TIMESTAMP_WITH_TIMEZONE, p -> p.stamp().at())
            .add("created_by", Types.VARCHAR, p -> p.stamp().by());

    private static final Columns<NewAllocation> ALLOCATION = Columns.<NewAllocation>of("payment_allocation")
            .add("id", Types.BIGINT, NewAllocation::id)
            .add("payment_id", Types.BIGINT, NewAllocation::paymentId)
            .add("customer_id", Types.BIGINT, NewAllocation::customerId)
            .add("document_id", Types.BIGINT, NewAllocation::documentId)
            .add("reminder_id", Types.BIGINT, NewAllocation::reminderId)
            .add("kind", Types.VARCHAR, a -> a.kind().name())
            .add("matched_by", Types.VARCHAR, a -> a.matchedBy().name())
            .add("amount", Types.NUMERIC, NewAllocation::amount)
            .add("created_at", Types.TIMESTAMP_WITH_TIMEZONE, a -> a.stamp().at())
            .add("created_by", Types.VARCHAR, a -> a.stamp().by());

    private static final SortSpec SORTS = new SortSpec(Map.of("date", "payment_date", "amount", "amount",
            "payerName", "lower(payer_name)", "status", "status"), "-date");

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final IdBlocks ids;

    PaymentRepository(JdbcClient jdbc, JdbcTemplate batch, IdBlocks ids) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.ids = ids;
    }

    long[] paymentIds(int count) {
        return ids.take("payment-id", count);
    }

    long[] allocationIds(int count) {
        return ids.take("allocation-id", count);
    }

    /** Writes them in slices, so a file of a hundred thousand payments never has all its rows' values at once. */
    @Transactional(propagation = Propagation.MANDATORY)
    void insert(List<NewPayment> payments, List<NewAllocation> allocations) {
        for (int i = 0; i < payments.size(); i += SLICE) {
            PAYMENT.insert(batch, payments.subList(i, Math.min(payments.size(), i + SLICE)));
        }
        for (int i = 0; i < allocations.size(); i += SLICE) {
            ALLOCATION.insert(batch, allocations.subList(i, Math.min(allocations.size(), i + SLICE)));
        }
    }

    private static final int SLICE = 5000;

    /** The bank references of these that were applied before. */
    Set<String> known(Collection<String> bankReferences) {
        Set<String> known = new HashSet<>();
        InList.inSlices(bankReferences.stream().distinct().toList(), slice -> known.addAll(jdbc.sql(
                "select bank_reference from payment where bank_reference in (:refs)").param("refs", slice)
                .query(String.class).list()));
        return known;
    }

    /**
     * Payments that a reversal may take back: not reversed, with this reference and amount, newest
     * first, per "reference:amount".
     */
    Map<String, List<Long>> reversible(Collection<String> keys) {
        Map<String, List<Long>> found = new HashMap<>();
        Set<String> references = new HashSet<>();
        keys.forEach(k -> references.add(k.substring(0, k.lastIndexOf(':'))));
        InList.inSlices(references.stream().toList(), slice -> jdbc.sql("""
                select id, reference, amount from payment where reference in (:refs) and status <> 'REVERSED'
                  and amount > 0 order by id desc""").param("refs", slice).query(rs -> {
                    String key = rs.getString(2) + ":" + rs.getBigDecimal(3).stripTrailingZeros().toPlainString();
                    if (keys.contains(key)) {
                        found.computeIfAbsent(key, k -> new ArrayList<>()).add(rs.getLong(1));
                    }
                }));
        return found;
    }

    /** Locks the payment for the rest of the transaction and answers it. */
    @Transactional(propagation = Propagation.MANDATORY)
    Optional<Payment> lock(long id) {
        Optional<Long> locked = jdbc.sql("select id from payment where id = ? for update").param(id)
                .query(Long.class).optional();
        return locked.flatMap(this::find);
    }

    Optional<Payment> find(long id) {
        return jdbc.sql("select * from payment where id = ?").param(id).query((rs, row) -> payment(rs)).optional()
                .map(p -> withAllocations(List.of(p)).getFirst());
    }

    private static PagedQuery filtered(Filter f, String q) {
        return PagedQuery.select("*", "payment")
                .whereIf(f.status() == null ? null : f.status().name(), "status = :status", "status")
                .whereIf(f.customerId(),
                        "id in (select payment_id from payment_allocation where customer_id = :customer"
                        + " and undone_at is null)", "customer")
                .whereIf(f.documentId(),
                        "id in (select payment_id from payment_allocation where document_id = :document"
                        + " and undone_at is null)", "document")
                .whereIf(f.fileId(), "file_id = :file", "file")
                .whereIf(f.from(), "payment_date >= :from", "from")
                .whereIf(f.to(), "payment_date <= :to", "to")
                .search(q, "payer_name", "reference", "free_text", "cast(amount as varchar(30))");
    }

    Page<Payment> list(Filter f, PageQuery query) {
        Page<Payment> page = filtered(f, query.q()).page(jdbc, query, SORTS, "id", (rs, row) -> payment(rs));
        List<Payment> items = withAllocations(page.items());
        Map<Long, Payment> byId = new HashMap<>();
        items.forEach(p -> byId.put(p.id(), p));
        return page.map(p -> byId.get(p.id()));
    }

    /**
     * Every payment of the list — the filter, the search and the list's order — with its allocations, as the
     * rows stream in (their allocations read for 500 at a time): for a file of all of them, without offsets.
     */
    void each(Filter f, PageQuery query, java.util.function.Consumer<Payment> each) {
        List<Payment> read = new java.util.ArrayList<>();
        filtered(f, query.q()).each(batch, query, SORTS, "id", (rs, row) -> payment(rs), p -> {
            read.add(p);
            if (read.size() == 500) {
                withAllocations(read).forEach(each);
                read.clear();
            }
        });
        withAllocations(read).forEach(each);
    }

    /** Every payment the filter selects with its allocations, in id order, 500 at a time after the last id read. */
    void each(Filter f, java.util.function.Consumer<Payment> each) {
        filtered(f, null).chunks(jdbc, "id", 500, (rs, row) -> payment(rs), Payment::id,
                chunk -> withAllocations(chunk).forEach(each));
    }

    /** Sets the payments' status and what is left to place (ids with their new values). */
    @Transactional(propagation = Propagation.MANDATORY)
    void updateStatus(Map<Long, BigDecimal> unallocated, Map<Long, Payment.Status> status) {
        List<Object[]> rows = unallocated.entrySet().stream()
                .map(e -> new Object[] {status.get(e.getKey()).name(), e.getValue(), e.getKey()}).toList();
        if (!rows.isEmpty()) {
            batch.batchUpdate("update payment set status = ?, unallocated = ? where id = ?", rows,
                    new int[] {Types.VARCHAR, Types.NUMERIC, Types.BIGINT});
        }
    }

    /** Marks the allocations undone (they stay, with when and by whom). */
    @Transactional(propagation = Propagation.MANDATORY)
    void undo(Collection<Long> allocationIds, Stamp stamp) {
        List<Object[]> rows = allocationIds.stream().map(id -> new Object[] {stamp.at(), stamp.by(), id}).toList();
        if (!rows.isEmpty()) {
            batch.batchUpdate("update payment_allocation set undone_at = ?, undone_by = ? where id = ?"
                    + " and undone_at is null", rows, new int[] {Types.TIMESTAMP_WITH_TIMEZONE, Types.VARCHAR,
                        Types.BIGINT});
        }
    }

    /** The active allocations of these payments. */
    List<Payment.Allocation> activeAllocations(Collection<Long> paymentIds) {
        List<Payment.Allocation> found = new ArrayList<>();
        InList.inSlices(paymentIds.stream().distinct().toList(), slice -> found.addAll(jdbc.sql(
                "select * from payment_allocation where payment_id in (:ids) and undone_at is null order by id")
                .param("ids", slice).query((rs, row) -> allocation(rs)).list()));
        return found;
    }

    /** What each payment has placed on the invoice and still stands (newest payment first), per payment. */
    List<Payment.Allocation> paidOn(long documentId) {
        return jdbc.sql("""
                select payment_id, sum(amount) as placed from payment_allocation
                where document_id = ? and kind = 'INVOICE' and undone_at is null
                group by payment_id having sum(amount) > 0 order by payment_id desc""").param(documentId)
                .query((rs, row) -> new Payment.Allocation(0, rs.getLong("payment_id"), 0, documentId, null,
                        Payment.Allocation.Kind.INVOICE, Payment.Allocation.MatchedBy.MANUAL,
                        Rows.amount(rs, "placed"), null, null, null, null)).list();
    }

    /** Payments placed on this customer: per payment, its date and the amount placed (invoices and credit). */
    List<PlacedOnCustomer> placedOn(long customerId) {
        return jdbc.sql("""
                select p.id, p.payment_date, sum(a.amount) as placed from payment_allocation a
                join payment p on p.id = a.payment_id
                where a.customer_id = ? and a.undone_at is null group by p.id, p.payment_date
                order by p.payment_date, p.id""").param(customerId)
                .query((rs, row) -> new PlacedOnCustomer(rs.getLong("id"), Rows.date(rs, "payment_date"),
                        Rows.amount(rs, "placed")))
                .list();
    }

    record PlacedOnCustomer(long paymentId, LocalDate date, BigDecimal amount) {
    }

    /**
     * What each payment has left on a customer as credit, oldest payment first, per customer — less
     * what was refunded (taken from the oldest first): the credit a new invoice can use. One query per
     * thousand customers; a customer without credit is not in the answer.
     */
    Map<Long, List<Credit>> credits(Collection<Long> customerIds) {
        Map<Long, List<Credit>> credits = new HashMap<>();
        Map<Long, BigDecimal> refunded = new HashMap<>();
        InList.inSlices(customerIds.stream().distinct().toList(), slice -> {
            jdbc.sql("""
                    select a.customer_id, a.payment_id, p.currency, sum(a.amount) as credit
                    from payment_allocation a join payment p on p.id = a.payment_id
                    where a.customer_id in (:ids) and a.kind = 'CREDIT' and a.undone_at is null
                    group by a.customer_id, a.payment_id, p.currency having sum(a.amount) > 0
                    order by a.customer_id, a.payment_id""").param("ids", slice).query(rs -> {
                        credits.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new Credit(rs.getLong(2),
                                rs.getString(3), rs.getBigDecimal(4)));
                    });
            jdbc.sql("select customer_id, sum(amount) from refund where customer_id in (:ids) group by customer_id")
                    .param("ids", slice).query(rs -> {
                        refunded.put(rs.getLong(1), rs.getBigDecimal(2));
                    });
        });
        refunded.forEach((customer, amount) -> {
            BigDecimal left = amount;
            for (Credit c : credits.getOrDefault(customer, List.of())) {
                BigDecimal take = left.min(c.left());
                c.take(take);
                left = left.subtract(take);
            }
        });
        return credits;
    }

    /**
     * The same, with the payments that carry the credit locked for the rest of the transaction (in id
     * order), so two transactions cannot use or refund the same credit twice.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    Map<Long, List<Credit>> lockedCredits(Collection<Long> customerIds) {
        List<Long> carrying = credits(customerIds).values().stream().flatMap(List::stream).map(Credit::paymentId)
                .distinct().sorted().toList();
        if (carrying.isEmpty()) {
            return Map.of();
        }
        InList.inSlices(carrying, slice -> jdbc.sql("select id from payment where id in (:ids) order by id for update")
                .param("ids", slice).query(Long.class).list());
        return credits(customerIds);
    }

    /** A payment's credit on a customer, as it is used up. */
    static final class Credit {
        private final long paymentId;
        private final String currency;
        private BigDecimal left;

        Credit(long paymentId, String currency, BigDecimal left) {
            this.paymentId = paymentId;
            this.currency = currency;
            this.left = left;
        }

        long paymentId() {
            return paymentId;
        }

        String currency() {
            return currency;
        }

        BigDecimal left() {
            return left;
        }

        void take(BigDecimal amount) {
            left = left.subtract(amount);
        }
    }

    /** The customer's credit: payments booked as credit less what was refunded. */
    BigDecimal credit(long customerId) {
        return jdbc.sql("""
                select coalesce((select sum(amount) from payment_allocation where customer_id = :c and kind = 'CREDIT'
                  and undone_at is null), 0) - coalesce((select sum(amount) from refund where customer_id = :c), 0)""")
                .param("c", customerId).query(BigDecimal.class).single();
    }

    @Transactional(propagation = Propagation.MANDATORY)
    long insertRefund(long customerId, LocalDate date, BigDecimal amount, String currency, String toAccount,
            String note, Stamp stamp) {
        return Rows.insert(jdbc.sql("""
                insert into refund (customer_id, refund_date, amount, currency, to_account, note, created_at,
                        created_by)
                values (?, ?, ?, ?, ?, ?, ?, ?)""").params(customerId, date, amount, currency, toAccount, note,
                stamp.at(), stamp.by()));
    }

    @Transactional(propagation = Propagation.MANDATORY)
    long insertWriteOff(long customerId, long documentId, LocalDate date, BigDecimal amount, String note,
            Stamp stamp) {
        return Rows.insert(jdbc.sql("""
                insert into write_off (customer_id, document_id, write_off_date, amount, note, created_at, created_by)
                values (?, ?, ?, ?, ?, ?, ?)""").params(customerId, documentId, date, amount, note, stamp.at(),
                stamp.by()));
    }

    record WriteOff(long id, long customerId, long documentId, LocalDate date, BigDecimal amount, String note) {
    }

    List<WriteOff> writeOffs(long customerId) {
        return jdbc.sql("select * from write_off where customer_id = ? order by write_off_date, id").param(customerId)
                .query(PaymentRepository::writeOff).list();
    }

    /** Every write-off of the days from one to another, in id order, a thousand at a time. */
    void eachWriteOffBetween(LocalDate from, LocalDate to, java.util.function.Consumer<List<WriteOff>> chunk) {
        PagedQuery.select("*", "write_off").where("write_off_date >= :from", "from", from)
                .where("write_off_date <= :to", "to", to)
                .chunks(jdbc, "id", 1000, PaymentRepository::writeOff, WriteOff::id, chunk);
    }

    private static WriteOff writeOff(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new WriteOff(rs.getLong("id"), rs.getLong("customer_id"), rs.getLong("document_id"),
                Rows.date(rs, "write_off_date"), Rows.amount(rs, "amount"), rs.getString("note"));
    }

    record Refund(long id, long customerId, LocalDate date, BigDecimal amount, String currency, String toAccount,
                  String note) {
    }

    List<Refund> refunds(Long customerId) {
        return jdbc.sql("select * from refund" + (customerId == null ? "" : " where customer_id = :c")
                + " order by refund_date, id").paramSource(customerId == null ? Map.of() : Map.of("c", customerId))
                .query(PaymentRepository::refund).list();
    }

    /** Every refund of the days from one to another, in id order, a thousand at a time. */
    void eachRefundBetween(LocalDate from, LocalDate to, java.util.function.Consumer<List<Refund>> chunk) {
        PagedQuery.select("*", "refund").where("refund_date >= :from", "from", from)
                .where("refund_date <= :to", "to", to)
                .chunks(jdbc, "id", 1000, PaymentRepository::refund, Refund::id, chunk);
    }

    private static Refund refund(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Refund(rs.getLong("id"), rs.getLong("customer_id"), Rows.date(rs, "refund_date"),
                Rows.amount(rs, "amount"), rs.getString("currency"), rs.getString("to_account"), rs.getString("note"));
    }

    private List<Payment> withAllocations(List<Payment> payments) {
        Map<Long, List<Payment.Allocation>> all = new HashMap<>();
        InList.inSlices(payments.stream().map(Payment::id).toList(), slice -> jdbc.sql(
                "select * from payment_allocation where payment_id in (:ids) order by id").param("ids", slice)
                .query((rs, row) -> allocation(rs)).list()
                .forEach(a -> all.computeIfAbsent(a.paymentId(), k -> new ArrayList<>()).add(a)));
        return payments.stream().map(p -> {
            List<Payment.Allocation> of = all.getOrDefault(p.id(), List.of());
            return new Payment(p.id(), p.status(), p.source(), p.received(), p.unallocated(),
                    of.stream().filter(Payment.Allocation::active).toList(),
                    of.stream().filter(a -> !a.active()).toList(), p.origin(), p.created());
        }).toList();
    }

    private static Payment.Allocation allocation(ResultSet rs) throws SQLException {
        return new Payment.Allocation(rs.getLong("id"), rs.getLong("payment_id"), rs.getLong("customer_id"),
                Rows.longOrNull(rs, "document_id"), Rows.longOrNull(rs, "reminder_id"),
                Payment.Allocation.Kind.valueOf(rs.getString("kind")),
                Payment.Allocation.MatchedBy.valueOf(rs.getString("matched_by")), Rows.amount(rs, "amount"),
                Rows.time(rs, "created_at"), rs.getString("created_by"), Rows.time(rs, "undone_at"),
                rs.getString("undone_by"));
    }

    private static Payment payment(ResultSet rs) throws SQLException {
        return new Payment(rs.getLong("id"), Payment.Status.valueOf(rs.getString("status")),
                Payment.Source.valueOf(rs.getString("source")),
                new Payment.Received(Rows.date(rs, "payment_date"), Rows.amount(rs, "amount"), rs.getString("currency"),
                        rs.getString("reference"), rs.getString("free_text"), rs.getString("payer_name"),
                        rs.getString("payer_account")),
                Rows.amount(rs, "unallocated"), List.of(), List.of(),
                new Payment.Origin(Rows.longOrNull(rs, "file_id"), rs.getString("bank_reference"),
                        Rows.longOrNull(rs, "reverses_payment_id")),
                new Payment.Created(Rows.time(rs, "created_at"), rs.getString("created_by")));
    }
}
