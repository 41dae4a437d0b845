package no.takt.documents;

import java.sql.Types;
import no.takt.platform.audit.Stamp;
import no.takt.platform.jdbc.Columns;

/** The columns of the document tables as written: one map per table, used for its insert, types and values. */
final class DocumentColumns {

    private DocumentColumns() {
    }

    /** A document as stored: the document, and when and by whom it was issued. */
    record Row(Document d, Stamp stamp) {
    }

    /** A line or VAT row of the document with this id. */
    record Part<T>(long documentId, T part) {
    }

    /** The document table's columns, as written. */
    static final Columns<Row> DOCUMENT = Columns.<Row>of("document")
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
            .add("usage_after_end", Types.BOOLEAN, r -> r.d().dates().usageAfterEnd())
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
            .add("invoice_id", Types.BIGINT, r -> r.d().links().invoiceId())
            .add("reminds_number", Types.BIGINT, r -> r.d().links().remindsNumber())
            // 0, not null, for "not made from an order": the period key (subscriber, customer, period, order) is unique.
            .add("sales_order_id", Types.BIGINT, r -> r.d().links().salesOrderId() == null ? 0L
                    : r.d().links().salesOrderId())
            .add("created_at", Types.TIMESTAMP_WITH_TIMEZONE, r -> r.stamp().at())
            .add("created_by", Types.VARCHAR, r -> r.stamp().by());

    static final Columns<Part<Document.Line>> LINE = Columns.<Part<Document.Line>>of("document_line")
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
            .add("credited_position", Types.INTEGER, l -> l.part().creditedPosition())
            .add("one_time", Types.BOOLEAN, l -> l.part().item().oneTime())
            .add("period_start", Types.DATE, l -> l.part().period() == null ? null : l.part().period().periodStart())
            .add("period_end", Types.DATE, l -> l.part().period() == null ? null : l.part().period().periodEnd());

    static final Columns<Part<Document.VatLine>> VAT = Columns.<Part<Document.VatLine>>of("document_vat")
            .add("document_id", Types.BIGINT, Part::documentId)
            .add("rate", Types.NUMERIC, v -> v.part().rate())
            .add("base", Types.NUMERIC, v -> v.part().base())
            .add("vat", Types.NUMERIC, v -> v.part().vat());
}
