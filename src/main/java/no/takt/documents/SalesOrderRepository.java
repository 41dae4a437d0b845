package no.takt.documents;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The writes that only open sales orders get: their edits, and being invoiced or cancelled. */
@Repository
class SalesOrderRepository {

    private final JdbcClient jdbc;
    private final DocumentRepository documents;

    SalesOrderRepository(JdbcClient jdbc, DocumentRepository documents) {
        this.jdbc = jdbc;
        this.documents = documents;
    }

    /**
     * The document's type and status, its row locked until the transaction ends, so an order is
     * edited, invoiced or cancelled by one request at a time.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    Optional<Document.Status> lock(long id, Document.Type type) {
        return jdbc.sql("select status from document where id = ? and type = ? for update").param(id)
                .param(type.name()).query(String.class).optional().map(Document.Status::valueOf);
    }

    /** Replaces what an edit may change: the header fields, the lines, the VAT breakdown and totals. */
    @Transactional(propagation = Propagation.MANDATORY)
    void update(Document d) {
        jdbc.sql("""
                update document set subject = ?, order_text = ?, your_reference = ?, our_reference = ?,
                  delivery_date = ?, due_date = ?, email = ?, invoice_street = ?, invoice_postcode = ?,
                  invoice_city = ?, invoice_country = ?, delivery_street = ?, delivery_postcode = ?, delivery_city = ?,
                  delivery_country = ?, total_excl_vat = ?, total_vat = ?, rounding = ?, total_incl_vat = ?
                where id = ? and status = 'OPEN'""")
                .params(d.texts().subject(), d.texts().orderText(), d.texts().yourReference(),
                        d.texts().ourReference(), d.dates().deliveryDate(),
                        d.dates().dueDate(), d.customer().email(), d.customer().invoiceAddress().street(),
                        d.customer().invoiceAddress().postcode(),
                        d.customer().invoiceAddress().city(), d.customer().invoiceAddress().country(),
                        d.customer().deliveryAddress().street(),
                        d.customer().deliveryAddress().postcode(), d.customer().deliveryAddress().city(),
                        d.customer().deliveryAddress().country(),
                        d.totals().totalExclVat(), d.totals().totalVat(), d.totals().rounding(),
                        d.totals().totalInclVat(), d.id())
                .update();
        jdbc.sql("delete from document_line where document_id = ?").param(d.id()).update();
        jdbc.sql("delete from document_vat where document_id = ?").param(d.id()).update();
        documents.insertParts(List.of(d), new long[] {d.id()});
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void invoiced(long orderId, long invoiceId) {
        jdbc.sql("update document set status = 'INVOICED', invoice_id = ? where id = ? and status = 'OPEN'")
                .param(invoiceId).param(orderId).update();
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void cancel(long orderId) {
        jdbc.sql("update document set status = 'CANCELLED' where id = ? and status = 'OPEN'").param(orderId).update();
    }

    /** The open sales orders of a run, for invoicing them all at once. */
    long openOrderCount() {
        return jdbc.sql("select count(*) from document where type = 'SALES_ORDER' and status = 'OPEN'")
                .query(Long.class).single();
    }

    List<Long> openOrders(long runId) {
        return jdbc.sql("select id from document where run_id = ? and type = 'SALES_ORDER' and status = 'OPEN'"
                + " order by number").param(runId).query(Long.class).list();
    }
}
