package no.takt.subscriptions;

import no.takt.documents.OrderStatistics;
import no.takt.documents.core.Layout;
import no.takt.documents.core.Kid;
import no.takt.documents.core.AddressRules;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import no.takt.money.CashRounding;
import no.takt.platform.audit.Stamp;
import no.takt.platform.jdbc.PagedQuery;
import no.takt.platform.jdbc.Rows;
import no.takt.platform.jdbc.SortSpec;
import no.takt.platform.jdbc.Tables;
import no.takt.platform.web.Page;
import no.takt.platform.web.PageQuery;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL of the subscription table; the rules are in {@link SubscriptionService}. */
@Repository
class SubscriptionRepository {

    /** The row and what the list shows beside it: the standard order sum and the subscriber counts. */
    private static final String SELECT = """
            s.*, f.name as frequency_name, s.standard_sum_excl_vat as sum_excl_vat,
              (select count(*) from subscriber b where b.subscription_id = s.id) as subscriber_count,
              (select count(*) from subscriber b where b.subscription_id = s.id and b.active = true)
                as active_subscriber_count""";
    private static final String FROM = "subscription s left join frequency f on f.id = s.frequency_id";
    static final SortSpec SORTS = new SortSpec(Map.ofEntries(Map.entry("id", "s.id"),
            Map.entry("subject", "lower(s.subject)"), Map.entry("recurrence", "lower(f.name)"),
            Map.entry("nextDate", "s.next_date"), Map.entry("end", "s.end_date"), Map.entry("sumExclVat", "sum_excl_vat"),
            Map.entry("subscriberCount", "subscriber_count"), Map.entry("activeSubscriberCount", "active_subscriber_count"),
            Map.entry("ordersProduced", "s.orders_produced"), Map.entry("firstOrderDate", "s.first_order_date"),
            Map.entry("lastOrderDate", "s.last_order_date")), "-id");

    private final JdbcClient jdbc;
    private final org.springframework.jdbc.core.JdbcTemplate batch;

    SubscriptionRepository(JdbcClient jdbc, org.springframework.jdbc.core.JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /** The status filter in SQL, the same rule as {@link #status}. */
    private static String statusCondition(Subscription.Status status) {
        return switch (status) {
            case TEMPLATE -> "s.template = true";
            case ENDED -> "s.template = false and s.frequency_id is not null and s.next_date is null";
            case ACTIVE -> "s.template = false and s.active = true and s.next_date is not null";
            case INACTIVE -> "s.template = false and s.active = false and (s.next_date is not null"
                    + " or s.frequency_id is null)";
        };
    }

    Page<Subscription> list(PageQuery query, Subscription.Status status, Function<Long, String> summary) {
        PagedQuery q = PagedQuery.select(SELECT, FROM);
        if (status != null) {
            q.where(statusCondition(status));
        }
        return q.search(query.q(), "s.subject", "cast(s.id as varchar(20))", "s.project_name", "s.campaign")
                .page(jdbc, query, SORTS, "s.id", RECURRENCE_LATER).map(s -> withRecurrence(s, summary));
    }

    Optional<Subscription> find(long id, Function<Long, String> summary) {
        return jdbc.sql("select " + SELECT + " from " + FROM + " where s.id = ?").param(id)
                .query(RECURRENCE_LATER).optional().map(s -> withRecurrence(s, summary));
    }

    /**
     * Rows are mapped without their frequency's summary, which is looked up once the result is read:
     * a lookup inside the row mapper took a second connection while the first was still held, and
     * sixteen billing threads reading their subscriptions at once exhausted the pool (issue 14).
     */
    private static final org.springframework.jdbc.core.RowMapper<Subscription> RECURRENCE_LATER =
            (rs, row) -> map(rs, frequency -> null);

    private static Subscription withRecurrence(Subscription s, Function<Long, String> summary) {
        Long frequencyId = s.settings().basis().frequencyId();
        return frequencyId == null ? s : new Subscription(s.id(), s.settings(), s.active(), s.status(), s.nextDate(),
                summary.apply(frequencyId), s.sumExclVat(), s.subscriberCount(), s.activeSubscriberCount(),
                s.orders(), s.stamps());
    }

    /** Subscriptions a billing run considers: started, not templates, with an active frequency. */
    java.util.List<Long> billableIds() {
        return jdbc.sql("""
                select s.id from subscription s join frequency f on f.id = s.frequency_id
                where s.active = true and s.template = false and f.active = true order by s.id""")
                .query(Long.class).list();
    }

    long insert(SubscriptionInput s, LocalDate nextDate, Stamp stamp) {
        return Rows.insert(bind(jdbc.sql("""
                insert into subscription (subject, template, active, frequency_id, next_date, our_reference_id,
                        seller_id,
                  project_id, project_code, project_name, reseller, reseller_code, campaign, campaign_code,
                  bank_account_id, line_detail, reference_text, vat_mode, cash_rounding, language, font, currency,
                  attach_sales_conditions, payment_terms_id, freight_terms_id, order_text, processing_step,
                  invoice_address_format, delivery_address_format, domestic_giro_format, foreign_giro_format,
                  proration_mode, credit_days, delivery_date_days, minimum_invoice_days, discount_expiry_type,
                  discount_expiry_date, discount_expiry_runs, append_period_to_subject, append_period_to_order_text,
                  update_stock, same_customer_more_than_once, send_by_email, email_subject, email_text, sender_email,
                  sender_name, cc, bcc, use_kid, kid_format, kid_algorithm, payment_info_format, end_type, end_date,
                  end_runs, usage_grace_days, late_usage, internal_note, version, created_at, created_by, modified_at, modified_by)
                values (:subject, :template, false, :frequencyId, :nextDate, :ourReferenceId, :sellerId, :projectId,
                  :projectCode, :projectName, :reseller, :resellerCode, :campaign, :campaignCode, :bankAccountId,
                  :lineDetail, :referenceText, :vatMode, :cashRounding, :language, :font, :currency,
                  :attachSalesConditions, :paymentTermsId, :freightTermsId, :orderText, :processingStep,
                  :invoiceAddressFormat, :deliveryAddressFormat, :domesticGiroFormat, :foreignGiroFormat,
                  :prorationMode, :creditDays, :deliveryDateDays, :minimumInvoiceDays, :discountExpiryType,
                  :discountExpiryDate, :discountExpiryRuns, :appendPeriodToSubject, :appendPeriodToOrderText,
                  :updateStock, :sameCustomerMoreThanOnce, :sendByEmail, :emailSubject, :emailText, :senderEmail,
                  :senderName, :cc, :bcc, :useKid, :kidFormat, :kidAlgorithm, :paymentInfoFormat, :endType,
                  :endDate, :endRuns, :usageGraceDays, :lateUsage, :internalNote, 0, :at, :by, :at, :by)"""), s, nextDate, stamp));
    }

    void update(long id, SubscriptionInput s, LocalDate nextDate, Stamp stamp, int currentVersion) {
        Tables.updateVersioned(bind(jdbc.sql("""
                update subscription set subject = :subject, template = :template, frequency_id = :frequencyId,
                  next_date = :nextDate, our_reference_id = :ourReferenceId, seller_id = :sellerId,
                  project_id = :projectId, project_code = :projectCode, project_name = :projectName,
                  reseller = :reseller, reseller_code = :resellerCode, campaign = :campaign,
                  campaign_code = :campaignCode, bank_account_id = :bankAccountId, line_detail = :lineDetail,
                  reference_text = :referenceText, vat_mode = :vatMode, cash_rounding = :cashRounding,
                  language = :language, font = :font, currency = :currency,
                  attach_sales_conditions = :attachSalesConditions, payment_terms_id = :paymentTermsId,
                  freight_terms_id = :freightTermsId, order_text = :orderText, processing_step = :processingStep,
                  invoice_address_format = :invoiceAddressFormat, delivery_address_format = :deliveryAddressFormat,
                  domestic_giro_format = :domesticGiroFormat, foreign_giro_format = :foreignGiroFormat,
                  proration_mode = :prorationMode, credit_days = :creditDays, delivery_date_days = :deliveryDateDays,
                  minimum_invoice_days = :minimumInvoiceDays, discount_expiry_type = :discountExpiryType,
                  discount_expiry_date = :discountExpiryDate, discount_expiry_runs = :discountExpiryRuns,
                  append_period_to_subject = :appendPeriodToSubject,
                  append_period_to_order_text = :appendPeriodToOrderText, update_stock = :updateStock,
                  same_customer_more_than_once = :sameCustomerMoreThanOnce, send_by_email = :sendByEmail,
                  email_subject = :emailSubject, email_text = :emailText, sender_email = :senderEmail,
                  sender_name = :senderName, cc = :cc, bcc = :bcc, use_kid = :useKid, kid_format = :kidFormat,
                  kid_algorithm = :kidAlgorithm, payment_info_format = :paymentInfoFormat, end_type = :endType,
                  end_date = :endDate, end_runs = :endRuns, usage_grace_days = :usageGraceDays, late_usage = :lateUsage,
                  internal_note = :internalNote, version = version + 1,
                  modified_at = :at, modified_by = :by
                where id = :id and version = :version"""), s, nextDate, stamp), id, s.version(), currentVersion);
    }

    /** Starts or deactivates, bumping the version so a concurrent edit notices. */
    void setActive(long id, boolean active, Stamp stamp) {
        jdbc.sql("update subscription set active = ?, version = version + 1, modified_at = ?, modified_by = ?"
                + " where id = ?").params(active, stamp.at(), stamp.by(), id).update();
    }

    /** The standard order sum, as the lines' pricing works it out (kept here for the list to sort by). */
    void setStandardSum(long id, BigDecimal sumExclVat) {
        jdbc.sql("update subscription set standard_sum_excl_vat = ? where id = ?").params(sumExclVat, id).update();
    }

    void setNextDate(long id, LocalDate nextDate) {
        jdbc.sql("update subscription set next_date = ? where id = ?").params(nextDate, id).update();
    }

    void setLastRunDate(java.util.Collection<Long> ids, LocalDate date) {
        // in id order, so that two runs finishing at once lock the rows in the same order
        no.takt.platform.jdbc.InList.inSlices(ids.stream().sorted().distinct().toList(), slice -> jdbc.sql("""
                update subscription set last_run_date = :date
                where id in (:ids) and (last_run_date is null or last_run_date < :date)""")
                .param("date", date).param("ids", slice).update());
    }

    /**
     * Adds a run's orders to its subscriptions' counts, once: the run's id is recorded in the same
     * transaction, and a run already recorded changes nothing (false). First and last are the lowest
     * and highest document ids seen, whichever order runs end in.
     */
    boolean countOrders(long runId, Map<Long, OrderStatistics.Stats> stats) {
        if (jdbc.sql("insert into subscription_orders_counted (run_id) select ? where not exists"
                + " (select 1 from subscription_orders_counted where run_id = ?)").params(runId, runId).update() == 0) {
            return false;
        }
        java.util.List<Object[]> rows = new java.util.TreeMap<>(stats).entrySet().stream().map(e -> {
            OrderStatistics.Stats st = e.getValue();
            OrderStatistics.End first = st.first();
            OrderStatistics.End last = st.last();
            return new Object[] {st.count(), first.documentId(), first.date(), first.documentId(), first.number(),
                    first.documentId(), first.documentId(), last.documentId(), last.date(), last.documentId(),
                    last.number(), last.documentId(), last.documentId(), e.getKey()};
        }).toList();
        batch.batchUpdate("""
                update subscription set orders_produced = orders_produced + ?,
                  first_order_date = case when first_order_id is null or first_order_id > ? then ? else first_order_date end,
                  first_order_number = case when first_order_id is null or first_order_id > ? then ? else first_order_number end,
                  first_order_id = case when first_order_id is null or first_order_id > ? then ? else first_order_id end,
                  last_order_date = case when last_order_id is null or last_order_id < ? then ? else last_order_date end,
                  last_order_number = case when last_order_id is null or last_order_id < ? then ? else last_order_number end,
                  last_order_id = case when last_order_id is null or last_order_id < ? then ? else last_order_id end
                where id = ?""", rows);
        return true;
    }

    /** What a subscription's next date is made of: its frequency, its own end date (if it ends by date), its last run. */
    record Dated(long id, long frequencyId, LocalDate endDate, LocalDate lastRunDate) {
    }

    java.util.List<Dated> dated(java.util.Collection<Long> ids) {
        java.util.List<Dated> found = new java.util.ArrayList<>();
        no.takt.platform.jdbc.InList.inSlices(java.util.List.copyOf(ids), slice -> found.addAll(jdbc.sql("""
                select id, frequency_id, case when end_type = 'DATE' then end_date end as end_date, last_run_date
                from subscription where id in (:ids) and frequency_id is not null""").param("ids", slice)
                .query((rs, row) -> new Dated(rs.getLong(1), rs.getLong(2), Rows.date(rs, "end_date"),
                        Rows.date(rs, "last_run_date"))).list()));
        return found;
    }

    void setNextDates(Map<Long, LocalDate> nextDates) {
        batch.batchUpdate("update subscription set next_date = ? where id = ?", new java.util.TreeMap<>(nextDates)
                .entrySet().stream().map(e -> new Object[] {e.getValue(), e.getKey()}).toList(), new int[] {java.sql.Types.DATE,
                java.sql.Types.BIGINT});
    }

    Optional<LocalDate> nextRunDate() {
        // min() over no rows is one row with null, which single() refuses: an installation without
        // active subscriptions has no next run (its start page said so with an error)
        return jdbc.sql("select min(next_date) as next_run from subscription where template = false and active = true")
                .query((rs, row) -> Rows.date(rs, "next_run")).list().stream().filter(java.util.Objects::nonNull)
                .findFirst();
    }

    LocalDate lastRunDate(long id) {
        return jdbc.sql("select last_run_date from subscription where id = ?").param(id).query(LocalDate.class)
                .optional().orElse(null);
    }

    /** Subscriptions whose stored next date has passed (or whose frequency changed): id → frequency id. */
    Map<Long, Long> needingNextDate(LocalDate today, Long frequencyId) {
        Map<Long, Long> ids = new java.util.HashMap<>();
        jdbc.sql(frequencyId != null ? "select id, frequency_id from subscription where frequency_id = :f"
                        : "select id, frequency_id from subscription where next_date < :today")
                .param("f", frequencyId).param("today", today)
                .query(rs -> {
                    ids.put(rs.getLong(1), rs.getLong(2));
                });
        return ids;
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, SubscriptionInput s, LocalDate next,
            Stamp stamp) {
        return spec.param("subject", s.basis().subject()).param("template", s.basis().template()).param("frequencyId",
                s.basis().frequencyId())
                .param("nextDate", next).param("ourReferenceId", s.basis().ourReferenceId()).param("sellerId",
                        s.basis().sellerId())
                .param("projectId", s.sales().projectId()).param("projectCode", s.sales().projectCode())
                .param("projectName", s.sales().projectName()).param("reseller", s.sales().reseller())
                .param("resellerCode", s.sales().resellerCode()).param("campaign", s.sales().campaign())
                .param("campaignCode", s.sales().campaignCode()).param("bankAccountId", s.terms().bankAccountId())
                .param("lineDetail", s.print().lineDetail().name()).param("referenceText", s.basis().referenceText())
                .param("vatMode", s.terms().vatMode().name()).param("cashRounding", s.terms().cashRounding().name())
                .param("language", s.print().language()).param("font", s.print().font()).param("currency",
                        s.terms().currency())
                .param("attachSalesConditions", s.print().attachSalesConditions()).param("paymentTermsId",
                        s.terms().paymentTermsId())
                .param("freightTermsId", s.terms().freightTermsId()).param("orderText", s.basis().orderText())
                .param("processingStep", s.billing().processingStep().name())
                .param("invoiceAddressFormat", s.print().invoiceAddressFormat().name())
                .param("deliveryAddressFormat", s.print().deliveryAddressFormat().name())
                .param("domesticGiroFormat", s.print().domesticGiroFormat().name())
                .param("foreignGiroFormat", s.print().foreignGiroFormat().name())
                .param("prorationMode", s.billing().prorationMode().name()).param("creditDays", s.terms().creditDays())
                .param("deliveryDateDays", s.print().deliveryDateDays()).param("minimumInvoiceDays",
                        s.billing().minimumInvoiceDays())
                .param("discountExpiryType", s.billing().specialDiscountExpiry().type().name())
                .param("discountExpiryDate", s.billing().specialDiscountExpiry().date())
                .param("discountExpiryRuns", s.billing().specialDiscountExpiry().runs())
                .param("appendPeriodToSubject", s.billing().appendPeriodToSubject())
                .param("appendPeriodToOrderText", s.billing().appendPeriodToOrderText()).param("updateStock",
                        s.billing().updateStock())
                .param("sameCustomerMoreThanOnce", s.billing().sameCustomerMoreThanOnce()).param("sendByEmail",
                        s.mail().sendByEmail())
                .param("emailSubject", s.mail().emailSubject()).param("emailText", s.mail().emailText())
                .param("senderEmail", s.mail().senderEmail()).param("senderName", s.mail().senderName()).param("cc",
                        s.mail().cc())
                .param("bcc", s.mail().bcc()).param("useKid", s.payment().useKid()).param("kidFormat",
                        s.payment().kidFormat())
                .param("kidAlgorithm", s.payment().kidAlgorithm().name()).param("paymentInfoFormat",
                        s.payment().paymentInfoFormat())
                .param("usageGraceDays", s.billing().usageGraceDays())
                .param("lateUsage", s.billing().lateUsage().name())
                .param("endType", s.billing().endCriterion().type().name()).param("endDate",
                        s.billing().endCriterion().date())
                .param("endRuns", s.billing().endCriterion().runs()).param("internalNote", s.basis().internalNote())
                .param("at", stamp.at()).param("by", stamp.by());
    }

    static Subscription.Status status(boolean template, boolean active, Long frequencyId, LocalDate nextDate) {
        if (template) {
            return Subscription.Status.TEMPLATE;
        }
        if (frequencyId != null && nextDate == null) {
            return Subscription.Status.ENDED;
        }
        return active ? Subscription.Status.ACTIVE : Subscription.Status.INACTIVE;
    }

    private static Subscription map(ResultSet rs, Function<Long, String> summary) throws SQLException {
        Long frequencyId = Rows.longOrNull(rs, "frequency_id");
        LocalDate nextDate = Rows.date(rs, "next_date");
        boolean template = rs.getBoolean("template");
        boolean active = rs.getBoolean("active");
        SubscriptionInput settings = new SubscriptionInput(
                new SubscriptionInput.Basis(rs.getString("subject"), template, frequencyId,
                        Rows.longOrNull(rs, "our_reference_id"), Rows.longOrNull(rs, "seller_id"),
                        rs.getString("reference_text"), rs.getString("order_text"), rs.getString("internal_note")),
                new SubscriptionInput.Sales(rs.getString("project_id"), rs.getString("project_code"),
                        rs.getString("project_name"), rs.getString("reseller"), rs.getString("reseller_code"),
                        rs.getString("campaign"), rs.getString("campaign_code")),
                new SubscriptionInput.Terms(Rows.longOrNull(rs, "bank_account_id"),
                        Settings.VatMode.valueOf(rs.getString("vat_mode")),
                        CashRounding.valueOf(rs.getString("cash_rounding")), rs.getString("currency"),
                        Rows.longOrNull(rs, "payment_terms_id"), Rows.longOrNull(rs, "freight_terms_id"),
                        rs.getInt("credit_days")),
                new SubscriptionInput.Print(Layout.LineDetail.valueOf(rs.getString("line_detail")),
                        rs.getString("language"), rs.getString("font"), rs.getBoolean("attach_sales_conditions"),
                        AddressRules.InvoiceAddressFormat.valueOf(rs.getString("invoice_address_format")),
                        AddressRules.DeliveryAddressFormat.valueOf(rs.getString("delivery_address_format")),
                        Layout.GiroFormat.valueOf(rs.getString("domestic_giro_format")),
                        Layout.GiroFormat.valueOf(rs.getString("foreign_giro_format")),
                        Rows.intOrNull(rs, "delivery_date_days")),
                new SubscriptionInput.Billing(Settings.ProcessingStep.valueOf(rs.getString("processing_step")),
                        Settings.ProrationMode.valueOf(rs.getString("proration_mode")),
                        Rows.intOrNull(rs, "minimum_invoice_days"),
                        new DiscountExpiry(Settings.DiscountExpiryType.valueOf(rs.getString("discount_expiry_type")),
                        Rows.date(rs, "discount_expiry_date"), Rows.intOrNull(rs, "discount_expiry_runs")),
                        rs.getBoolean("append_period_to_subject"), rs.getBoolean("append_period_to_order_text"),
                        rs.getBoolean("update_stock"), rs.getBoolean("same_customer_more_than_once"),
                        new EndCriterion(Settings.EndType.valueOf(rs.getString("end_type")), Rows.date(rs, "end_date"),
                        Rows.intOrNull(rs, "end_runs")), rs.getInt("usage_grace_days"),
                        Settings.LateUsage.valueOf(rs.getString("late_usage"))),
                new SubscriptionInput.Mail(rs.getBoolean("send_by_email"), rs.getString("email_subject"),
                        rs.getString("email_text"), rs.getString("sender_email"), rs.getString("sender_name"),
                        rs.getString("cc"), rs.getString("bcc")),
                new SubscriptionInput.PaymentReference(rs.getBoolean("use_kid"), rs.getString("kid_format"),
                        Kid.Algorithm.valueOf(rs.getString("kid_algorithm")), rs.getString("payment_info_format")),
                rs.getInt("version"));
        return new Subscription(rs.getLong("id"), settings, active, status(template, active, frequencyId, nextDate),
                nextDate, frequencyId == null ? null : summary.apply(frequencyId), Rows.amount(rs, "sum_excl_vat"),
                rs.getLong("subscriber_count"), rs.getLong("active_subscriber_count"),
                new Subscription.Orders(rs.getLong("orders_produced"), Rows.date(rs, "first_order_date"),
                        rs.getString("first_order_number"), Rows.date(rs, "last_order_date"),
                        rs.getString("last_order_number")),
                Rows.stamps(rs));
    }
}
