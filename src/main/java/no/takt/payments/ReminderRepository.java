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
import java.util.Set;
import no.takt.documents.core.ReminderNotice;
import no.takt.payments.core.RateKind;
import no.takt.payments.core.Rates;
import no.takt.payments.core.ReminderRules;
import no.takt.platform.audit.Stamp;
import no.takt.platform.jdbc.Columns;
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

/** The rate, reminder, reminder_run and receivable_hold tables. */
@Repository
class ReminderRepository {

    /** A reminder to write: what it reminds of and charges, and its document. */
    record NewReminder(long invoiceId, long invoiceNumber, long customerId, Long subscriptionId, long documentId,
            long runId,
                       LocalDate date, ReminderRules.Step step, BigDecimal open, String currency, Stamp stamp) {
    }

    /** A dated rate as stored, with where its value comes from. */
    record Rate(long id, RateKind kind, LocalDate validFrom, BigDecimal value, String source) {
    }

    /** What is still open of a reminder's charges. */
    record OpenCharges(long reminderId, long invoiceId, long customerId, BigDecimal open) {
    }

    private static final Columns<NewReminder> REMINDER = Columns.<NewReminder>of("reminder")
            .add("invoice_id", Types.BIGINT, NewReminder::invoiceId)
            .add("invoice_number", Types.BIGINT, NewReminder::invoiceNumber)
            .add("customer_id", Types.BIGINT, NewReminder::customerId)
            .add("subscription_id", Types.BIGINT, NewReminder::subscriptionId)
            .add("document_id", Types.BIGINT, NewReminder::documentId)
            .add("run_id", Types.BIGINT, NewReminder::runId)
            .add("reminder_date", Types.DATE, NewReminder::date)
            .add("deadline", Types.DATE, r -> r.step().deadline())
            .add("level", Types.INTEGER, r -> r.step().level())
            .add("kind", Types.VARCHAR, r -> r.step().notice().name())
            .add("open_amount", Types.NUMERIC, NewReminder::open)
            .add("interest", Types.NUMERIC, r -> r.step().interest())
            .add("interest_from", Types.DATE, r -> r.step().interestFrom())
            .add("interest_to", Types.DATE, r -> r.step().interestTo())
            .add("fee", Types.NUMERIC, r -> r.step().fee())
            .add("compensation", Types.NUMERIC, r -> r.step().compensation())
            .add("currency", Types.VARCHAR, NewReminder::currency)
            .add("created_at", Types.TIMESTAMP_WITH_TIMEZONE, r -> r.stamp().at())
            .add("created_by", Types.VARCHAR, r -> r.stamp().by());

    private static final SortSpec SORTS = new SortSpec(Map.of("date", "reminder_date", "level", "level"), "-date");
    private static final String CHARGES = "fee + interest + compensation";

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    ReminderRepository(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    Rates rates() {
        Rates rates = new Rates();
        rateList().forEach(r -> rates.with(r.kind(), r.validFrom(), r.value()));
        return rates;
    }

    List<Rate> rateList() {
        return jdbc.sql("select * from rate order by kind, valid_from").query((rs, row) -> new Rate(rs.getLong("id"),
                RateKind.valueOf(rs.getString("kind")), Rows.date(rs, "valid_from"), rs.getBigDecimal("rate_value")
                        .stripTrailingZeros(), rs.getString("source"))).list();
    }

    @Transactional(propagation = Propagation.MANDATORY)
    long insertRate(RateKind kind, LocalDate validFrom, BigDecimal value, String source, Stamp stamp) {
        return Rows.insert(jdbc.sql("""
                insert into rate (kind, valid_from, rate_value, source, created_at, created_by)
                values (?, ?, ?, ?, ?, ?)""").params(kind.name(), validFrom, value, source, stamp.at(), stamp.by()));
    }

    @Transactional(propagation = Propagation.MANDATORY)
    int deleteRate(long id) {
        return jdbc.sql("delete from rate where id = ?").param(id).update();
    }

    /** The reminders sent for each of these invoices, oldest first. */
    Map<Long, List<ReminderRules.Sent>> sent(Collection<Long> invoiceIds) {
        Map<Long, List<ReminderRules.Sent>> sent = new HashMap<>();
        InList.inSlices(invoiceIds.stream().distinct().toList(), slice -> jdbc.sql("""
                select invoice_id, level, reminder_date, deadline, fee, compensation, interest_to from reminder
                where invoice_id in (:ids) order by invoice_id, level""").param("ids", slice).query(rs -> {
                    sent.computeIfAbsent(rs.getLong("invoice_id"), k -> new ArrayList<>()).add(new ReminderRules.Sent(
                            rs.getInt("level"), Rows.date(rs, "reminder_date"), Rows.date(rs, "deadline"),
                            rs.getBigDecimal("fee"), rs.getBigDecimal("compensation"), Rows.date(rs, "interest_to")));
                }));
        return sent;
    }

    /** Invoices whose reminder charged a compensation (for the Danish "once per running arrears"). */
    Map<Long, Long> compensatedInvoices(Collection<Long> customerIds) {
        Map<Long, Long> found = new HashMap<>();
        InList.inSlices(customerIds.stream().distinct().toList(), slice -> jdbc.sql("""
                select invoice_id, subscription_id from reminder where customer_id in (:ids) and compensation > 0""")
                .param("ids", slice).query(rs -> {
                    found.put(rs.getLong(1), rs.getLong(2));
                }));
        return found;
    }

    Set<Long> held(Collection<Long> customerIds) {
        Set<Long> held = new HashSet<>();
        InList.inSlices(customerIds.stream().distinct().toList(), slice -> held.addAll(jdbc.sql(
                "select customer_id from receivable_hold where customer_id in (:ids)").param("ids", slice)
                .query(Long.class).list()));
        return held;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void hold(long customerId, boolean onHold, Stamp stamp) {
        jdbc.sql("delete from receivable_hold where customer_id = ?").param(customerId).update();
        if (onHold) {
            jdbc.sql("insert into receivable_hold (customer_id, held_at, held_by) values (?, ?, ?)")
                    .params(customerId, stamp.at(), stamp.by()).update();
        }
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void insert(List<NewReminder> reminders) {
        REMINDER.insert(batch, reminders);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    long startRun(LocalDate date, Stamp stamp) {
        return Rows.insert(jdbc.sql("""
                insert into reminder_run (run_date, status, reminders_created, started_by, started_at)
                values (?, 'RUNNING', 0, ?, ?)""").params(date, stamp.by(), stamp.at()));
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void finishRun(long runId, int created, Stamp stamp) {
        jdbc.sql("update reminder_run set status = 'FINISHED', reminders_created = ?, finished_at = ? where id = ?")
                .params(created, stamp.at(), runId).update();
    }

    Page<Reminder> list(Long customerId, Long documentId, PageQuery query) {
        return PagedQuery.select("*", "reminder")
                .whereIf(customerId, "customer_id = :customer", "customer")
                .whereIf(documentId, "(invoice_id = :document or document_id = :document)", "document")
                .page(jdbc, query, SORTS, "id", (rs, row) -> reminder(rs));
    }

    java.util.Optional<Reminder> find(long id) {
        return jdbc.sql("select * from reminder where id = ?").param(id).query((rs, row) -> reminder(rs)).optional();
    }

    List<Reminder> ofRun(long runId, int limit) {
        return jdbc.sql("select * from reminder where run_id = ? order by id fetch first " + limit + " rows only")
                .param(runId).query((rs, row) -> reminder(rs)).list();
    }

    List<Reminder> ofCustomer(long customerId) {
        return jdbc.sql("select * from reminder where customer_id = ? order by reminder_date, id").param(customerId)
                .query((rs, row) -> reminder(rs)).list();
    }

    /** Every reminder of the days from one to another, in id order, a thousand at a time (years of them for SAF-T). */
    void eachBetween(LocalDate from, LocalDate to, java.util.function.Consumer<List<Reminder>> chunk) {
        PagedQuery.select("*", "reminder").where("reminder_date >= :from", "from", from)
                .where("reminder_date <= :to", "to", to)
                .chunks(jdbc, "id", 1000, (rs, row) -> reminder(rs), Reminder::id, chunk);
    }

    /** What is open of the charges of reminders of these invoices, oldest first. */
    Map<Long, List<OpenCharges>> openCharges(Collection<Long> invoiceIds) {
        Map<Long, List<OpenCharges>> open = new HashMap<>();
        InList.inSlices(invoiceIds.stream().distinct().toList(),
                slice -> jdbc.sql("select id, invoice_id, customer_id, "
                + CHARGES + " - charges_paid from reminder where invoice_id in (:ids) and " + CHARGES
                + " > charges_paid order by id").param("ids", slice).query(rs -> {
                    open.computeIfAbsent(rs.getLong(2), k -> new ArrayList<>()).add(new OpenCharges(rs.getLong(1),
                            rs.getLong(2), rs.getLong(3), rs.getBigDecimal(4)));
                }));
        return open;
    }

    /** What is open of a customer's reminders' charges, and of that what is past its deadline. */
    record Charges(BigDecimal open, BigDecimal overdue) {
    }

    Charges openChargesOf(long customerId, LocalDate today) {
        return jdbc.sql("select coalesce(sum(" + CHARGES + " - charges_paid), 0), coalesce(sum(case when deadline < ?"
                + " then " + CHARGES + " - charges_paid else 0 end), 0) from reminder where customer_id = ?")
                .params(today, customerId).query((rs, row) -> new Charges(rs.getBigDecimal(1), rs.getBigDecimal(2)))
                .single();
    }

    /** Payments covered this much more (negative: less) of each reminder's charges. */
    @Transactional(propagation = Propagation.MANDATORY)
    void chargesPaid(Map<Long, BigDecimal> amounts) {
        List<Object[]> rows = amounts.entrySet().stream().filter(e -> e.getValue().signum() != 0)
                .map(e -> new Object[] {e.getValue(), e.getKey()}).toList();
        if (!rows.isEmpty()) {
            batch.batchUpdate("update reminder set charges_paid = charges_paid + ? where id = ?", rows,
                    new int[] {Types.NUMERIC, Types.BIGINT});
        }
    }

    /** The reminders at this level whose deadline has passed before the day (candidates for collection). */
    List<Reminder> lastBefore(LocalDate day, int level) {
        return jdbc.sql("select * from reminder where level = ? and deadline < ? order by invoice_id").params(level,
                day)
                .query((rs, row) -> reminder(rs)).list();
    }

    private static Reminder reminder(ResultSet rs) throws SQLException {
        BigDecimal open = Rows.amount(rs, "open_amount");
        BigDecimal interest = Rows.amount(rs, "interest");
        BigDecimal fee = Rows.amount(rs, "fee");
        BigDecimal compensation = Rows.amount(rs, "compensation");
        return new Reminder(rs.getLong("id"), rs.getLong("customer_id"), Rows.date(rs, "reminder_date"),
                Rows.date(rs, "deadline"), rs.getInt("level"), ReminderNotice.valueOf(rs.getString("kind")),
                List.of(new Reminder.Item(rs.getLong("invoice_id"), rs.getLong("invoice_number"), open, interest)),
                        fee, interest, compensation,
                open.add(interest).add(fee).add(compensation), rs.getString("currency"), rs.getLong("document_id"));
    }
}
