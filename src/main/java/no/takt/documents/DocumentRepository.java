package no.takt.documents;

import no.takt.documents.core.Layout;
import no.takt.documents.core.Standing;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import no.takt.platform.audit.Stamp;
import no.takt.platform.jdbc.IdBlocks;
import no.takt.platform.jdbc.InList;
import no.takt.platform.jdbc.NumberSeries;
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

/**
 * The documents table: what was billed so far, saving a run's documents in batches with gapless
 * numbers, and reading them back.
 */
@Repository
class DocumentRepository {

    private static final SortSpec SORTS = new SortSpec(Map.of("date", "document_date", "number", "number",
            "customerName", "lower(customer_name)", "totalInclVat", "total_incl_vat", "dueDate", "due_date"),
            "-date");
    private static final String COLUMNS = "document.*";

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final NumberSeries numbers;
    private final IdBlocks ids;
    private final boolean postgres;
    private final Clock clock;

    DocumentRepository(JdbcClient jdbc, JdbcTemplate batch, NumberSeries numbers, IdBlocks ids, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.batch = batch;
        this.numbers = numbers;
        this.ids = ids;
        this.postgres = no.takt.platform.jdbc.Databases.postgres(batch);
    }

    /**
     * What is billed so far for each subscriber's customer, in one query per thousand keys. In a
     * transaction: on PostgreSQL it turns sequential scans off for the rest of it. A run repeats this
     * query while the document table grows from nothing to hundreds of thousands of rows, faster than
     * the statistics follow; planned from them, it scanned the whole table each time. The index on
     * subscriber_id is always the right way, and what follows in a run's transaction is writes.
     * Invoices made from sales orders share their order's period and are not counted as runs; they
     * are left out in the sums, not the where clause, which made H2 leave that index (ten times slower).
     * Reminders have no subscriber, so they never match; naming the types instead made PostgreSQL's
     * run twice as slow at 100,000 invoices.
     */
    Map<java.time.YearMonth, BigDecimal> billedPerMonth(LocalDate from, LocalDate to) {
        Map<java.time.YearMonth, BigDecimal> months = new java.util.TreeMap<>();
        jdbc.sql("""
                select extract(year from document_date), extract(month from document_date),
                  sum(case when type = 'CREDIT_NOTE' then -total_excl_vat else total_excl_vat end)
                from document where type in ('INVOICE', 'CREDIT_NOTE') and document_date between :from and :to
                group by extract(year from document_date), extract(month from document_date)""")
                .param("from", from).param("to", to)
                .query(rs -> {
                    months.put(java.time.YearMonth.of(rs.getInt(1), rs.getInt(2)), rs.getBigDecimal(3).setScale(2));
                });
        return months;
    }

    /**
     * Streamed: identical lines come as one row with their count, which keeps a run of a million
     * alike invoices to a handful of rows.
     */
    void eachRevenueLine(LocalDate upTo, String currency, java.util.function.Consumer<DocumentService.RevenueLine> each) {
        String sql = """
                select d.type, d.document_date, d.period_start, d.period_end, l.sales_account,
                  case when d.type = 'CREDIT_NOTE' then -l.sum_excl_vat else l.sum_excl_vat end, count(*)
                from document_line l join document d on d.id = l.document_id
                where d.type in ('INVOICE', 'CREDIT_NOTE') and d.document_date <= ? and d.currency = ?
                  and l.free_text = false and l.sum_excl_vat <> 0
                group by d.type, d.document_date, d.period_start, d.period_end, l.sales_account, l.sum_excl_vat""";
        readAll(sql, List.of(upTo, currency), rs -> {
            each.accept(new DocumentService.RevenueLine(Document.Type.valueOf(rs.getString(1)),
                    rs.getObject(2, LocalDate.class), rs.getObject(3, LocalDate.class), rs.getObject(4, LocalDate.class),
                    rs.getString(5), rs.getBigDecimal(6), rs.getLong(7)));
        });
    }

    /**
     * A report's rows, streamed through a cursor (a fetch size inside the caller's transaction, so
     * PostgreSQL does not load them all). Through a cursor PostgreSQL plans for the first rows by
     * default; a report wants them all, and a hash aggregate gets there three times faster.
     */
    private void readAll(String sql, List<Object> params, org.springframework.jdbc.core.RowCallbackHandler row) {
        if (postgres) {
            jdbc.sql("set local cursor_tuple_fraction = 1.0").update();
        }
        batch.query(con -> {
            java.sql.PreparedStatement ps = con.prepareStatement(sql);
            ps.setFetchSize(10_000);
            for (int i = 0; i < params.size(); i++) {
                ps.setObject(i + 1, params.get(i));
            }
            return ps;
        }, row);
    }

    void eachRecurringInvoice(LocalDate from, LocalDate to, Long subscriptionId,
            java.util.function.Consumer<DocumentService.RecurringInvoice> each) {
        String sql = """
                select d.subscriber_id, d.customer_id, d.subscription_id, d.period_start, d.period_end, d.part_period,
                  sum(case when l.one_time or l.free_text then 0 else l.sum_excl_vat end)
                    - coalesce(max(c.credited), 0)
                from document d join document_line l on l.document_id = d.id
                  left join (select n.credits_document_id as invoice_id,
                               sum(case when cl.one_time or cl.free_text then 0 else cl.sum_excl_vat end) as credited
                             from document n join document_line cl on cl.document_id = n.id
                             where n.type = 'CREDIT_NOTE' group by n.credits_document_id) c on c.invoice_id = d.id
                where d.type = 'INVOICE' and d.subscriber_id is not null and d.period_start is not null
                  and d.period_end >= ? and d.period_start <= ?""" + (subscriptionId == null ? ""
                : " and d.subscription_id = ?") + " " + """
                group by d.id, d.subscriber_id, d.customer_id, d.subscription_id, d.period_start, d.period_end,
                  d.part_period
                order by d.subscriber_id, d.customer_id""";
        readAll(sql, subscriptionId == null ? List.of(from, to) : List.of(from, to, subscriptionId), rs -> {
            each.accept(new DocumentService.RecurringInvoice(rs.getLong(1), rs.getLong(2), rs.getLong(3),
                    rs.getObject(4, LocalDate.class), rs.getObject(5, LocalDate.class), rs.getBoolean(6),
                    rs.getBigDecimal(7)));
        });
    }

    Map<Long, DocumentService.Name> names(Collection<Long> ids) {
        Map<Long, DocumentService.Name> names = new HashMap<>();
        InList.inSlices(ids.stream().distinct().toList(), slice -> jdbc.sql(
                "select id, type, number from document where id in (:ids)").param("ids", slice).query(rs -> {
                    names.put(rs.getLong(1), new DocumentService.Name(rs.getLong(1),
                            Document.Type.valueOf(rs.getString(2)), rs.getLong(3)));
                }));
        return names;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    Map<BilledState.Key, BilledState> billed(Collection<BilledState.Key> keys, int year) {
        Map<BilledState.Key, BilledState> states = new HashMap<>();
        List<Long> subscriberIds = keys.stream().map(BilledState.Key::subscriberId).distinct().toList();
        if (postgres) {
            jdbc.sql("set local enable_seqscan = off").update();
        }
        InList.inSlices(subscriberIds, ids -> jdbc.sql("""
                select subscriber_id, customer_id, max(period_end),
                  sum(case when sales_order_id = 0 then 1 else 0 end),
                  sum(case when sales_order_id = 0 and extract(year from document_date) = :year then 1 else 0 end),
                  max(period_start)
                from document where subscriber_id in (:ids) and type <> 'CREDIT_NOTE'
                group by subscriber_id, customer_id""")
                .param("year", year).param("ids", ids)
                .query(rs -> {
                    states.put(new BilledState.Key(rs.getLong(1), rs.getLong(2)),
                            new BilledState(rs.getObject(6, LocalDate.class), rs.getObject(3, LocalDate.class),
                                    rs.getInt(4), rs.getInt(5)));
                }));
        return states;
    }

    /**
     * Numbers and saves the drafts in the caller's transaction: invoices and sales orders each take a
     * block of their series, so numbers are gapless exactly when the transaction commits. Lines and
     * VAT rows are written first, so the series stays locked only while the documents are written.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    List<Document> save(List<Draft> drafts, Stamp stamp) {
        if (drafts.isEmpty()) {
            return List.of();
        }
        Map<Document.Type,
                List<Draft>> byType = drafts.stream().collect(Collectors.groupingBy(d -> d.document().type()));
        List<List<Draft>> inOrder = Stream.of(Document.Type.INVOICE, Document.Type.SALES_ORDER,
                        Document.Type.REMINDER)
                .map(type -> byType.getOrDefault(type, List.of())).filter(ofType -> !ofType.isEmpty()).toList();
        long[] documentIds = ids.take("document-id", drafts.size());
        insertParts(inOrder.stream().flatMap(List::stream).map(Draft::document).toList(), documentIds);
        int next = 0;
        List<Document> saved = new ArrayList<>();
        for (List<Draft> ofType : inOrder) {
            long number = numbers.take(series(ofType.getFirst().document().type()), ofType.size());
            for (Draft draft : ofType) {
                saved.add(DocumentFinisher.finish(draft, documentIds[next++], number++));
            }
        }
        insertDocuments(saved, stamp);
        return saved;
    }

    private static String series(Document.Type type) {
        return switch (type) {
            case INVOICE -> "invoice";
            case SALES_ORDER -> "sales-order";
            case CREDIT_NOTE -> "credit-note";
            case REMINDER -> "reminder";
        };
    }

    /**
     * Saves one document made outside a run (a credit note) in the caller's transaction: its id, and
     * the next number of its series, taken as it is written.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    Document saveSingle(Document document, String series, Stamp stamp) {
        long id = ids.take("document-id", 1)[0];
        insertParts(List.of(document), new long[] {id});
        Document saved = document.issued(id, numbers.take(series, 1), document.texts(), document.payment().kid(),
                document.payment().paymentInfo(), document.delivery());
        insertDocuments(List.of(saved), stamp);
        return saved;
    }

    /** What the invoice's credit notes have credited so far: per VAT rate, the base and the VAT; and their rounding. */
    Credited creditedTotals(long invoiceId) {
        Map<BigDecimal, BigDecimal[]> vat = new HashMap<>();
        jdbc.sql("""
                select v.rate, sum(v.base), sum(v.vat) from document_vat v join document c on c.id = v.document_id
                where c.credits_document_id = ? group by v.rate""").param(invoiceId).query(rs -> {
                    vat.put(rs.getBigDecimal(1).stripTrailingZeros(), new BigDecimal[] {rs.getBigDecimal(2),
                        rs.getBigDecimal(3)});
                });
        BigDecimal rounding = jdbc.sql("select coalesce(sum(rounding), 0) from document where credits_document_id = ?")
                .param(invoiceId).query(BigDecimal.class).single();
        return new Credited(vat, rounding);
    }

    record Credited(Map<BigDecimal, BigDecimal[]> vat, BigDecimal rounding) {
    }

    /**
     * Locks the invoice for the rest of the transaction, so what is credited and paid of it is read
     * and changed by one transaction at a time (twelve credit notes at once credit no more than it billed).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    void lock(long invoiceId) {
        jdbc.sql("select id from document where id = ? for update").param(invoiceId).query(Long.class).optional();
    }

    /** The invoice's credit notes credited this much more. */
    @Transactional(propagation = Propagation.MANDATORY)
    void addCredited(long invoiceId, BigDecimal amount) {
        jdbc.sql("update document set credited_amount = credited_amount + ? where id = ?").params(amount, invoiceId)
                .update();
    }

    /** Per invoice line position, the amount excl. VAT its credit notes have credited so far. */
    Map<Integer, BigDecimal> credited(long invoiceId) {
        Map<Integer, BigDecimal> credited = new HashMap<>();
        jdbc.sql("""
                select l.credited_position, sum(l.sum_excl_vat) from document_line l
                join document c on c.id = l.document_id
                where c.credits_document_id = ? and l.credited_position is not null group by l.credited_position""")
                .param(invoiceId).query(rs -> {
                    credited.put(rs.getInt(1), rs.getBigDecimal(2));
                });
        return credited;
    }

    private void insertDocuments(List<Document> documents, Stamp stamp) {
        DocumentColumns.DOCUMENT.insert(batch, documents.stream().map(d -> new DocumentColumns.Row(d, stamp)).toList());
    }

    /** The lines and VAT rows of documents that are to have consecutive ids from the first. */
    void insertParts(List<Document> documents, long[] documentIds) {
        List<DocumentColumns.Part<Document.Line>> lines = new ArrayList<>();
        List<DocumentColumns.Part<Document.VatLine>> vat = new ArrayList<>();
        for (int i = 0; i < documents.size(); i++) {
            for (Document.Line l : documents.get(i).lines()) {
                lines.add(new DocumentColumns.Part<>(documentIds[i], l));
            }
            for (Document.VatLine v : documents.get(i).totals().vatBreakdown()) {
                vat.add(new DocumentColumns.Part<>(documentIds[i], v));
            }
        }
        DocumentColumns.LINE.insert(batch, lines);
        DocumentColumns.VAT.insert(batch, vat);
    }

    private static PagedQuery filtered(String select, DocumentService.Filter f, String q) {
        return PagedQuery.select(select, "document")
                .whereIf(f.type() == null ? null : f.type().name(), "type = :type", "type")
                .whereIf(f.status() == null ? null : f.status().name(), "status = :status", "status")
                .whereIf(f.customerId(), "customer_id = :customerId", "customerId")
                .whereIf(f.subscriptionId(), "subscription_id = :subscriptionId", "subscriptionId")
                .whereIf(f.subscriberId(), "subscriber_id = :subscriberId", "subscriberId")
                .whereIf(f.runId(), "run_id = :runId", "runId")
                .whereIf(f.creditsDocumentId(), "credits_document_id = :credits", "credits")
                .whereIf(f.from(), "document_date >= :from", "from")
                .whereIf(f.to(), "document_date <= :to", "to")
                .search(q, "customer_name", "subject", "cast(number as varchar(20))", "kid");
    }

    /** Every document of the list, without lines, in its order, streamed (an export). */
    void each(DocumentService.Filter f, PageQuery query, java.util.function.Consumer<Document> each) {
        LocalDate today = LocalDate.now(clock);
        filtered(COLUMNS, f, query.q()).each(batch, query, SORTS, "id", (rs, row) -> map(rs, today), each);
    }

    /** Every document of one type the filter selects, with its lines and VAT, in number order, 500 at a time. */
    void eachWithParts(DocumentService.Filter f, java.util.function.Consumer<Document> each) {
        if (f.type() == null) {
            throw new IllegalArgumentException("numbers are unique per type only");
        }
        LocalDate today = LocalDate.now(clock);
        filtered(COLUMNS, f, null).chunks(jdbc, "number", 500, (rs, row) -> map(rs, today), Document::number, chunk -> {
            List<Long> ids = chunk.stream().map(Document::id).toList();
            Map<Long, List<Document.Line>> lines = lines(ids);
            Map<Long, List<Document.VatLine>> vat = vat(ids);
            chunk.forEach(d -> each.accept(d.withParts(lines.getOrDefault(d.id(), List.of()),
                    vat.getOrDefault(d.id(), List.of()))));
        });
    }

    DocumentService.Totals totals(DocumentService.Filter f, String q) {
        String billed = f.type() == Document.Type.SALES_ORDER ? "'SALES_ORDER'" : "'INVOICE'";
        String excl = "coalesce(sum(case when type = 'CREDIT_NOTE' then -total_excl_vat when type = " + billed
                + " then total_excl_vat else 0 end), 0)";
        return filtered("count(*), " + excl + ", " + excl.replace("total_excl_vat", "total_incl_vat"), f, q)
                .aggregate(jdbc, (rs, row) -> new DocumentService.Totals(rs.getLong(1), rs.getBigDecimal(2).setScale(2),
                        rs.getBigDecimal(3).setScale(2)));
    }

    Page<Document> list(DocumentService.Filter f, PageQuery query) {
        Page<Document> page = filtered(COLUMNS, f, query.q())
                .page(jdbc, query, SORTS, "id", (rs, row) -> map(rs, LocalDate.now(clock)));
        List<Long> ids = page.items().stream().map(Document::id).toList();
        Map<Long, List<Document.Line>> lines = lines(ids);
        Map<Long, List<Document.VatLine>> vat = vat(ids);
        return page.map(d -> d.withParts(lines.getOrDefault(d.id(), List.of()), vat.getOrDefault(d.id(), List.of())));
    }

    Optional<Document> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from document where id = ?").param(id)
                .query((rs, row) -> map(rs, LocalDate.now(clock))).optional()
                .map(d -> d.withParts(lines(List.of(id)).getOrDefault(id, List.of()),
                        vat(List.of(id)).getOrDefault(id, List.of())));
    }

    /** Documents without their lines and VAT rows, by id, a thousand to a query. */
    Map<Long, Document> headers(Collection<Long> ids) {
        Map<Long, Document> found = new HashMap<>();
        LocalDate today = LocalDate.now(clock);
        InList.inSlices(ids.stream().distinct().toList(), slice -> jdbc.sql("select " + COLUMNS
                + " from document where id in (:ids)").param("ids", slice).query((rs, row) -> map(rs, today)).list()
                .forEach(d -> found.put(d.id(), d)));
        return found;
    }

    private Map<Long, List<Document.Line>> lines(List<Long> ids) {
        Map<Long, List<Document.Line>> lines = new HashMap<>();
        if (!ids.isEmpty()) {
            jdbc.sql("select * from document_line where document_id in (:ids) order by document_id, position")
                    .param("ids", ids).query(rs -> {
                        lines.computeIfAbsent(rs.getLong("document_id"), k -> new ArrayList<>()).add(line(rs));
                    });
        }
        return lines;
    }

    private Map<Long, List<Document.VatLine>> vat(List<Long> ids) {
        Map<Long, List<Document.VatLine>> vat = new HashMap<>();
        if (!ids.isEmpty()) {
            jdbc.sql("select * from document_vat where document_id in (:ids) order by document_id, rate")
                    .param("ids", ids).query(rs -> {
                        vat.computeIfAbsent(rs.getLong("document_id"), k -> new ArrayList<>()).add(new Document.VatLine(
                                rs.getBigDecimal("rate").stripTrailingZeros(), Rows.amount(rs, "base"),
                                Rows.amount(rs, "vat")));
                    });
        }
        return vat;
    }

    private static Document.Line line(ResultSet rs) throws SQLException {
        return new Document.Line(rs.getInt("position"), new Document.Line.Text(rs.getString("name"),
                rs.getString("description"), rs.getBoolean("free_text"), rs.getBoolean("bold"),
                        rs.getBoolean("italic")),
                new Document.Line.Item(Rows.longOrNull(rs, "product_id"), rs.getString("vat_code"),
                        rs.getBigDecimal("vat_rate"), rs.getString("sales_account"), rs.getBoolean("one_time")),
                new Document.Line.Amounts(Rows.amount(rs, "quantity"), Rows.amount(rs, "unit_price"),
                        Rows.amount(rs, "cost_price"), Rows.amount(rs, "percent_discount"),
                        Rows.amount(rs, "cash_discount"), Rows.amount(rs, "sum_excl_vat"), Rows.amount(rs, "vat"),
                        Rows.amount(rs, "sum_incl_vat")), linePeriod(rs), Rows.intOrNull(rs, "credited_position"));
    }

    private static Document.Line.Period linePeriod(ResultSet rs) throws SQLException {
        LocalDate start = Rows.date(rs, "period_start");
        return start == null ? null : new Document.Line.Period(start, Rows.date(rs, "period_end"));
    }

    /** A document without its lines and VAT rows; an invoice with where it stands on that day. */
    private static Document map(ResultSet rs, LocalDate today) throws SQLException {
        Document.Type type = Document.Type.valueOf(rs.getString("type"));
        BigDecimal total = Rows.amount(rs, "total_incl_vat");
        Standing standing = type != Document.Type.INVOICE ? null : Standing.of(total, Rows.amount(rs,
                "credited_amount"),
                Rows.amount(rs, "paid_amount"), Rows.date(rs, "due_date"), today);
        return new Document(rs.getLong("id"), type, rs.getLong("number"),
                Document.Status.valueOf(rs.getString("status")),
                new Document.Origin(Rows.longOrNull(rs, "run_id"), Rows.longOrNull(rs, "subscription_id"),
                Rows.longOrNull(rs, "subscriber_id")),
                new Document.Dates(Rows.date(rs, "document_date"), Rows.date(rs, "due_date"),
                Rows.date(rs, "delivery_date"), Rows.date(rs, "period_start"), Rows.date(rs, "period_end"),
                Rows.intOrNull(rs, "period_index"), rs.getBoolean("part_period"), rs.getBoolean("usage_after_end")),
                new Document.Texts(rs.getString("subject"), rs.getString("order_text"), rs.getString("reference"),
                rs.getString("language"), rs.getString("our_reference"), rs.getString("seller"),
                rs.getString("your_reference")),
                Document.Payment.of(rs.getString("kid"), rs.getString("payment_info"), standing,
                        rs.getBoolean("on_hold"), Rows.amount(rs, "prepaid_amount")),
                new Document.Totals(rs.getString("currency"), Rows.amount(rs, "total_excl_vat"),
                Rows.amount(rs, "total_vat"), Rows.amount(rs, "rounding"), total, List.of()),
                new Document.Customer(rs.getLong("customer_id"), rs.getLong("customer_number"),
                        rs.getString("customer_name"), rs.getString("organization_number"), rs.getString("email"),
                        rs.getString("peppol_id"), Rows.address(rs, "invoice_"), Rows.address(rs, "delivery_")),
                List.of(),
                new Document.Print(Layout.GiroFormat.valueOf(rs.getString("giro_format")),
                rs.getString("account_number"), rs.getString("iban"), rs.getString("bic"),
                Layout.LineDetail.valueOf(rs.getString("line_detail")), rs.getString("fi_creditor_number"),
                new Issuer(rs.getString("issuer_name"), rs.getString("issuer_organization_number"),
                                rs.getBoolean("issuer_vat_registered"), rs.getBoolean("issuer_foretaksregisteret"),
                                Rows.address(rs, "issuer_"), rs.getString("issuer_country_code"),
                                rs.getString("issuer_email"), rs.getString("issuer_phone"))),
                new Document.Delivery(rs.getBoolean("send_by_email"), rs.getString("sender_email"),
                        rs.getString("sender_name"), rs.getString("cc"), rs.getString("bcc"),
                        rs.getString("email_subject"), rs.getString("email_text")),
                new Document.Links(Rows.longOrNull(rs, "credits_document_id"), Rows.longOrNull(rs, "credits_number"),
                        rs.getLong("sales_order_id") == 0 ? null : rs.getLong("sales_order_id"),
                        Rows.longOrNull(rs, "invoice_id"), Rows.longOrNull(rs, "reminds_number")),
                new Document.Created(Rows.time(rs, "created_at"), rs.getString("created_by")));
    }

    /** Invoice numbers in order, to check that a series has no gaps (used by the run's self-check and tests). */
    List<Long> numbers(Document.Type type) {
        return jdbc.sql("select number from document where type = ? order by number").param(type.name())
                .query(Long.class).list();
    }

    /** The documents a billing run made (not invoices later made of its sales orders): how many, and their sum. */
    Issuing.Made madeByRun(long runId) {
        return jdbc.sql("""
                select count(*), coalesce(sum(total_excl_vat), 0) from document
                where run_id = ? and type in ('INVOICE', 'SALES_ORDER') and sales_order_id = 0""").param(runId)
                .query((rs, row) -> new Issuing.Made(rs.getInt(1), rs.getBigDecimal(2))).single();
    }
}
