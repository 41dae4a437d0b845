package no.takt.documents;

import no.takt.documents.core.Layout;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
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
import no.takt.platform.jdbc.Columns;
import no.takt.platform.jdbc.IdBlocks;
import no.takt.platform.jdbc.NumberSeries;
import no.takt.platform.jdbc.PagedQuery;
import no.takt.platform.jdbc.Rows;
import no.takt.platform.jdbc.SortSpec;
import no.takt.platform.web.Page;
import no.takt.platform.web.PageQuery;
import org.springframework.jdbc.core.ConnectionCallback;
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
    private static final int BATCH = 1000;
    /** Every column, and for an invoice what is left to pay: its total less its credit notes. */
    private static final String COLUMNS = """
            document.*, case when type = 'INVOICE' then total_incl_vat - coalesce((select sum(c.total_incl_vat)
              from document c where c.credits_document_id = document.id), 0) end as open_amount""";

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final NumberSeries numbers;
    private final IdBlocks ids;
    private final boolean postgres;

    DocumentRepository(JdbcClient jdbc, JdbcTemplate batch, NumberSeries numbers, IdBlocks ids) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.numbers = numbers;
        this.ids = ids;
        this.postgres = Boolean.TRUE.equals(batch.execute((ConnectionCallback<Boolean>) c ->
                "PostgreSQL".equals(c.getMetaData().getDatabaseProductName())));
    }

    /**
     * What is billed so far for each subscriber's customer, in one query per thousand keys. In a
     * transaction: on PostgreSQL it turns sequential scans off for the rest of it. A run repeats this
     * query while the document table grows from nothing to hundreds of thousands of rows, faster than
     * the statistics follow; planned from them, it scanned the whole table each time. The index on
     * subscriber_id is always the right way, and what follows in a run's transaction is writes.
     * Invoices made from sales orders share their order's period and are not counted as runs; they
     * are left out in the sums, not the where clause, which made H2 leave that index (ten times slower).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    Map<BilledState.Key, BilledState> billed(Collection<BilledState.Key> keys, int year) {
        Map<BilledState.Key, BilledState> states = new HashMap<>();
        List<Long> subscriberIds = keys.stream().map(BilledState.Key::subscriberId).distinct().toList();
        if (postgres) {
            jdbc.sql("set local enable_seqscan = off").update();
        }
        for (int i = 0; i < subscriberIds.size(); i += BATCH) {
            jdbc.sql("""
                    select subscriber_id, customer_id, max(period_end),
                      sum(case when sales_order_id = 0 then 1 else 0 end),
                      sum(case when sales_order_id = 0 and extract(year from document_date) = :year then 1 else 0 end)
                    from document where subscriber_id in (:ids) and type <> 'CREDIT_NOTE'
                    group by subscriber_id, customer_id""")
                    .param("year", year)
                    .param("ids", subscriberIds.subList(i, Math.min(subscriberIds.size(), i + BATCH)))
                    .query(rs -> {
                        states.put(new BilledState.Key(rs.getLong(1), rs.getLong(2)),
                                new BilledState(rs.getObject(3, LocalDate.class), rs.getInt(4), rs.getInt(5)));
                    });
        }
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
        Map<Document.Type, List<Draft>> byType = drafts.stream().collect(Collectors.groupingBy(d -> d.document().type()));
        List<List<Draft>> inOrder = Stream.of(Document.Type.INVOICE, Document.Type.SALES_ORDER)
                .map(type -> byType.getOrDefault(type, List.of())).filter(ofType -> !ofType.isEmpty()).toList();
        long firstId = ids.take("document-id", drafts.size());
        insertParts(inOrder.stream().flatMap(List::stream).map(Draft::document).toList(), firstId);
        long id = firstId;
        List<Document> saved = new ArrayList<>();
        for (List<Draft> ofType : inOrder) {
            long number = numbers.take(ofType.getFirst().document().type() == Document.Type.INVOICE ? "invoice"
                    : "sales-order", ofType.size());
            for (Draft draft : ofType) {
                saved.add(DocumentFinisher.finish(draft, id++, number++));
            }
        }
        insertDocuments(saved, stamp);
        return saved;
    }

    /**
     * Saves one document made outside a run (a credit note) in the caller's transaction: its id, and
     * the next number of its series, taken as it is written.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    Document saveSingle(Document document, String series, Stamp stamp) {
        long id = ids.take("document-id", 1);
        insertParts(List.of(document), id);
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

    /** A document as stored: the document, and when and by whom it was issued. */
    private record Row(Document d, Stamp stamp) {
    }

    /** A line or VAT row of the document with this id. */
    private record Part<T>(long documentId, T part) {
    }

    /** The document table's columns, as written. */
    private static final Columns<Row> DOCUMENT = Columns.<Row>of("document")
            .add("id", Types.BIGINT, r -> r.d().id())
            .add("type", Types.VARCHAR, r -> r.d().type().name())
            .add("number", Types.BIGINT, r -> r.d().number())
            .add("status", Types.VARCHAR, r -> r.d().status().name())
            .add("run_id", Types.BIGINT, r -> r.d().origin().runId())
            .add("subscription_id", Types.BIGINT, r -> r.d().origin().subscriptionId())
            .add("subscriber_id", Types.BIGINT, r -> r.d().origin().subscriberId())
            .add("customer_id", Types.BIGINT, r -> r.d().customer().customerId())
            .add("document_date", Types.DATE, r -> r.d().dates().date())
            .add("due_date", Types.DATE, r -> r.d().dates().dueDate())
            .add("delivery_date", Types.DATE, r -> r.d().dates().deliveryDate())
            .add("period_start", Types.DATE, r -> r.d().dates().periodStart())
            .add("period_end", Types.DATE, r -> r.d().dates().periodEnd())
            .add("period_index", Types.INTEGER, r -> r.d().dates().periodIndex())
            .add("part_period", Types.BOOLEAN, r -> r.d().dates().partPeriod())
            .add("subject", Types.VARCHAR, r -> r.d().texts().subject())
            .add("order_text", Types.VARCHAR, r -> r.d().texts().orderText())
            .add("reference", Types.VARCHAR, r -> r.d().texts().reference())
            .add("language", Types.VARCHAR, r -> r.d().texts().language())
            .add("our_reference", Types.VARCHAR, r -> r.d().texts().ourReference())
            .add("seller", Types.VARCHAR, r -> r.d().texts().seller())
            .add("your_reference", Types.VARCHAR, r -> r.d().texts().yourReference())
            .add("kid", Types.VARCHAR, r -> r.d().payment().kid())
            .add("payment_info", Types.VARCHAR, r -> r.d().payment().paymentInfo())
            .add("currency", Types.VARCHAR, r -> r.d().totals().currency())
            .add("total_excl_vat", Types.NUMERIC, r -> r.d().totals().totalExclVat())
            .add("total_vat", Types.NUMERIC, r -> r.d().totals().totalVat())
            .add("rounding", Types.NUMERIC, r -> r.d().totals().rounding())
            .add("total_incl_vat", Types.NUMERIC, r -> r.d().totals().totalInclVat())
            .add("customer_number", Types.BIGINT, r -> r.d().customer().customerNumber())
            .add("customer_name", Types.VARCHAR, r -> r.d().customer().customerName())
            .add("organization_number", Types.VARCHAR, r -> r.d().customer().organizationNumber())
            .add("email", Types.VARCHAR, r -> r.d().customer().email())
            .add("peppol_id", Types.VARCHAR, r -> r.d().customer().peppolId())
            .add("invoice_street", Types.VARCHAR, r -> r.d().customer().invoiceAddress().street())
            .add("invoice_postcode", Types.VARCHAR, r -> r.d().customer().invoiceAddress().postcode())
            .add("invoice_city", Types.VARCHAR, r -> r.d().customer().invoiceAddress().city())
            .add("invoice_country", Types.VARCHAR, r -> r.d().customer().invoiceAddress().country())
            .add("delivery_street", Types.VARCHAR, r -> r.d().customer().deliveryAddress().street())
            .add("delivery_postcode", Types.VARCHAR, r -> r.d().customer().deliveryAddress().postcode())
            .add("delivery_city", Types.VARCHAR, r -> r.d().customer().deliveryAddress().city())
            .add("delivery_country", Types.VARCHAR, r -> r.d().customer().deliveryAddress().country())
            .add("giro_format", Types.VARCHAR, r -> r.d().print().giro().name())
            .add("account_number", Types.VARCHAR, r -> r.d().print().accountNumber())
            .add("iban", Types.VARCHAR, r -> r.d().print().iban())
            .add("bic", Types.VARCHAR, r -> r.d().print().bic())
            .add("line_detail", Types.VARCHAR, r -> r.d().print().lineDetail().name())
            .add("fi_creditor_number", Types.VARCHAR, r -> r.d().print().fiCreditorNumber())
            .add("issuer_name", Types.VARCHAR, r -> r.d().print().issuer().name())
            .add("issuer_organization_number", Types.VARCHAR, r -> r.d().print().issuer().organizationNumber())
            .add("issuer_vat_registered", Types.BOOLEAN, r -> r.d().print().issuer().vatRegistered())
            .add("issuer_foretaksregisteret", Types.BOOLEAN, r -> r.d().print().issuer().foretaksregisteret())
            .add("issuer_street", Types.VARCHAR, r -> r.d().print().issuer().address().street())
            .add("issuer_postcode", Types.VARCHAR, r -> r.d().print().issuer().address().postcode())
            .add("issuer_city", Types.VARCHAR, r -> r.d().print().issuer().address().city())
            .add("issuer_country", Types.VARCHAR, r -> r.d().print().issuer().address().country())
            .add("issuer_country_code", Types.VARCHAR, r -> r.d().print().issuer().country())
            .add("issuer_email", Types.VARCHAR, r -> r.d().print().issuer().email())
            .add("issuer_phone", Types.VARCHAR, r -> r.d().print().issuer().phone())
            .add("send_by_email", Types.BOOLEAN, r -> r.d().delivery().byEmail())
            .add("sender_email", Types.VARCHAR, r -> r.d().delivery().senderEmail())
            .add("sender_name", Types.VARCHAR, r -> r.d().delivery().senderName())
            .add("cc", Types.VARCHAR, r -> r.d().delivery().cc())
            .add("bcc", Types.VARCHAR, r -> r.d().delivery().bcc())
            .add("email_subject", Types.VARCHAR, r -> r.d().delivery().subject())
            .add("email_text", Types.VARCHAR, r -> r.d().delivery().text())
            .add("credits_document_id", Types.BIGINT, r -> r.d().links().creditsDocumentId())
            .add("credits_number", Types.BIGINT, r -> r.d().links().creditsNumber())
            // 0, not null, for "not made from an order": the period key (subscriber, customer, period, order) is unique.
            .add("sales_order_id", Types.BIGINT, r -> r.d().links().salesOrderId() == null ? 0L
                    : r.d().links().salesOrderId())
            .add("created_at", Types.TIMESTAMP_WITH_TIMEZONE, r -> r.stamp().at())
            .add("created_by", Types.VARCHAR, r -> r.stamp().by());

    private static final Columns<Part<Document.Line>> LINE = Columns.<Part<Document.Line>>of("document_line")
            .add("document_id", Types.BIGINT, Part::documentId)
            .add("position", Types.INTEGER, l -> l.part().position())
            .add("free_text", Types.BOOLEAN, l -> l.part().text().freeText())
            .add("bold", Types.BOOLEAN, l -> l.part().text().bold())
            .add("italic", Types.BOOLEAN, l -> l.part().text().italic())
            .add("name", Types.VARCHAR, l -> l.part().text().name())
            .add("description", Types.VARCHAR, l -> l.part().text().description())
            .add("product_id", Types.BIGINT, l -> l.part().item().productId())
            .add("vat_code", Types.VARCHAR, l -> l.part().item().vatCode())
            .add("vat_rate", Types.NUMERIC, l -> l.part().item().vatRate())
            .add("sales_account", Types.VARCHAR, l -> l.part().item().salesAccount())
            .add("quantity", Types.NUMERIC, l -> l.part().amounts().quantity())
            .add("unit_price", Types.NUMERIC, l -> l.part().amounts().unitPrice())
            .add("cost_price", Types.NUMERIC, l -> l.part().amounts().costPrice())
            .add("percent_discount", Types.NUMERIC, l -> l.part().amounts().percentDiscount())
            .add("cash_discount", Types.NUMERIC, l -> l.part().amounts().cashDiscount())
            .add("sum_excl_vat", Types.NUMERIC, l -> l.part().amounts().sumExclVat())
            .add("vat", Types.NUMERIC, l -> l.part().amounts().vat())
            .add("sum_incl_vat", Types.NUMERIC, l -> l.part().amounts().sumInclVat())
            .add("credited_position", Types.INTEGER, l -> l.part().creditedPosition());

    private static final Columns<Part<Document.VatLine>> VAT = Columns.<Part<Document.VatLine>>of("document_vat")
            .add("document_id", Types.BIGINT, Part::documentId)
            .add("rate", Types.NUMERIC, v -> v.part().rate())
            .add("base", Types.NUMERIC, v -> v.part().base())
            .add("vat", Types.NUMERIC, v -> v.part().vat());

    private void insertDocuments(List<Document> documents, Stamp stamp) {
        batch.batchUpdate(DOCUMENT.insert(), DOCUMENT.values(documents.stream().map(d -> new Row(d, stamp)).toList()),
                DOCUMENT.types());
    }

    /** The lines and VAT rows of documents that are to have consecutive ids from the first. */
    void insertParts(List<Document> documents, long firstId) {
        List<Part<Document.Line>> lines = new ArrayList<>();
        List<Part<Document.VatLine>> vat = new ArrayList<>();
        long id = firstId;
        for (Document d : documents) {
            for (Document.Line l : d.lines()) {
                lines.add(new Part<>(id, l));
            }
            for (Document.VatLine v : d.totals().vatBreakdown()) {
                vat.add(new Part<>(id, v));
            }
            id++;
        }
        batch.batchUpdate(LINE.insert(), LINE.values(lines), LINE.types());
        batch.batchUpdate(VAT.insert(), VAT.values(vat), VAT.types());
    }

    Page<Document> list(DocumentService.Filter f, PageQuery query) {
        Page<Document> page = PagedQuery.select(COLUMNS, "document")
                .whereIf(f.type() == null ? null : f.type().name(), "type = :type", "type")
                .whereIf(f.customerId(), "customer_id = :customerId", "customerId")
                .whereIf(f.subscriptionId(), "subscription_id = :subscriptionId", "subscriptionId")
                .whereIf(f.subscriberId(), "subscriber_id = :subscriberId", "subscriberId")
                .whereIf(f.runId(), "run_id = :runId", "runId")
                .whereIf(f.creditsDocumentId(), "credits_document_id = :credits", "credits")
                .whereIf(f.from(), "document_date >= :from", "from")
                .whereIf(f.to(), "document_date <= :to", "to")
                .search(query.q(), "customer_name", "subject", "cast(number as varchar(20))", "kid")
                .page(jdbc, query, SORTS, "id", (rs, row) -> map(rs, List.of(), List.of()));
        List<Long> ids = page.items().stream().map(Document::id).toList();
        Map<Long, List<Document.Line>> lines = lines(ids);
        Map<Long, List<Document.VatLine>> vat = vat(ids);
        return page.map(d -> d.withParts(lines.getOrDefault(d.id(), List.of()), vat.getOrDefault(d.id(), List.of())));
    }

    Optional<Document> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from document where id = ?").param(id)
                .query((rs, row) -> map(rs, List.of(), List.of())).optional()
                .map(d -> d.withParts(lines(List.of(id)).getOrDefault(id, List.of()),
                        vat(List.of(id)).getOrDefault(id, List.of())));
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
                rs.getString("description"), rs.getBoolean("free_text"), rs.getBoolean("bold"), rs.getBoolean("italic")),
                new Document.Line.Item(Rows.longOrNull(rs, "product_id"), rs.getString("vat_code"),
                        rs.getBigDecimal("vat_rate"), rs.getString("sales_account")),
                new Document.Line.Amounts(Rows.amount(rs, "quantity"), Rows.amount(rs, "unit_price"),
                        Rows.amount(rs, "cost_price"), Rows.amount(rs, "percent_discount"),
                        Rows.amount(rs, "cash_discount"), Rows.amount(rs, "sum_excl_vat"), Rows.amount(rs, "vat"),
                        Rows.amount(rs, "sum_incl_vat")), Rows.intOrNull(rs, "credited_position"));
    }

    private static Document map(ResultSet rs, List<Document.Line> lines, List<Document.VatLine> vat)
            throws SQLException {
        return new Document(rs.getLong("id"), Document.Type.valueOf(rs.getString("type")), rs.getLong("number"),
                Document.Status.valueOf(rs.getString("status")),
                new Document.Origin(Rows.longOrNull(rs, "run_id"), Rows.longOrNull(rs, "subscription_id"),
                        Rows.longOrNull(rs, "subscriber_id")),
                new Document.Dates(Rows.date(rs, "document_date"), Rows.date(rs, "due_date"),
                        Rows.date(rs, "delivery_date"), Rows.date(rs, "period_start"), Rows.date(rs, "period_end"),
                        Rows.intOrNull(rs, "period_index"), rs.getBoolean("part_period")),
                new Document.Texts(rs.getString("subject"), rs.getString("order_text"), rs.getString("reference"),
                        rs.getString("language"), rs.getString("our_reference"), rs.getString("seller"),
                        rs.getString("your_reference")),
                new Document.Payment(rs.getString("kid"), rs.getString("payment_info"), rs.getBigDecimal("open_amount")),
                new Document.Totals(rs.getString("currency"), Rows.amount(rs, "total_excl_vat"),
                        Rows.amount(rs, "total_vat"), Rows.amount(rs, "rounding"), Rows.amount(rs, "total_incl_vat"), vat),
                new Document.Customer(rs.getLong("customer_id"), rs.getLong("customer_number"),
                        rs.getString("customer_name"), rs.getString("organization_number"), rs.getString("email"),
                        rs.getString("peppol_id"), Rows.address(rs, "invoice_"), Rows.address(rs, "delivery_")),
                lines,
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
                        Rows.longOrNull(rs, "invoice_id")),
                new Document.Created(Rows.time(rs, "created_at"), rs.getString("created_by")));
    }

    /** Invoice numbers in order, to check that a series has no gaps (used by the run's self-check and tests). */
    List<Long> numbers(Document.Type type) {
        return jdbc.sql("select number from document where type = ? order by number").param(type.name())
                .query(Long.class).list();
    }

    BigDecimal total(long runId) {
        return jdbc.sql("select coalesce(sum(total_excl_vat), 0) from document where run_id = ?").param(runId)
                .query(BigDecimal.class).single();
    }
}
